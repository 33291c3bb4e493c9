import { webUrl } from './web-url';

/** A site as the blocking rules, the dimming exclusions and the matching read it. */
export interface SitePattern {
  /** Punycode host without `www.` or trailing dot, an IPv4 address, or `[IPv6]`. */
  host: string;
  /** Path prefix, `''` or starting with `/`, without trailing slash; its case is kept. */
  path: string;
}

/**
 * What `parseSitePattern` makes of an entry: the site, with `value` (host then path) as
 * settings store it, or a refusal.
 */
export type SitePatternResult = ({ ok: true; value: string } & SitePattern) | { ok: false };

/**
 * Longest canonical pattern (`host` plus `/path`). Each pattern becomes one `regexFilter`, and
 * Chromium refuses a regex that compiles past 2 KB: with the rules' regex shape, 78 characters
 * was the most Chromium 156 took, so this leaves a margin.
 */
export const MAX_SITE_PATTERN_LENGTH = 72;

const REFUSED: SitePatternResult = { ok: false };
const SCHEME = /^([a-z][a-z0-9+.-]*):(\/\/)?/i;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * Parses what a user typed for a site (`youtube.com`, `https://WWW.YouTube.com/`,
 * `news.example.org/live`, `bücher.de`) into its canonical form: the punycode host without
 * `www.` (or an IP address), plus a path prefix without trailing slash. Scheme, host case,
 * port, query, fragment and a trailing dot are dropped. Single-label hosts (`localhost`), `*`,
 * spaces, user info and non-web schemes are refused.
 */
export function parseSitePattern(input: string): SitePatternResult {
  const text = input.trim();
  if (!text || /[\s*\\]/.test(text)) return REFUSED;
  const rest = withoutScheme(text);
  if (rest === null || /^[/?#@]/.test(rest)) return REFUSED;
  const url = webUrl('http://' + rest);
  if (!url || url.username || url.password) return REFUSED;
  const host = canonicalHost(url.hostname);
  if (!host) return REFUSED;
  // The URL parser reads `1.2.3` and `010.0.0.1` as other addresses; take IPs only as written.
  if (IPV4.test(host) && !rest.startsWith(host)) return REFUSED;
  const path = url.pathname.replace(/\/+$/, '');
  const value = host + path;
  return value.length <= MAX_SITE_PATTERN_LENGTH ? { ok: true, value, host, path } : REFUSED;
}

/** RFC 3986's unreserved characters: a server reads `%6C` as `l`, so matching does too. */
const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/**
 * A URL path the way servers read it: percent-encoded unreserved characters decoded and runs of
 * slashes read as one, so `//live` and `/%6Cive` are `/live`. Other escapes stay as they are,
 * so `%2F` is never taken for a separator.
 */
export function serverPath(path: string): string {
  return path
    .replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
      const char = String.fromCharCode(parseInt(hex, 16));
      return UNRESERVED.test(char) ? char : escape;
    })
    .replace(/\/{2,}/g, '/');
}

/**
 * Whether a page URL falls under a site pattern: same host or a subdomain of it, and the path
 * at or below the pattern's path, segment by segment (`;` parameters included), both read the
 * way servers read them (`serverPath`). Only http(s) URLs ever match. Path case is ignored, as
 * the blocking rules ignore it, so `/Live` cannot slip past `/live`.
 */
export function siteMatches(pattern: string, url: string): boolean {
  const parsed = parseSitePattern(pattern);
  return parsed.ok && underHostAndPath(parsed.host, parsed.path, url);
}

/**
 * `siteMatches` for a pattern already in canonical form (`host` or `host/path`, as parsed
 * settings and the published night hold them), without parsing it again: small enough for a
 * content script that goes into every frame.
 */
export function canonicalSiteMatches(canonical: string, url: string): boolean {
  const cut = canonical.indexOf('/');
  return cut < 0
    ? underHostAndPath(canonical, '', url)
    : underHostAndPath(canonical.slice(0, cut), canonical.slice(cut), url);
}

function underHostAndPath(host: string, patternPath: string, url: string): boolean {
  const page = webUrl(url);
  if (!page) return false;
  const path = serverPath(patternPath).toLowerCase();
  const pageHost = page.hostname.replace(/\.$/, '');
  if (pageHost !== host && !pageHost.endsWith('.' + host)) return false;
  const pagePath = serverPath(page.pathname).toLowerCase();
  return (
    !path || pagePath === path || pagePath.startsWith(path + '/') || pagePath.startsWith(path + ';')
  );
}

/**
 * Whether a canonical host is an address rather than a name (`10.0.0.1`, `[::1]`), so it has
 * no subdomains to cover.
 */
export function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/**
 * The canonical site of a page (its host without `www.`), for one-click actions such as
 * "never dim this site"; `null` for pages that are not on the web or have no site name.
 */
export function describeSite(url: string): string | null {
  const page = webUrl(url);
  return page && canonicalHost(page.hostname);
}

/** The text after an http(s) scheme; the text itself when there is none; null for other schemes. */
function withoutScheme(text: string): string | null {
  const match = SCHEME.exec(text);
  if (!match) return text.startsWith('//') ? text.slice(2) : text;
  const after = text.slice(match[0].length);
  // `example.org:8080` looks like a scheme followed by a port; it is a host.
  if (!match[2] && /^\d+(?:[/?#]|$)/.test(after)) return text;
  const scheme = (match[1] ?? '').toLowerCase();
  return match[2] && (scheme === 'http' || scheme === 'https') ? after : null;
}

/** A parsed hostname without trailing dot and `www.`, or null when it is not a site's name. */
function canonicalHost(hostname: string): string | null {
  if (hostname.startsWith('[')) return hostname;
  const host = hostname.replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2 || host.length > 253) return null;
  if (!labels.every((label) => label.length <= 63 && LABEL.test(label))) return null;
  // `www.com` is a site of its own; only strip `www.` when a site name is left.
  return labels[0] === 'www' && labels.length > 2 ? labels.slice(1).join('.') : host;
}
