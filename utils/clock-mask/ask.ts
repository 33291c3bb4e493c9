import { browser } from '../browser';
import { isClockMaskState, type ClockMaskAsk, type ClockMaskState } from './messages';

/**
 * Asks the clock mask in tab `tabId` (the popup's side of the mask's channel). `frameId` 0 asks
 * the top page only; without it every frame hears, so same-origin frames act on it too.
 * Rejects when no mask answers (none runs there, or the page does not let extensions in).
 */
export async function askClockMask(
  tabId: number,
  ask: ClockMaskAsk['clockMask'],
  frameId?: number,
): Promise<ClockMaskState> {
  const message: ClockMaskAsk = { clockMask: ask };
  const answer: unknown = await (frameId === undefined
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId }));
  if (!isClockMaskState(answer)) throw new Error('No clock mask answered');
  return answer;
}
