import { createStore, get, set, type UseStore } from 'idb-keyval';

// The background's own store (as settings/store.ts). These are facts about what the person has
// already seen, not settings: they stay out of the Settings object, its export and its sync.
let db: UseStore | undefined;
const store = () => (db ??= createStore('quiet-hours', 'kv'));

/** One key each, so marking one is a single write that no other change can race. */
const KEYS = {
  /** The welcome page has been opened once; it is never opened again. */
  welcomed: 'seen-welcome',
  /** "Got it" was pressed on the private-window notice. */
  privateNotice: 'seen-private-notice',
} as const;

/** Something the person has been shown once and need not see again. */
export type Notice = keyof typeof KEYS;

/** Whether `notice` has been seen (or dismissed) already. */
export async function hasSeen(notice: Notice): Promise<boolean> {
  return (await get(KEYS[notice], store())) === true;
}

/** Records that `notice` has been seen, for good. */
export async function markSeen(notice: Notice): Promise<void> {
  await set(KEYS[notice], true, store());
}
