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
