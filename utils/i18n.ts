import { browser } from './browser';

/**
 * The name of a message in the English catalogue, the one every locale follows. Only a type:
 * nothing of the file is bundled, and a misspelt or removed key fails the type check instead
 * of showing the user a key name.
 */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * A user-facing string from `public/_locales/<lang>/messages.json`. Every word the
 * extension shows goes through here, so a translation is one more file.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
