/**
 * Whether the browser lets extensions change a page at this address. Browsers refuse their own
 * pages (chrome://, about:, the PDF viewer), other extensions' pages and the web stores; we
 * leave those alone without trying, so nothing errors and the popup can say why.
 */
export function isTouchableUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:')
    return false;
  const host = parsed.hostname;
  if (host === 'chromewebstore.google.com' || host === 'addons.mozilla.org') return false;
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return false;
  if (host === 'microsoftedge.microsoft.com' && parsed.pathname.startsWith('/addons')) return false;
  // Firefox shows PDFs in its own viewer, which extensions cannot reach.
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return false;
  return true;
}
