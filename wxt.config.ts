import { defineConfig } from 'wxt';
import { dimmingAssets } from './utils/dimming/assets';
import { randomDimNames, type DimNames } from './utils/dimming/names';
import { motionAsset } from './utils/stillness/motion';

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
  // `npm run zip`: the Firefox run also packs the sources for the add-on reviewers, who rebuild
  // from them (README, "Rebuilding from the sources zip"). Tests and docs are not needed for it.
  zip: {
    excludeSources: ['tests/**', 'docs/**', 'vitest.config.ts', 'eslint.config.js'],
  },
  hooks: {
    // The dimming CSS files (base plus each effect at 1–100 %), generated from utils/dimming.
    'build:publicAssets': (_wxt, files) => {
      files.push(...dimmingAssets(DIM_NAMES));
      // Calm motion's one static file (issue 16), from utils/stillness.
      files.push(motionAsset());
    },
  },
  vite: () => ({
    define: {
      'import.meta.env.QH_DIM_NAMES': JSON.stringify(process.env.QH_DIM_NAMES),
      // Only `npm run bench` builds with QH_BENCH=1; elsewhere the measuring code is dropped.
      'import.meta.env.QH_BENCH': JSON.stringify(process.env.QH_BENCH === '1'),
    },
    // Preact in a chunk of its own with a stable name, so web-ext lint's one allowed warning
    // (tests/lint/web-ext-allowed.json) names the same file whatever the pages share.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact/ }] },
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the published night state; alarms: waking at the next change;
    // scripting: dim CSS and the clock mask, only during quiet hours;
    // declarativeNetRequestWithHostAccess: the pause page for chosen sites. It redirects only
    // where the host permissions below already reach, so it adds no install warning of its own.
    // contextMenus: "Pause this site during quiet hours" on a page's menu (no install warning).
    permissions: [
      'storage',
      'alarms',
      'scripting',
      'declarativeNetRequestWithHostAccess',
      'contextMenus',
    ],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // Firefox otherwise tucks a new button into the extensions menu, hiding the soft dot.
    ...(browser === 'firefox' && {
      browser_action: { default_title: '__MSG_extName__', default_area: 'navbar' },
    }),
    // Only the pause page can be reached from the web: the redirect rules send tabs to it.
    // Chromium's dynamic URL keeps web pages from probing for the extension by a fixed address.
    web_accessible_resources:
      browser === 'firefox'
        ? ['blocked.html']
        : [{ resources: ['blocked.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // The popup has a suggested key; starting now and pausing tonight have none, so they take
    // no one's shortcut.
    // Both can be changed in the browser's shortcut settings (README, "Shortcuts").
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_command_open_popup__',
      },
      'start-now': { description: '__MSG_command_start_now__' },
      // No suggested key: it loosens the night, so only a key the rested person chose opens it.
      'pause-tonight': { description: '__MSG_command_pause_tonight__' },
    },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    // Chromium 105 is the first with everything used: the CSS Custom Highlight API that masks
    // clock times (105), storage.session (102), scripting.registerContentScripts and
    // updateContentScripts (96), declarativeNetRequestWithHostAccess (96).
    ...(browser !== 'firefox' && { minimum_chrome_version: '105' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Chosen once: the store keys the add-on to it for good. Never change it.
          id: '{0a29bb0b-97fd-4c80-beeb-9a9622ff5da1}',
          // 140: the Highlight API behind the clock mask, and data_collection_permissions.
          strict_min_version: '140.0',
          // Quiet Hours collects and sends nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android has data_collection_permissions only from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
