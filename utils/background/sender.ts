import { browser, type Runtime } from '../browser';
import { EXTENSION_PAGES, MESSAGE_SENDERS, type ExtensionPage } from '../message-senders';
import type { ProtocolMap } from '../protocol';

/**
 * Which of the extension's own pages (popup, options, pause page) a message comes from, or
 * `undefined` for anything else. Content scripts share our extension id but report the web
 * page's URL, so the URL decides; its query and hash (the pause page's address) do not count.
 */
export function senderPage(sender: Runtime.MessageSender): ExtensionPage | undefined {
  const base = browser.runtime.getURL('/');
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return undefined;
  if (!sender.url.startsWith(base)) return undefined;
  const path = new URL(sender.url).pathname;
  return (Object.keys(EXTENSION_PAGES) as ExtensionPage[]).find(
    (page) => EXTENSION_PAGES[page] === path,
  );
}

/** Whether `sender` is one of the pages allowed to send `type` (see `MESSAGE_SENDERS`). */
export function maySend(type: keyof ProtocolMap, sender: Runtime.MessageSender): boolean {
  const page = senderPage(sender);
  return page !== undefined && MESSAGE_SENDERS[type].includes(page);
}
