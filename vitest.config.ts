import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const mockBrowser = fileURLToPath(
  new URL('./node_modules/wxt/dist/virtual/mock-browser', import.meta.url),
);

const UNIT = 'tests/unit';
const unitFiles = readdirSync(UNIT, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => `${UNIT}/${name.replaceAll('\\', '/')}`);
/**
 * Files that replace a module with `vi.mock`. A module that imports the replaced one keeps it
 * for as long as the worker lives, so these files get a worker of their own; every other unit
 * file shares its worker's modules and DOM, which saves most of the per-file setup.
 */
const mocking = unitFiles.filter((file) => /\bvi\.mock\(/.test(readFileSync(file, 'utf8')));

/** A unit project: WXT's fake browser, happy-dom and the setup file, over `include`. */
function unitProject(name: string, include: string[], isolate: boolean, exclude: string[] = []) {
  return {
    // WXT's fake browser stands in for both `wxt/browser` and webextension-polyfill,
    // so code and @webext-core/messaging see the same in-memory extension APIs.
    plugins: [WxtVitest()],
    resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: mockBrowser }] },
    test: {
      name,
      include,
      exclude,
      isolate,
      environment: 'happy-dom',
      setupFiles: ['tests/unit/setup.ts'],
      globals: true,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      unitProject('unit', unitFiles, false, mocking),
      unitProject('unit-isolated', mocking, true),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: a browser test mostly waits (for pages, alarms, breathing
          // pauses), so two overlap well even on two cores; every session has its own profile,
          // test site port and browser process.
          fileParallelism: true,
          maxWorkers: 2,
          globals: true,
        },
      },
    ],
  },
});
