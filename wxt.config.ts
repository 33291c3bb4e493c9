import { defineConfig } from 'wxt';
import { dimmingAssets } from './utils/dimming/assets';
import { randomDimNames, type DimNames } from './utils/dimming/names';

// The dimming CSS's custom property names, drawn once per build (kept in the environment so
// every load of this config in one build agrees) and given both to the static files and,
// through `define`, to the code that inserts CSS. Nothing a page reads names the extension.
process.env.QH_DIM_NAMES ??= JSON.stringify(randomDimNames());
const DIM_NAMES = JSON.parse(process.env.QH_DIM_NAMES) as DimNames;

// Chromium gets Manifest V3. Firefox gets Manifest V2 (WXT's default for it): under
// MV3, Firefox lets the user withhold host permissions, which would leave pages
// silently undimmed; under MV2 they are part of the install. The README says more.
export default defineConfig({
  imports: false,
  // Separate output folders let parallel test runs build without clobbering each other.
  outDir: process.env.QH_OUT_DIR || '.output',
  hooks: {
    // The dimming CSS files (base plus each effect at 1–100 %), generated from utils/dimming.
    'build:publicAssets': (_wxt, files) => {
      files.push(...dimmingAssets(DIM_NAMES));
    },
  },
  vite: () => ({
    define: {
      'import.meta.env.QH_DIM_NAMES': JSON.stringify(process.env.QH_DIM_NAMES),
      // Only `npm run bench` builds with QH_BENCH=1; elsewhere the measuring code is dropped.
      'import.meta.env.QH_BENCH': JSON.stringify(process.env.QH_BENCH === '1'),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the published night state; alarms: waking at the next change;
    // scripting: dim CSS and the clock mask, only during quiet hours;
    // declarativeNetRequest: the pause page for chosen sites.
    permissions: ['storage', 'alarms', 'scripting', 'declarativeNetRequest'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // Only the pause page can be reached from the web: the redirect rules send tabs to it.
    // Chromium's dynamic URL keeps web pages from probing for the extension by a fixed address.
    web_accessible_resources:
      browser === 'firefox'
        ? ['blocked.html']
        : [{ resources: ['blocked.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'quiet-hours@example.org',
          strict_min_version: '128.0',
          // Quiet Hours collects and sends nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
