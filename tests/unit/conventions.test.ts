import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

// Node's path, not `new URL(...)`: under happy-dom `URL` is the DOM's, which fs refuses.
const componentsDir = join(import.meta.dirname, '../../components');
const catalogue = messages as Record<string, { message: string }>;

describe('messages used by the components', () => {
  const sources = readdirSync(componentsDir)
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(componentsDir, name), 'utf8') }));

  it('every t(...) key in components/ exists in messages.json', () => {
    const used = new Set<string>();
    for (const { name, text } of sources) {
      for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`]+)\1/g)) used.add(match[2]!);
      // Every call must name its key literally, so this check sees all of them.
      const calls = text.match(/\bt\(/g) ?? [];
      const literal = text.match(/\bt\(\s*['"`]/g) ?? [];
      expect(literal.length, `${name}: t() with a computed key`).toBe(calls.length);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });

  it('every guide_ and support_ message is used by a component', () => {
    const all = sources.map((s) => s.text).join('\n');
    const unused = Object.keys(catalogue).filter(
      (key) => /^(guide|support)_/.test(key) && !all.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });
});
