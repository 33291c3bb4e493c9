import { isWebUrl } from '../web-url';

/** Path of the pause page inside the extension. */
export const PAUSE_PAGE_PATH = '/blocked.html';

/**
 * The pause page's address for a blocked URL, in the same shape the redirect rules produce:
 * the page, `#`, then the original URL verbatim.
 */
export function pauseUrlFor(pageUrl: string, original: string): string {
  return `${pageUrl}#${original}`;
}

/**
 * The blocked address carried by a pause page URL: everything after the first `#`, since the
 * original may carry its own fragment. Only http(s) addresses count, so the page never offers
 * to open anything else; null otherwise.
 */
export function originalUrlFrom(pauseUrl: string): string | null {
  const hash = pauseUrl.indexOf('#');
  if (hash < 0) return null;
  const original = pauseUrl.slice(hash + 1);
  return isWebUrl(original) ? original : null;
}
