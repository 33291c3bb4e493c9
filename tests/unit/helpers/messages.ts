import { fakeBrowser } from 'wxt/testing';
import { EXTENSION_PAGES, MESSAGE_SENDERS } from '../../../utils/message-senders';
import type { ProtocolMap } from '../../../utils/protocol';

/** A sender as the browser describes one of the extension's own pages (the options page unless told). */
export const extensionPage = (path = '/options.html') => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(path as '/options.html'),
});

/** A sender as the browser describes a content script running in a web page. */
export const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://example.com/',
  tab: { id: 7 },
});

/** A sender as the browser describes the first of our pages allowed to send `type`. */
export const allowedPage = (type: keyof ProtocolMap) =>
  extensionPage(EXTENSION_PAGES[MESSAGE_SENDERS[type][0]!]);

/**
 * Delivers a message the way the browser would, in @webext-core/messaging's wire format, and
 * returns what the background answered: `{ res }` or `{ err }`. It comes from a page allowed to
 * send it unless `sender` says otherwise.
 */
export async function deliver<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  sender: object = allowedPage(type),
): Promise<{ res?: ReturnType<ProtocolMap[K]>; err?: { message: string } }> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: Date.now() },
    sender as never,
  );
  return answers.find(Boolean) as never;
}
