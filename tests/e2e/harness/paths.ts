import { fileURLToPath } from 'node:url';

/** The built extensions (`npm run build:all`), in QH_OUT_DIR when set (as wxt.config reads it). */
const OUT = fileURLToPath(
  new URL(`../../../${process.env.QH_OUT_DIR || '.output'}/`, import.meta.url),
);
export const CHROME_BUILD = `${OUT}chrome-mv3`;
export const FIREFOX_BUILD = `${OUT}firefox-mv2`;

/** Debian's browsers by default; point these variables elsewhere to test others. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Where failing tests leave screenshots and profiles (ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('../../.artifacts', import.meta.url));

/**
 * ALSA's configuration with its default output replaced by the null device, which takes sound
 * and drops it: Firefox with no sound device at all never reports a tab as audible.
 */
export const ALSA_NULL = fileURLToPath(new URL('./alsa-null.conf', import.meta.url));
