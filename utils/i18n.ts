import { browser } from './browser';

/**
 * A user-facing string from `public/_locales/<lang>/messages.json`. Every word the
 * extension shows goes through here, so a translation is one more file.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
