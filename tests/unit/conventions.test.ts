// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { FEATURES } from '../../utils/background/features';
import { t, type MessageKey } from '../../utils/i18n';
import type { ProtocolMap } from '../../utils/protocol';
import { keyUses } from './helpers/message-keys';

const root = join(import.meta.dirname, '../..');
const catalogue = messages as Record<string, { message: string }>;

/** Every file under `dir` (relative to the project) whose name ends in one of `extensions`. */
function walk(dir: string, extensions: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(path, extensions));
    else if (extensions.test(entry.name)) out.push(path);
  }
  return out.sort();
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const CODE = /\.tsx?$/;

const sources = ['components', 'utils', 'entrypoints'].flatMap((dir) => walk(dir, CODE));
const uses = sources.flatMap((path) => keyUses(path, read(path)));

describe('messages used by the code', () => {
  it('walks every folder of components/, utils/ and entrypoints/', () => {
    expect(sources).toContain('components/popup/NightStatus.tsx');
    expect(sources).toContain('components/options/ScheduleFields.tsx');
    expect(sources).toContain('utils/settings/parse.ts');
    expect(uses.length).toBeGreaterThan(150);
  });

  it('every t(...) key in components/, utils/ and entrypoints/ exists in messages.json', () => {
    // Every call must name its keys where this check sees them: literally, or through a literal
    // map, list or condition in the same file.
    const unseen = uses.filter((use) => use.keys === null).map((use) => use.where);
    expect(unseen, 't() with a key this test cannot read').toEqual([]);
    const used = new Set(uses.flatMap((use) => use.keys ?? []));
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });

  it('every __MSG_…__ name in the manifest and the pages exists in messages.json', () => {
    const files = ['wxt.config.ts', ...walk('entrypoints', /\.html$/)];
    const names = files.flatMap((path) =>
      [...read(path).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!),
    );
    expect(names).toContain('extName');
    expect(names.filter((name) => !(name in catalogue))).toEqual([]);
  });

  it('a key outside messages.json does not type-check', () => {
    expectTypeOf(t).parameter(0).toEqualTypeOf<MessageKey>();
    expectTypeOf<'extName'>().toExtend<MessageKey>();
    // @ts-expect-error: no such message, so no such key.
    const misspelt = () => t('popup_state_onn');
    expect(typeof misspelt).toBe('function');
  });

  it('every guide_ and support_ message is used by a component or the support lines data', () => {
    const all = sources
      .filter((path) => path.startsWith('components/') || path.startsWith('utils/support/'))
      .map(read)
      .join('\n');
    const unused = Object.keys(catalogue).filter(
      (key) => /^(guide|support)_/.test(key) && !all.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });
});

describe('features', () => {
  const background = import.meta.glob<Record<string, unknown>>('../../utils/background/*.ts', {
    eager: true,
  });

  it('each feature reconcile applies has a test file that uses it', () => {
    const tests = walk('tests/unit', CODE).map((path) => ({ path, text: read(path) }));
    expect(FEATURES.length).toBeGreaterThan(0);
    for (const feature of FEATURES) {
      const home = Object.entries(background).flatMap(([module, exports]) =>
        Object.entries(exports)
          .filter(([, value]) => value === feature)
          .map(([name]) => ({ name, module: module.replace(/^.*\/(.*)\.ts$/, '$1') })),
      )[0];
      expect(home, `${feature.name}: exported from utils/background/`).toBeDefined();
      const { name, module } = home!;
      const importing = new RegExp(
        `import \\{[^}]*\\b${name}\\b[^}]*\\} from '[./]*utils/background/${module}'`,
      );
      // Imported, then used: applied directly or handed to reconcile.
      const mentions = (text: string) => text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
      const found = tests.filter(({ text }) => importing.test(text) && mentions(text) > 1);
      expect(
        found.map(({ path }) => relative('tests/unit', path)),
        `${feature.name}: a test in tests/unit that imports ${name} and uses it`,
      ).not.toEqual([]);
    }
  });
});

describe('protocol', () => {
  it('each protocol message has an end-to-end send in tests/e2e', () => {
    // Every message: a message added to ProtocolMap fails to compile here until it is listed,
    // and then needs its send.
    const protocol: Record<keyof ProtocolMap, true> = {
      getStatus: true,
      saveSettings: true,
      resetSettings: true,
      startNow: true,
      pauseTonight: true,
      resume: true,
      getBackup: true,
      clearBackup: true,
      dismissRestored: true,
      dontDimSite: true,
      allowForAWhile: true,
      beginBreath: true,
      finishBreath: true,
      cancelWaiting: true,
      setSyncChoice: true,
      privateNoticeDismissed: true,
      dismissPrivateNotice: true,
      getCheckIn: true,
      setCheckIn: true,
      answerNight: true,
      forgetNights: true,
      nightsPileUp: true,
      pauseAsked: true,
    };
    const names = Object.keys(protocol);

    const e2e = walk('tests/e2e', /\.test\.ts$/)
      .map(read)
      .join('\n');
    // `send('x')`, `session.send<T>('x', …)`, `sendFrom(page, 'x')`, `send(path, 'x')`.
    const sent = (name: string) =>
      new RegExp(
        `\\b(?:send|sendFrom|sendViaPage)(?:<[^>]*>)?\\(\\s*(?:(?:\\w+|'[^']*'),\\s*)?'${name}'`,
      ).test(e2e);
    expect(names.filter((name) => !sent(name))).toEqual([]);
  });
});

describe('page-visible names', () => {
  /** What runs in web pages or is put into them: the clock mask and the dimming CSS. */
  const SHIPPED_INTO_PAGES = [
    'entrypoints/clock-mask.ts',
    ...walk('utils/clock-mask', CODE),
    ...walk('utils/dimming', CODE),
  ];
  /**
   * Literals a page could read back: a custom property (`--x`), a highlight registered or
   * styled under a literal name, a User Timing entry outside the bench-only branch.
   */
  const FIXED_NAME = [
    /['"`]--[a-z]/i,
    /['"`]qh-/i,
    /::highlight\(\s*[a-z]/i,
    /registry\.set\(\s*['"`]/,
    /performance\.(mark|measure)\(\s*['"`]/,
  ];

  it('no page-visible name in the shipped content-script or CSS code is a fixed string', () => {
    const found: string[] = [];
    for (const path of SHIPPED_INTO_PAGES)
      read(path)
        .split('\n')
        .forEach((line, i) => {
          // Registration ids (`qh-dim`) stay inside the browser; measures are in the bench build only.
          if (/_SCRIPT_ID =|_MEASURE =|^\s*(\*|\/\*|\/\/)/.test(line)) return;
          if (FIXED_NAME.some((pattern) => pattern.test(line)))
            found.push(`${path}:${i + 1}: ${line.trim()}`);
        });
    expect(found).toEqual([]);
  });

  it.each([
    ['User Timing', 'utils/clock-mask/mask.ts', /\b(measure|timing)\((SCAN|SLICE|UPDATE)_MEASURE/],
    ['the wake count', 'utils/background/reconcile.ts', /\bcountWake\(/],
  ])('%s is reached only through the build-time bench flag', (_, path, call) => {
    const lines = read(path).split('\n');
    const indent = (line: string) => line.length - line.trimStart().length;
    /** The call's own line, or the line that opens the block it sits in. */
    const guard = (at: number) => {
      if (lines[at]!.includes('import.meta.env.QH_BENCH')) return lines[at]!;
      const own = indent(lines[at]!);
      for (let i = at - 1; i >= 0; i--)
        if (lines[i]!.trim() && indent(lines[i]!) < own) return lines[i]!;
      return '';
    };
    const calls = lines.flatMap((line, at) => (call.test(line) ? [at] : []));
    expect(calls.length).toBeGreaterThan(0);
    for (const at of calls) expect(guard(at), lines[at]).toContain('import.meta.env.QH_BENCH');
  });
});
