/**
 * The address as a parsed URL when it is on the web (http or https), else `null`. The one
 * place that decides "is this http(s)": the URL parser reads the scheme in any case, trims
 * surrounding spaces and converts international names, so every caller agrees.
 */
export function webUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Whether `value` is an http(s) address. Anything else (`javascript:`, `file:`, browser pages,
 * text that is not an address, a value that is not a string) is not, so nothing else is ever
 * opened, linked or stored as a web address.
 */
export function isWebUrl(value: unknown): value is string {
  return typeof value === 'string' && webUrl(value) !== null;
}

/** Firefox's Reader View: the page it shows is in `url` (`about:reader?url=https%3A…`). */
const READER = 'about:reader?';
const VIEW_SOURCE = 'view-source:';

/**
 * The address a browser viewer shows when the tab's own address wraps it: Firefox's Reader
 * View and `view-source:`. Anything else is returned as it is. Only a web address inside
 * counts, so the blocking check then reads the page the person actually sees.
 */
export function viewedUrl(url: string): string {
  if (url.startsWith(VIEW_SOURCE)) return url.slice(VIEW_SOURCE.length);
  if (!url.startsWith(READER)) return url;
  return new URLSearchParams(url.slice(READER.length)).get('url') ?? url;
}
