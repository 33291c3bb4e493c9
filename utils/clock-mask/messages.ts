import { pageApi, type PageMessageSender } from '../page-api';

/** What a page's clock mask is doing. */
export type ClockMaskState = 'masking' | 'revealed' | 'idle';

/**
 * What the popup asks the clock mask in a tab: what it is doing, or to show the page's times
 * until it is reloaded or closed. The mask has its own small channel, straight from the popup
 * and never through the background, so the script in every page needs no messaging library.
 */
export interface ClockMaskAsk {
  clockMask: 'state' | 'reveal';
}

/** Whether `message` is one of the popup's questions to the clock mask. */
export function isClockMaskAsk(message: unknown): message is ClockMaskAsk {
  const ask = (message as Partial<ClockMaskAsk> | null)?.clockMask;
  return ask === 'state' || ask === 'reveal';
}

/** Whether `answer` is what a clock mask says it is doing. */
export function isClockMaskState(answer: unknown): answer is ClockMaskState {
  return answer === 'masking' || answer === 'revealed' || answer === 'idle';
}

/**
 * Answers the popup's questions in this frame with `answer` (synchronously, which both browsers
 * take); returns the way to stop answering.
 */
export function answerClockMaskAsks(answer: (ask: ClockMaskAsk) => ClockMaskState): () => void {
  const { onMessage } = pageApi().runtime;
  const listener = (
    message: unknown,
    sender: PageMessageSender,
    respond: (state: ClockMaskState) => void,
  ) => {
    if (isClockMaskAsk(message) && isFromExtension(sender)) respond(answer(message));
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

/**
 * Whether a message reaching a content script comes from the extension itself: its background
 * or popup (no tab), or one of its own pages open in a tab. Other content scripts, ours in
 * other pages included, are refused.
 */
export function isFromExtension(sender: PageMessageSender): boolean {
  const { runtime } = pageApi();
  if (sender.id !== runtime.id) return false;
  if (!sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(runtime.getURL('/'));
}
