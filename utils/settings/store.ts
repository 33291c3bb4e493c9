import type { Override } from '../schedule';
import { DB_KEYS, readDb, removeDb, writeDb } from '../storage/db';
import { parseSettings } from './parse';
import { defaultSettings, type Settings } from './schema';

/** How many distinct unreadable values are kept; older ones give way to newer. */
const MAX_SET_ASIDE = 5;

/** Settings as loaded, with whether a stored value had to be set aside. */
export interface LoadedSettings {
  settings: Settings;
  /** True while an unreadable stored value sits in the set-aside key. */
  recovered: boolean;
}

/**
 * The stored settings, migrated to the current shape. A stored value that no longer parses is
 * never overwritten here: it is copied to the set-aside key and the defaults are used until the
 * user saves, so the UI can offer the old value for download.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const [raw, backup] = await Promise.all([readDb(DB_KEYS.settings), readDb(DB_KEYS.setAside)]);
  if (raw === undefined) return { settings: defaultSettings(), recovered: backup !== undefined };
  const parsed = parseSettings(raw);
  if (parsed.ok) {
    if ((raw as { version?: unknown }).version !== parsed.settings.version) {
      await writeDb(DB_KEYS.settings, parsed.settings);
    }
    return { settings: parsed.settings, recovered: backup !== undefined };
  }
  const setAside = (backup as unknown[] | undefined) ?? [];
  const seen = setAside.some((value) => JSON.stringify(value) === JSON.stringify(raw));
  if (!seen) await writeDb(DB_KEYS.setAside, [...setAside, raw].slice(-MAX_SET_ASIDE));
  return { settings: defaultSettings(), recovered: true };
}

/** Whether the user has ever saved settings (before that, the defaults are no plan of theirs). */
export async function hasSavedSettings(): Promise<boolean> {
  return (await readDb(DB_KEYS.settings)) !== undefined;
}

/** Stores settings that have already passed `parseSettings`. */
export async function saveSettings(settings: Settings): Promise<void> {
  // An unreadable earlier value stays in the set-aside key until the user dismisses it.
  await writeDb(DB_KEYS.settings, settings);
}

/**
 * The stored values that could not be read, as pretty JSON (a list, oldest first), or
 * `undefined` when there are none.
 */
export async function loadBackup(): Promise<string | undefined> {
  const setAside = await readDb(DB_KEYS.setAside);
  return setAside === undefined ? undefined : JSON.stringify(setAside, null, 2);
}

/** Forgets the unreadable value once the user has dealt with it. */
export async function clearBackup(): Promise<void> {
  await removeDb(DB_KEYS.setAside);
}

/** The user's manual start or pause, if one was made. */
export async function loadOverride(): Promise<Override | undefined> {
  return readDb<Override>(DB_KEYS.override);
}

/** Persists (or, with `undefined`, forgets) the manual override. */
export async function saveOverride(override: Override | undefined): Promise<void> {
  if (override) await writeDb(DB_KEYS.override, override);
  else await removeDb(DB_KEYS.override);
}
