/** One entry of a `messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole `messages.json` file. */
export type MessagesFile = Record<string, MessageEntry>;

/** The `$NAME$` placeholders a message uses, lower-cased as browsers look them up. */
function usedPlaceholders(message: string): Set<string> {
  return new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
}

/**
 * Everything a translation gets wrong against the English file, in plain words: keys missing
 * or added, placeholders dropped from a message, used without being declared, or filled from
 * a different substitution than in English. Empty when the translation is complete.
 */
export function findLocaleProblems(english: MessagesFile, other: MessagesFile): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    if (!(key in other)) problems.push(`missing key "${key}"`);
  }
  for (const key of Object.keys(other)) {
    if (!(key in english)) problems.push(`extra key "${key}"`);
  }
  for (const [key, entry] of Object.entries(english)) {
    const translated = other[key];
    if (!translated) continue;
    const wanted = usedPlaceholders(entry.message);
    const used = usedPlaceholders(translated.message);
    for (const name of wanted) {
      if (!used.has(name)) {
        problems.push(`"${key}" lost placeholder $${name.toUpperCase()}$`);
        continue;
      }
      const from = entry.placeholders?.[name]?.content;
      const to = translated.placeholders?.[name]?.content;
      if (from !== to) {
        problems.push(`"${key}" placeholder $${name.toUpperCase()}$ fills in ${to}, not ${from}`);
      }
    }
    for (const name of used) {
      if (!wanted.has(name)) {
        problems.push(`"${key}" uses $${name.toUpperCase()}$, which English does not have`);
      }
    }
  }
  return problems;
}
