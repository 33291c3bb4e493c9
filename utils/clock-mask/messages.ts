import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser, type Runtime } from '../browser';

/** What a page's clock mask is doing. */
export type ClockMaskState = 'masking' | 'revealed' | 'idle';

/**
 * Messages the popup sends to the clock mask in a tab. The mask has its own channel: the
 * messaging library allows one listener per message type per context, and these never go
 * through the background.
 */
export interface ClockMaskProtocol {
  /** What the mask in this page is doing. */
  clockMaskState(): ClockMaskState;
  /** Shows the times on this page until it is reloaded or closed. */
  revealClockTimes(): ClockMaskState;
}

export const clockMaskMessaging = defineExtensionMessaging<ClockMaskProtocol>();

/**
 * Whether a message reaching a content script comes from the extension itself: its background
 * or popup (no tab), or one of its own pages open in a tab. Other content scripts, ours in
 * other pages included, are refused.
 */
export function isFromExtension(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
