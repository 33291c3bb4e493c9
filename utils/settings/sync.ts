import {
  SETTINGS_MIRROR,
  SYNC_CHOICE,
  type SavedSettings,
  type SyncChoice,
} from '../storage/local';
import { readSyncCopy, writeSyncCopy } from '../storage/sync';
import { parseSettings } from './parse';
import type { Settings } from './schema';
import { loadSettings, savedAtOf, saveSettings } from './store';

// Keeping the settings the same on the user's other browsers, through the browser's own sync.
// Last saved wins, by the saved-at stamp each copy carries; a copy from elsewhere is applied
// only through `parseSettings`, and contacts travel only when this browser says they may.

/** The settings as they go to sync: without the contacts unless this browser shares them. */
function shared(settings: Settings, choice: SyncChoice): Partial<Settings> {
  if (choice.contacts) return settings;
  const { contacts: _, ...rest } = settings;
  return rest;
}

/** Puts settings saved at `savedAt` into sync, when this browser syncs. */
export async function shareSettings(settings: Settings, savedAt: number): Promise<void> {
  const choice = await SYNC_CHOICE.get();
  if (!choice.settings) return;
  try {
    await writeSyncCopy({ savedAt, settings: shared(settings, choice) } satisfies SavedSettings);
  } catch (error) {
    // Over the browser's sync quota, or sync unavailable: the settings are saved here anyway.
    console.warn('Quiet Hours: the settings could not be synced', error);
  }
}

/** Saves settings that passed `parseSettings` (see `saveSettings`) and shares them. */
export async function saveAndShare(settings: Settings, savedAt: number): Promise<void> {
  await saveSettings(settings, savedAt);
  await shareSettings(settings, savedAt);
}

/**
 * How a synced copy saved elsewhere at `savedAt` is stored here. The background's keeps the
 * night's rule (`storeSyncedAsNightAllows`): at night a loosening from elsewhere waits too.
 */
export type StoreSynced = (copy: Settings, savedAt: number, now: number) => Promise<void>;

/**
 * Applies the synced copy when it was saved after the settings here and parses, through
 * `store`; keeps this browser's contacts unless it shares them and the copy has some. With no
 * synced copy yet, puts the settings here into sync. Resolves to true when the copy was taken.
 */
export async function takeSyncedSettings(store: StoreSynced, now: number): Promise<boolean> {
  const choice = await SYNC_CHOICE.get();
  if (!choice.settings) return false;
  // Loaded first: settings saved before the mirror existed get one (stamped 0) here.
  const { settings: here } = await loadSettings();
  const [copy, mirror] = await Promise.all([readSyncCopy(), SETTINGS_MIRROR.get()]);
  if (copy === undefined) {
    if (mirror !== undefined) await shareSettings(here, savedAtOf(mirror));
    return false;
  }
  const remote = typeof copy === 'object' && copy !== null && (copy as SavedSettings).settings;
  if (typeof remote !== 'object' || remote === null || Array.isArray(remote)) return false;
  const savedAt = savedAtOf(copy);
  if (mirror !== undefined && savedAt <= savedAtOf(mirror)) return false;
  const parsed = parseSettings(
    choice.contacts && 'contacts' in remote ? remote : { ...remote, contacts: here.contacts },
  );
  if (!parsed.ok) return false;
  await store(parsed.settings, savedAt, now);
  return true;
}

/** A sync choice from a page: two true/false answers (contacts never alone), or `undefined`. */
export function parseSyncChoice(input: unknown): SyncChoice | undefined {
  const { settings, contacts } = (input ?? {}) as Partial<Record<keyof SyncChoice, unknown>>;
  return typeof settings === 'boolean' && typeof contacts === 'boolean'
    ? { settings, contacts: settings && contacts }
    : undefined;
}

/**
 * Stores this browser's choice. Turning sync on first takes a newer synced copy, then shares the
 * settings here, stamped `now`, so the copy in sync has the contacts exactly when it should.
 */
export async function chooseSync(
  choice: SyncChoice,
  now: number,
  store: StoreSynced,
): Promise<void> {
  await SYNC_CHOICE.set(choice);
  if (!choice.settings) return;
  await takeSyncedSettings(store, now);
  const { settings } = await loadSettings();
  await saveAndShare(settings, now);
}
