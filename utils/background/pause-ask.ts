import { browser } from '../browser';
import { EXTENSION_PAGES } from '../message-senders';
import { PAUSE_ASKED } from '../storage/local';
import { actionApi } from './action';
import { serially } from './queue';

/** The keyboard command that asks to pause tonight (manifest `commands`, no suggested key). */
export const PAUSE_TONIGHT_COMMAND = 'pause-tonight';

/**
 * How long the shortcut's request waits for the popup to take it: time enough for a slow popup
 * to open, short enough that a later, ordinary open does not start with the question.
 */
const ASK_LASTS_MS = 20_000;

/**
 * The "pause for tonight" shortcut. A key press cannot answer a question, so it opens the
 * popup, which puts its own: the same kind question, then the breathing pause, or, when
 * loosening waits for the morning, no pause at all. Nothing pauses here. The popup is opened
 * in the key press's own turn, since Firefox lets `openPopup` run only while it handles the
 * user's action; where the browser cannot open it (Chromium before 127), the popup's page
 * opens in a tab instead.
 */
export function askToPauseTonight(now: number): Promise<void> {
  const asked = serially(() => PAUSE_ASKED.set(now));
  const action = actionApi() as { openPopup?: () => Promise<void> } | undefined;
  const opened = action?.openPopup
    ? action.openPopup()
    : Promise.reject(new Error('The browser cannot open the popup.'));
  return Promise.all([
    asked,
    opened.catch(() => browser.tabs.create({ url: browser.runtime.getURL(EXTENSION_PAGES.popup) })),
  ]).then(() => undefined);
}

/**
 * Whether the popup opening now should start with the pause question: the shortcut asked
 * for it moments ago. The request is forgotten either way, so the question is put once.
 */
export function takePauseAsk(now: number): Promise<boolean> {
  return serially(async () => {
    const at = await PAUSE_ASKED.get();
    if (at === 0) return false;
    await PAUSE_ASKED.set(0);
    return now >= at && now - at <= ASK_LASTS_MS;
  });
}
