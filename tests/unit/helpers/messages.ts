import { fakeBrowser } from 'wxt/testing';
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

/**
 * Delivers a message the way the browser would, in @webext-core/messaging's wire format, and
 * returns what the background answered: `{ res }` or `{ err }`.
 */
export async function deliver<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  sender: object = extensionPage(),
): Promise<{ res?: ReturnType<ProtocolMap[K]>; err?: { message: string } }> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: Date.now() },
    sender as never,
  );
  return answers.find(Boolean) as never;
}
