/**
 * Consonants only, and no `q`: a name drawn from them can never spell out who we are (`qh`,
 * `quiet`, `clock`, `dim`, `warm`…) and never collides with a word a page might use.
 */
const LETTERS = 'bcdfgjkmnprstvwxz';

/**
 * A fresh random name for something a web page can see (a highlight, a custom property), so
 * what the page reads says nothing about this extension and is not the same from page to page.
 * Letters only: a valid CSS identifier as it stands.
 */
export function neutralName(length = 10): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => LETTERS[byte % LETTERS.length]).join('');
}
