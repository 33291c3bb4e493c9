// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { FEATURES } from '../../utils/background/features';
import { t, type MessageKey } from '../../utils/i18n';
import type { ProtocolMap } from '../../utils/protocol';

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

/** One `t(...)` call and the keys it can pass, as far as the source shows them. */
interface KeyUse {
  where: string;
  /** Every key the call can pass; `null` when the argument is not something this check can read. */
  keys: string[] | null;
}

/**
 * The keys an expression can be: a literal, either branch of a `?:`, a value of a `const`
 * literal map or array indexed by anything (`HEADLINE[words]`, `DAY_KEYS[day]!`), or a property
 * of the elements of a `const` literal array it is mapped over (`PARTS.map((part) =>
 * t(part.label))`). Anything else is `null`: the type check still covers it, this test cannot.
 */
function keysOf(node: ts.Expression, file: ts.SourceFile): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node))
    return keysOf(node.expression, file);
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return keysOf(node.expression, file);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [keysOf(node.whenTrue, file), keysOf(node.whenFalse, file)];
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(node)) {
    const init = constInitializer(node.text, file);
    return init ? keysOf(init, file) : null;
  }
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const init = constInitializer(node.expression.text, file);
    return init ? literalValues(init, file) : null;
  }
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
    const list = mappedList(node.expression, file);
    if (!list) return null;
    const keys: string[] = [];
    for (const element of list.elements) {
      const item = unwrap(element);
      if (!ts.isObjectLiteralExpression(item)) return null;
      const property = item.properties.find(
        (p) => ts.isPropertyAssignment(p) && p.name.getText(file) === node.name.text,
      );
      const value = property && ts.isPropertyAssignment(property) ? property.initializer : null;
      const found = value && keysOf(value, file);
      if (!found) return null;
      keys.push(...found);
    }
    return keys;
  }
  return null;
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node)
    ? unwrap(node.expression)
    : node;
}

/** Every value of an object or array literal, each read by {@link keysOf}. */
function literalValues(init: ts.Expression, file: ts.SourceFile): string[] | null {
  const node = unwrap(init);
  const values = ts.isArrayLiteralExpression(node)
    ? [...node.elements]
    : ts.isObjectLiteralExpression(node)
      ? node.properties.map((p) => (ts.isPropertyAssignment(p) ? p.initializer : null))
      : null;
  if (!values) return null;
  const keys: string[] = [];
  for (const value of values) {
    const found = value && keysOf(value, file);
    if (!found) return null;
    keys.push(...found);
  }
  return keys;
}

/** The initializer of a `const` of that name in the file, at any depth. */
function constInitializer(name: string, file: ts.SourceFile): ts.Expression | null {
  let found: ts.Expression | null = null;
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    )
      found = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** For the parameter of `LIST.map((param) => …)`, the `const` array literal LIST. */
function mappedList(param: ts.Identifier, file: ts.SourceFile): ts.ArrayLiteralExpression | null {
  let list: ts.ArrayLiteralExpression | null = null;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'map' &&
      ts.isIdentifier(node.expression.expression)
    ) {
      const callback = node.arguments[0];
      const first = callback && ts.isArrowFunction(callback) ? callback.parameters[0] : undefined;
      if (first && ts.isIdentifier(first.name) && first.name.text === param.text) {
        const init = constInitializer(node.expression.expression.text, file);
        const array = init && unwrap(init);
        if (array && ts.isArrayLiteralExpression(array)) list = array;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return list;
}

/** Every call of the `t` imported from utils/i18n in the file, with the keys it can pass. */
function keyUses(path: string): KeyUse[] {
  const text = read(path);
  if (!/import \{[^}]*\bt\b[^}]*\} from '[./]*(?:utils\/)?i18n'/.test(text)) return [];
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const uses: KeyUse[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 't'
    ) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      const arg = node.arguments[0];
      uses.push({ where: `${path}:${line + 1}`, keys: arg ? keysOf(arg, file) : null });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

const sources = ['components', 'utils', 'entrypoints'].flatMap((dir) => walk(dir, CODE));
const uses = sources.flatMap(keyUses);

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

  it('every guide_ and support_ message is used by a component', () => {
    const all = sources
      .filter((path) => path.startsWith('components/'))
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
    const protocol = read('utils/protocol.ts');
    const body = /export interface ProtocolMap \{([\s\S]*?)\n\}/.exec(protocol)?.[1] ?? '';
    const names = [...body.matchAll(/^\s+(\w+)\(/gm)].map((match) => match[1]!);
    // The names read from the source are the type's: a message added to the map fails to
    // compile here until it is listed, and then needs its send.
    const typed: Record<keyof ProtocolMap, true> = {
      getStatus: true,
      saveSettings: true,
      resetSettings: true,
      startNow: true,
      pauseTonight: true,
      resume: true,
      getBackup: true,
      clearBackup: true,
      neverTouchSite: true,
      allowForAWhile: true,
    };
    expect(names.sort()).toEqual(Object.keys(typed).sort());

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
