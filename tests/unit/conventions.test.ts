import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const dir = (path: string) =>
  readdirSync(join(ROOT, path))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${path}/${name}`);

describe('page-visible names', () => {
  /** What runs in web pages or is put into them: the clock mask and the dimming CSS. */
  const SHIPPED_INTO_PAGES = [
    'entrypoints/clock-mask.ts',
    ...dir('utils/clock-mask'),
    ...dir('utils/dimming'),
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

  it('User Timing is reached only through the build-time bench flag', () => {
    const mask = read('utils/clock-mask/mask.ts');
    const calls = mask.match(/^.*\b(measure|timing)\((SCAN|UPDATE)_MEASURE.*$/gm) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call).toContain('import.meta.env.QH_BENCH');
  });
});
