import { browser, type Storage } from '../browser';
import { IDLE_STATE, type LiveState } from '../live-state';
import { LIVE_STATE_KEY } from './live-key';

// Items in the browser's extension storage. Unlike the IndexedDB (db.ts), content scripts read
// these too, and `storage.onChanged` tells every context when one changes.

/** `local` persists; `session` is emptied when the browser quits. */
export type ItemArea = 'local' | 'session';

/** One typed value in the extension's `storage.local` or `storage.session`. */
export interface StoredItem<T> {
  readonly area: ItemArea;
  readonly key: string;
  /** The stored value, or the item's fallback when nothing is stored. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /**
   * The item's new value when a `storage.onChanged` event (`changes` in `area`) touched it,
   * wrapped so a removal reads as the fallback; `undefined` when the event is about something else.
   */
  changed(changes: Record<string, Storage.StorageChange>, area: string): { value: T } | undefined;
}

// Browsers without `storage.session` keep session items in `local`.
const areaApi = (area: ItemArea) =>
  area === 'session' ? (browser.storage.session ?? browser.storage.local) : browser.storage.local;

/** Declares an item: its area, its key and what reading it gives when nothing is stored. */
function storedItem<T>(area: ItemArea, key: string, fallback: T): StoredItem<T> {
  return {
    area,
    key,
    async get() {
      const stored = await areaApi(area).get(key);
      return (stored[key] as T | undefined) ?? fallback;
    },
    set: (value) => areaApi(area).set({ [key]: value }),
    changed(changes, changedArea) {
      if (changedArea !== area || !(key in changes)) return undefined;
      return { value: (changes[key]!.newValue as T | undefined) ?? fallback };
    },
  };
}

/** What was last put into open tabs with `insertCSS`, so it can be taken out again. */
export interface InsertedRecord {
  css: string;
  /** The sites dimming left alone (`LiveState.undimmed`); absent in a record from before v4. */
  undimmed?: string[];
}

/**
 * The night as the background last worked it out, published so content scripts and pages can
 * read it without waking the background (and so a restarted worker can tell what it had applied).
 */
export const LIVE_STATE = storedItem<LiveState>('local', LIVE_STATE_KEY, IDLE_STATE);

/**
 * The last full reconcile: when it worked the night out and until when that holds. A worker
 * start reads it to tell whether anything is due (`reconcileIfDue`). It is kept apart from the
 * published state on purpose: it changes on every reconcile, and content scripts in every tab
 * would hear each change of `LIVE_STATE`; and it is written only once every feature has been
 * applied, so a worker stopped midway leaves no mark. Per session: a browser start, an update
 * or a reload of the extension empties it (and reconciles anyway).
 */
export interface ReconcileMark {
  /** The `now` the night was worked out for (epoch ms): a clock now earlier was set back. */
  at: number;
  /** When the night next needs working out again (epoch ms), see `recheckAt`. */
  recheckAt: number;
  /** The zone the browser reported then, so a wake after travel works the night out again. */
  browserZone: string;
}

/** The last full reconcile, or null while none has finished (one under way, or none yet). */
export const RECONCILED = storedItem<ReconcileMark | null>('session', 'reconciled', null);

/** The CSS dimming inserted into open tabs. Per session: a browser restart reloads every tab. */
export const DIM_INSERTED = storedItem<InsertedRecord | undefined>(
  'session',
  'dimInserted',
  undefined,
);

/**
 * True from the first dimming of a night until every open tab has had the neutral sheet.
 * Registered files outlive the session record of inserted CSS (a browser quit at night comes
 * back with its tabs holding them), so this, not that record, says whether tabs may still be dim.
 */
export const DIM_MAY_LINGER = storedItem<boolean>('local', 'dimMayLinger', false);

/**
 * A copy of the settings as last saved, with when (`Date.now()` at the save; 0 for settings
 * saved before stamps were kept). Unchecked: it goes through `parseSettings` before use.
 */
export interface SavedSettings {
  savedAt: number;
  settings: unknown;
}

/**
 * The last saved settings, kept beside the IndexedDB copy: browsers can clear an extension's
 * IndexedDB with a site's data, and this lets the settings come back instead of the defaults.
 */
export const SETTINGS_MIRROR = storedItem<SavedSettings | undefined>(
  'local',
  'settingsMirror',
  undefined,
);

/** Whether this browser keeps its settings the same as the user's other browsers. Per device. */
export interface SyncChoice {
  /** Settings go to, and come from, the browser's own sync. */
  settings: boolean;
  /** Contacts go too (phone numbers are personal, so only when asked). */
  contacts: boolean;
}

/** This browser's choice about sync: settings on, contacts off unless the user ticks them. */
export const SYNC_CHOICE = storedItem<SyncChoice>('local', 'syncChoice', {
  settings: true,
  contacts: false,
});

/** The last published state, or the idle one. */
export function readLiveState(): Promise<LiveState> {
  return LIVE_STATE.get();
}

/** Publishes `state`, writing only when it differs so listeners hear real changes only. */
export async function publishLiveState(state: LiveState): Promise<boolean> {
  const stored = await browser.storage.local.get(LIVE_STATE.key);
  if (JSON.stringify(stored[LIVE_STATE.key]) === JSON.stringify(state)) return false;
  await LIVE_STATE.set(state);
  return true;
}

/**
 * When the "pause for tonight" shortcut last asked the popup to put its question (`Date.now()`),
 * 0 once the popup has taken it. Per session: a request from before a restart is stale anyway.
 */
export const PAUSE_ASKED = storedItem<number>('session', 'pauseAsked', 0);
