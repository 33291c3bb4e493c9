import type { LiveState } from './live-state';
import { LIVE_STATE_KEY } from './storage/live-key';

/** A message's sender, as the browser describes it to a content script. */
export interface PageMessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
type MessageListener = (
  message: unknown,
  sender: PageMessageSender,
  respond: (answer: unknown) => void,
) => void;

/**
 * The few extension APIs the scripts that run in web pages need, straight from the browser.
 * Those scripts go into every page and frame at night, so they do without the polyfill and the
 * messaging library (together most of their size and start-up cost). Both browsers return
 * promises for these calls in content scripts (Chromium's MV3 `chrome`, Firefox's `browser`).
 */
export interface PageApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
}

/** The browser's own extension API object in this script's world. */
export function pageApi(): PageApi {
  const g = globalThis as { browser?: PageApi; chrome?: PageApi };
  return (g.browser ?? g.chrome)!;
}

/**
 * Whether this script's extension is still there. After an update or a reload Chromium leaves
 * old copies running with a dead context, where `runtime.id` is gone or reading it throws.
 */
export function extensionAlive(): boolean {
  try {
    return !!pageApi().runtime?.id;
  } catch {
    return false;
  }
}

/**
 * What no published state means: quiet hours are not running. Only what the page scripts read,
 * so the full idle state does not travel into every page.
 */
const NOT_RUNNING = { phase: 'off', neverTouch: [] } as Partial<LiveState> as LiveState;

/** The night as the background published it; no state at all means quiet hours are not on. */
export async function readPublishedNight(): Promise<LiveState> {
  const stored = await pageApi().storage.local.get(LIVE_STATE_KEY);
  return (stored[LIVE_STATE_KEY] as LiveState | undefined) ?? NOT_RUNNING;
}

/** Calls `listener` with each newly published night; returns the way to stop listening. */
export function onPublishedNight(listener: (live: LiveState) => void): () => void {
  const onChanged: StorageListener = (changes, area) => {
    const change = area === 'local' ? changes[LIVE_STATE_KEY] : undefined;
    // A removed state reads as no night at all.
    if (change) listener((change.newValue as LiveState | undefined) ?? NOT_RUNNING);
  };
  const { onChanged: events } = pageApi().storage;
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}
