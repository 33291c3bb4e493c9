import type { Override } from '../schedule';
import { DB_KEYS, readDb, removeDb, writeDb } from '../storage/db';
import { SETTINGS_MIRROR, type SavedSettings } from '../storage/local';
import { parseSettings } from './parse';
import { defaultSettings, type Settings } from './schema';

/** How many distinct unreadable values are kept; older ones give way to newer. */
const MAX_SET_ASIDE = 5;

/** Settings as loaded, with whether a stored value had to be set aside. */
export interface LoadedSettings {
  settings: Settings;
  /** True while an unreadable stored value sits in the set-aside key. */
  recovered: boolean;
  /** True when lost settings were brought back from their mirror, until the user dismisses it. */
  restored: boolean;
}

/**
 * The stored settings, migrated to the current shape. A stored value that no longer parses is
 * never overwritten here: it is copied to the set-aside key and the defaults are used until the
 * user saves, so the UI can offer the old value for download. When the database has lost its
 * settings (a browser can clear it with a site's data), the mirror in `storage.local` brings
 * them back, and the user is told.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const [raw, backup, flag, mirror] = await Promise.all([
    readDb(DB_KEYS.settings),
    readDb(DB_KEYS.setAside),
    readDb(DB_KEYS.restored),
    SETTINGS_MIRROR.get(),
  ]);
  const loaded = (settings: Settings, recovered = backup !== undefined, restored = flag === true) =>
    ({ settings, recovered, restored }) satisfies LoadedSettings;
  if (raw === undefined) {
    if (mirror === undefined) return loaded(defaultSettings());
    const copy = parseSettings(mirrored(mirror));
    if (!copy.ok) return loaded(defaultSettings(), await setAside(mirror, backup));
    await writeDb(DB_KEYS.settings, copy.settings);
    await writeDb(DB_KEYS.restored, true);
    return loaded(copy.settings, backup !== undefined, true);
  }
  const parsed = parseSettings(raw);
  if (!parsed.ok) return loaded(defaultSettings(), await setAside(raw, backup));
  if ((raw as { version?: unknown }).version !== parsed.settings.version) {
    await writeDb(DB_KEYS.settings, parsed.settings);
  }
  // Settings saved before the mirror existed, or migrated since, get (or refresh) their mirror.
  if (JSON.stringify(mirrored(mirror)) !== JSON.stringify(parsed.settings)) {
    await SETTINGS_MIRROR.set({ savedAt: savedAtOf(mirror), settings: parsed.settings });
  }
  return loaded(parsed.settings);
}

/** Whether the user has ever saved settings (before that, the defaults are no plan of theirs). */
export async function hasSavedSettings(): Promise<boolean> {
  return (await readDb(DB_KEYS.settings)) !== undefined;
}

/** The settings in a mirror record, which is unchecked like anything read back from storage. */
const mirrored = (mirror: unknown) =>
  typeof mirror === 'object' && mirror !== null ? (mirror as SavedSettings).settings : undefined;

/** When a mirror record says its settings were saved; 0 when it does not say. */
export function savedAtOf(mirror: unknown): number {
  const savedAt =
    typeof mirror === 'object' && mirror !== null && (mirror as SavedSettings).savedAt;
  return typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0;
}

/** Keeps an unreadable value in the set-aside list (once), and says it is there. */
async function setAside(raw: unknown, backup: unknown): Promise<true> {
  const kept = (backup as unknown[] | undefined) ?? [];
  const seen = kept.some((value) => JSON.stringify(value) === JSON.stringify(raw));
  if (!seen) await writeDb(DB_KEYS.setAside, [...kept, raw].slice(-MAX_SET_ASIDE));
  return true;
}

/**
 * Stores settings that have already passed `parseSettings`, saved at `savedAt`, in the database
 * and in their mirror.
 */
export async function saveSettings(settings: Settings, savedAt: number): Promise<void> {
  // An unreadable earlier value stays in the set-aside key until the user dismisses it.
  await writeDb(DB_KEYS.settings, settings);
  await SETTINGS_MIRROR.set({ savedAt, settings });
}

/** Forgets that settings were restored from their mirror, once the user has read so. */
export async function clearRestored(): Promise<void> {
  await removeDb(DB_KEYS.restored);
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
