import { DB_KEYS, readDb, writeDb } from '../storage/db';
import { serially } from './queue';

// Facts about what the person has already seen, not settings: they stay out of the Settings
// object, its export and its sync.
const KEYS = {
  welcomed: DB_KEYS.seenWelcome,
  privateNotice: DB_KEYS.seenPrivateNotice,
} as const;

/** Something the person has been shown once and need not see again. */
export type Notice = keyof typeof KEYS;

/** Whether `notice` has been seen (or dismissed) already. */
export async function hasSeen(notice: Notice): Promise<boolean> {
  return (await readDb(KEYS[notice])) === true;
}

/** Records that `notice` has been seen, for good. */
export function markSeen(notice: Notice): Promise<void> {
  return serially(() => writeDb(KEYS[notice], true));
}

/**
 * Marks `notice` seen and says whether this was the first time, in one turn of the queue, so
 * two callers at once never both see a first time.
 */
export function seeOnce(notice: Notice): Promise<boolean> {
  return serially(async () => {
    if (await hasSeen(notice)) return false;
    await writeDb(KEYS[notice], true);
    return true;
  });
}
