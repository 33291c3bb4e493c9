import { browser, type Storage } from '../browser';

// The settings' copy in the browser's own sync (`storage.sync`), which carries it to the
// user's other browsers. An item there holds at most 8 KB (its key plus its value as JSON), so
// the copy is stored as JSON text in parts, with a small index naming how many.

/** The index item: how many parts the copy has. */
const INDEX_KEY = 'settingsCopy';
/** The key of part `n` of the copy. */
const partKey = (n: number) => `settingsCopy${n}`;

/** What `storage.sync` allows per item, in bytes of key and JSON value. */
export const SYNC_ITEM_BYTES = 8192;
/** Room left in each item for the part's key and the quotes around its text. */
const PART_BYTES = SYNC_ITEM_BYTES - 64;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * `text` in parts whose JSON form (the quotes and escapes included) fits `maxBytes` as UTF-8,
 * never splitting a character.
 */
export function splitForQuota(text: string, maxBytes = PART_BYTES): string[] {
  const parts: string[] = [];
  let part = '';
  let size = 2;
  for (const char of text) {
    const cost = bytes(JSON.stringify(char)) - 2;
    if (size + cost > maxBytes) {
      parts.push(part);
      part = '';
      size = 2;
    }
    part += char;
    size += cost;
  }
  if (part || parts.length === 0) parts.push(part);
  return parts;
}

interface SyncIndex {
  parts: number;
}

const partsIn = (index: unknown) => {
  const parts = (index as SyncIndex | undefined)?.parts;
  return Number.isInteger(parts) && parts! > 0 && parts! <= 512 ? parts! : 0;
};

/**
 * Stores `copy` as the synced copy: every part and the index in one write, so other browsers
 * hear one change, then forgets parts a longer earlier copy left behind.
 */
export async function writeSyncCopy(copy: unknown): Promise<void> {
  const parts = splitForQuota(JSON.stringify(copy));
  const before = partsIn((await browser.storage.sync.get(INDEX_KEY))[INDEX_KEY]);
  const items: Record<string, unknown> = { [INDEX_KEY]: { parts: parts.length } };
  parts.forEach((part, n) => (items[partKey(n)] = part));
  await browser.storage.sync.set(items);
  const stale = Array.from({ length: Math.max(0, before - parts.length) }, (_, n) =>
    partKey(parts.length + n),
  );
  if (stale.length > 0) await browser.storage.sync.remove(stale);
}

/** The synced copy, unchecked, or `undefined` when there is none or its parts do not add up. */
export async function readSyncCopy(): Promise<unknown> {
  const parts = partsIn((await browser.storage.sync.get(INDEX_KEY))[INDEX_KEY]);
  if (parts === 0) return undefined;
  const keys = Array.from({ length: parts }, (_, n) => partKey(n));
  const stored = await browser.storage.sync.get(keys);
  const texts = keys.map((key) => stored[key]);
  if (!texts.every((text) => typeof text === 'string')) return undefined;
  try {
    return JSON.parse(texts.join('')) as unknown;
  } catch {
    return undefined;
  }
}

/** True when a `storage.onChanged` event touched the synced copy. */
export function touchesSyncCopy(changes: Record<string, Storage.StorageChange>, area: string) {
  return area === 'sync' && Object.keys(changes).some((key) => key.startsWith(INDEX_KEY));
}
