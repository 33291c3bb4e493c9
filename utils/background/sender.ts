import { browser, type Runtime } from '../browser';

/**
 * Whether a message comes from one of the extension's own pages (popup, options, pause page).
 * Content scripts share our extension id but report the web page's URL, so the URL decides.
 */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(base)
  );
}
