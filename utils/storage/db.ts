import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

// The extension's own IndexedDB, opened by the background only. A content script would open
// the web page's IndexedDB instead, and extension pages go through messaging so there is one
// writer. Keep this file out of anything a content script imports.

/** Every key in the extension's IndexedDB. */
export const DB_KEYS = {
  /** The user's settings, as last saved (possibly an older version, migrated on load). */
  settings: 'settings',
  /** Stored settings that failed to load, oldest first, kept until the user has dealt with them. */
  setAside: 'settings-unreadable',
  /** The user's manual start or pause. */
  override: 'override',
  /** Sites opened for a while from the pause page, with their ends. */
  allowances: 'allowances',
  /** The welcome page has been opened once; it is never opened again. Not a setting: never exported or synced. */
  seenWelcome: 'seen-welcome',
  /** "Got it" was pressed on the popup's private-window notice. Not a setting either. */
  seenPrivateNotice: 'seen-private-notice',
} as const;

/** A key of the extension's IndexedDB. */
export type DbKey = (typeof DB_KEYS)[keyof typeof DB_KEYS];

let handle: UseStore | undefined;

/** The one idb-keyval handle on the extension's database, opened on first use. */
export function db(): UseStore {
  handle ??= createStore('quiet-hours', 'kv');
  return handle;
}

/** The value stored under `key`, unchecked: callers parse it before trusting it. */
export function readDb<T = unknown>(key: DbKey): Promise<T | undefined> {
  return get<T>(key, db());
}

/** Stores `value` under `key`. */
export function writeDb(key: DbKey, value: unknown): Promise<void> {
  return set(key, value, db());
}

/** Forgets `key`. */
export function removeDb(key: DbKey): Promise<void> {
  return del(key, db());
}

/** Forgets every key (tests start from an empty database). */
export function clearDb(): Promise<void> {
  return clear(db());
}
