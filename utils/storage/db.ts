import { clear, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

// The extension's own IndexedDB, opened by the background only. A content script would open
// the web page's IndexedDB instead, and extension pages go through messaging so there is one
// writer. Keep this file out of anything a content script imports.

/** Every key in the extension's IndexedDB. */
export const DB_KEYS = {
  /** The user's settings, as last saved (possibly an older version, migrated on load). */
  settings: 'settings',
  /** Stored settings that failed to load, oldest first, kept until the user has dealt with them. */
  setAside: 'settings-unreadable',
  /** Set when lost settings were brought back from their mirror, until the user has read so. */
  restored: 'settings-restored',
  /** The user's manual start or pause. */
  override: 'override',
  /** Sites opened for a while from the pause page, with their ends. */
  allowances: 'allowances',
  /** Changes that wait on the night (loosening at night), and a breathing pause under way. */
  nightChanges: 'night-changes',
  /** The welcome page has been opened once; it is never opened again. Not a setting: never exported or synced. */
  seenWelcome: 'seen-welcome',
  /** "Got it" was pressed on the popup's private-window notice. Not a setting either. */
  seenPrivateNotice: 'seen-private-notice',
  // Issue 17, the morning check-in: on this device only, never a setting, never synced or exported.
  /** Whether the morning check-in is on (`on`/`off`); absent until the person has been asked. */
  checkIn: 'check-in',
  /** The check-in's answers: a night's date and its answer only, the last 28 nights. */
  nights: 'nights',
} as const;

/** A key of the extension's IndexedDB. */
export type DbKey = (typeof DB_KEYS)[keyof typeof DB_KEYS];

const DB_NAME = 'quiet-hours';
const STORE_NAME = 'kv';

let connecting: Promise<IDBDatabase> | undefined;

/**
 * The open connection, opened again after it was lost. When something deletes the database
 * (a browser clearing site data, or a page calling `indexedDB.deleteDatabase`), the connection
 * steps aside instead of blocking the deletion, and the next use opens an empty database, which
 * `loadSettings` fills again from the settings' mirror.
 */
function connection(): Promise<IDBDatabase> {
  if (connecting) return connecting;
  const request = indexedDB.open(DB_NAME);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
  const opening = promisifyRequest(request);
  const forget = () => {
    if (connecting === opening) connecting = undefined;
  };
  connecting = opening;
  opening.then((database) => {
    database.onclose = forget;
    database.onversionchange = () => {
      database.close();
      forget();
    };
  }, forget);
  return opening;
}

const handle: UseStore = (mode, callback) =>
  connection().then((database) =>
    callback(database.transaction(STORE_NAME, mode).objectStore(STORE_NAME)),
  );

/** The one idb-keyval handle on the extension's database. */
export function db(): UseStore {
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
