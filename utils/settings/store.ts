import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Override } from '../schedule';
import { parseSettings } from './parse';
import { defaultSettings, type Settings } from './schema';

// Only the background opens this store. A content script would open the web page's
// IndexedDB instead, and extension pages go through messaging so there is one writer.
let db: UseStore | undefined;
function store(): UseStore {
  db ??= createStore('quiet-hours', 'kv');
  return db;
}

const KEYS = {
  settings: 'settings',
  /** Stored values that failed to load, oldest first, kept until the user has dealt with them. */
  backup: 'settings-unreadable',
  override: 'override',
} as const;

/** How many distinct unreadable values are kept; older ones give way to newer. */
const MAX_SET_ASIDE = 5;

/** Settings as loaded, with whether a stored value had to be set aside. */
export interface LoadedSettings {
  settings: Settings;
  /** True while an unreadable stored value sits in the backup key. */
  recovered: boolean;
}

/**
 * The stored settings, migrated to the current shape. A stored value that no longer parses is
 * never overwritten here: it is copied to the backup key and the defaults are used until the
 * user saves, so the UI can offer the old value for download.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const [raw, backup] = await Promise.all([get(KEYS.settings, store()), get(KEYS.backup, store())]);
  if (raw === undefined) return { settings: defaultSettings(), recovered: backup !== undefined };
  const parsed = parseSettings(raw);
  if (parsed.ok) {
    if ((raw as { version?: unknown }).version !== parsed.settings.version) {
      await set(KEYS.settings, parsed.settings, store());
    }
    return { settings: parsed.settings, recovered: backup !== undefined };
  }
  const setAside = (backup as unknown[] | undefined) ?? [];
  const seen = setAside.some((value) => JSON.stringify(value) === JSON.stringify(raw));
  if (!seen) await set(KEYS.backup, [...setAside, raw].slice(-MAX_SET_ASIDE), store());
  return { settings: defaultSettings(), recovered: true };
}

/** Whether the user has ever saved settings (before that, the defaults are no plan of theirs). */
export async function hasSavedSettings(): Promise<boolean> {
  return (await get(KEYS.settings, store())) !== undefined;
}

/** Stores settings that have already passed `parseSettings`. */
export async function saveSettings(settings: Settings): Promise<void> {
  // An unreadable earlier value stays in the backup key until the user dismisses it.
  await set(KEYS.settings, settings, store());
}

/**
 * The stored values that could not be read, as pretty JSON (a list, oldest first), or
 * `undefined` when there are none.
 */
export async function loadBackup(): Promise<string | undefined> {
  const setAside: unknown = await get(KEYS.backup, store());
  return setAside === undefined ? undefined : JSON.stringify(setAside, null, 2);
}

/** Forgets the unreadable value once the user has dealt with it. */
export async function clearBackup(): Promise<void> {
  await del(KEYS.backup, store());
}

/** The user's manual start or pause, if one was made. */
export async function loadOverride(): Promise<Override | undefined> {
  return get<Override>(KEYS.override, store());
}

/** Persists (or, with `undefined`, forgets) the manual override. */
export async function saveOverride(override: Override | undefined): Promise<void> {
  if (override) await set(KEYS.override, override, store());
  else await del(KEYS.override, store());
}
