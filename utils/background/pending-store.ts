import type { Breath, BreathPurpose } from '../protocol';
import type { Settings } from '../settings/schema';
import { DB_KEYS, readDb, removeDb, writeDb } from '../storage/db';

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

/** What waits, as stored (nothing when nothing does). */
export async function loadNightChanges(): Promise<NightChanges> {
  return (await readDb<NightChanges>(DB_KEYS.nightChanges)) ?? {};
}

/** Stores what waits; nothing waiting leaves no key behind. */
export async function saveNightChanges(changes: NightChanges): Promise<void> {
  if (changes.desired || changes.breath) await writeDb(DB_KEYS.nightChanges, changes);
  else await removeDb(DB_KEYS.nightChanges);
}
