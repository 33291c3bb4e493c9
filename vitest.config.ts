import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

const mockBrowser = fileURLToPath(
  new URL('./node_modules/wxt/dist/virtual/mock-browser', import.meta.url),
);

export default defineConfig({
  test: {
    projects: [
      {
        // WXT's fake browser stands in for both `wxt/browser` and webextension-polyfill,
        // so code and @webext-core/messaging see the same in-memory extension APIs.
        plugins: [WxtVitest()],
        resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: mockBrowser }] },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one browser at a time keeps timings honest and the machine responsive.
          fileParallelism: false,
          globals: true,
        },
      },
    ],
  },
});
