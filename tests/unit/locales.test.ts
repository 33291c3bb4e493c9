import { describe, expect, it } from 'vitest';
import { findLocaleProblems, type MessagesFile } from './helpers/locale-parity';

/** Every locale the extension ships, by folder name. */
const FILES = import.meta.glob<MessagesFile>('../../public/_locales/*/messages.json', {
  eager: true,
  import: 'default',
});
const byLocale = new Map(
  Object.entries(FILES).map(([path, file]) => [path.split('/').at(-2)!, file]),
);

function read(locale: string): MessagesFile {
  return byLocale.get(locale)!;
}

const english = read('en');
const others = [...byLocale.keys()].filter((locale) => locale !== 'en');

describe('every locale matches the English messages file', () => {
  it('has at least one translation to check', () => {
    expect(others).toContain('es');
  });

  it.each(others)('%s has the same keys and placeholders as English', (locale) => {
    expect(findLocaleProblems(english, read(locale))).toEqual([]);
  });

  it.each(others)('%s keeps the product name "Quiet Hours"', (locale) => {
    expect(read(locale).extName?.message).toBe('Quiet Hours');
  });

  // The Chrome Web Store refuses a manifest description longer than 132 characters.
  it.each([...byLocale.keys()])(
    '%s describes the extension in 132 characters at most',
    (locale) => {
      expect(read(locale).extDescription!.message.length).toBeLessThanOrEqual(132);
    },
  );
});

describe('the parity check itself', () => {
  const base: MessagesFile = {
    greet: {
      message: 'Open $SITE$',
      placeholders: { site: { content: '$1' } },
    },
    plain: { message: 'Hello' },
  };

  it('passes a faithful translation', () => {
    const good: MessagesFile = {
      greet: { message: 'Abrir $SITE$', placeholders: { site: { content: '$1' } } },
      plain: { message: 'Hola' },
    };
    expect(findLocaleProblems(base, good)).toEqual([]);
  });

  it('names a missing key, an extra key and a lost placeholder', () => {
    const bad: MessagesFile = {
      greet: { message: 'Abrir el sitio', placeholders: { site: { content: '$1' } } },
      extra: { message: 'De más' },
    };
    expect(findLocaleProblems(base, bad)).toEqual([
      'missing key "plain"',
      'extra key "extra"',
      '"greet" lost placeholder $SITE$',
    ]);
  });

  it('names a placeholder that is used but not declared, or points elsewhere', () => {
    const bad: MessagesFile = {
      greet: { message: 'Abrir $SITE$', placeholders: { site: { content: '$2' } } },
      plain: { message: 'Hola $NAME$' },
    };
    expect(findLocaleProblems(base, bad)).toEqual([
      '"greet" placeholder $SITE$ fills in $2, not $1',
      '"plain" uses $NAME$, which English does not have',
    ]);
  });
});
