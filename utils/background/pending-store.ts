import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Breath, BreathPurpose } from '../protocol';
import type { Settings } from '../settings/schema';

/**
 * The one storage key for changes that wait on the night (issue 11), in the background's own
 * store; kept here as one constant so it moves in one piece with the storage module.
 */
export const NIGHT_CHANGES_KEY = 'night-changes';

/** A breathing pause the background handed out, and what it is for. */
export interface StoredBreath extends Breath {
  purpose: BreathPurpose;
  /** When the pause began (epoch ms); it counts only once `seconds` have passed since. */
  since: number;
}

/** What waits on the night: the settings as last saved, and a breathing pause under way. */
export interface NightChanges {
  /** The settings the user saved, of which only the tightening part is in force yet. */
  desired?: Settings;
  breath?: StoredBreath;
}

let db: UseStore | undefined;
const store = () => (db ??= createStore('quiet-hours', 'kv'));

/** What waits, as stored (nothing when nothing does). */
export async function loadNightChanges(): Promise<NightChanges> {
  return (await get<NightChanges>(NIGHT_CHANGES_KEY, store())) ?? {};
}

/** Stores what waits; nothing waiting leaves no key behind. */
export async function saveNightChanges(changes: NightChanges): Promise<void> {
  if (changes.desired || changes.breath) await set(NIGHT_CHANGES_KEY, changes, store());
  else await del(NIGHT_CHANGES_KEY, store());
}
