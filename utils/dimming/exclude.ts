import { isIpHost, parseSitePattern } from '../site-pattern';

/**
 * Match patterns covering the sites dimming leaves alone (never touched, or not dimmed), for the registration's `excludeMatches`, so the
 * browser itself leaves those pages alone from their first frame. `*.host` covers the host and
 * its subdomains, as site patterns do; a path covers itself, its query and what lies below.
 * Match patterns compare paths case by case, so `/Live` under a `/live` entry is not excluded
 * by the browser; the popup and open tabs use `siteMatches`, which ignores case.
 */
export function excludeMatchesFor(undimmed: string[]): string[] {
  const patterns = new Set<string>();
  for (const entry of undimmed) {
    const parsed = parseSitePattern(entry);
    if (!parsed.ok) continue;
    const { host, path } = parsed;
    const hostPart = isIpHost(host) ? host : `*.${host}`;
    if (!path) patterns.add(`*://${hostPart}/*`);
    else for (const tail of ['', '?*', '/*']) patterns.add(`*://${hostPart}${path}${tail}`);
  }
  return [...patterns];
}
