import { fileURLToPath } from 'node:url';

/** The built extensions (`npm run build:all`). */
export const CHROME_BUILD = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const FIREFOX_BUILD = fileURLToPath(
  new URL('../../../.output/firefox-mv2', import.meta.url),
);

/** Debian's browsers by default; point these variables elsewhere to test others. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Where failing tests leave screenshots and profiles (ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('../../.artifacts', import.meta.url));
