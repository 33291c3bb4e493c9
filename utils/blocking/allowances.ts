import { siteMatches } from '../site-pattern';
import { DB_KEYS, readDb, writeDb } from '../storage/db';

/** One site opened for a while from the pause page. */
export interface TimedAllowance {
  /** The listed site pattern that is let through. */
  site: string;
  /** Epoch milliseconds after which the site waits again. */
  until: number;
}

/** The allowances as stored, expired ones included (reconcile drops those). */
export async function loadAllowances(): Promise<TimedAllowance[]> {
  const stored = await readDb<TimedAllowance[]>(DB_KEYS.allowances);
  return Array.isArray(stored) ? stored : [];
}

/** Replaces the stored allowances. */
export async function saveAllowances(allowances: TimedAllowance[]): Promise<void> {
  await writeDb(DB_KEYS.allowances, allowances);
}

/**
 * The allowances still running at `now`, for sites still on the list. Decided by the clock, so
 * an alarm missed while the computer slept cannot leave a site open.
 */
export function liveAllowances(
  allowances: readonly TimedAllowance[],
  sites: readonly string[],
  now: number,
): TimedAllowance[] {
  return allowances.filter((a) => a.until > now && sites.includes(a.site));
}

/**
 * The listed site a URL falls under, the most specific when several do (`news.example.org/live`
 * before `example.org`), so an allowance opens as little as possible; null when none does.
 */
export function listedSiteFor(url: string, sites: readonly string[]): string | null {
  const hits = sites.filter((site) => siteMatches(site, url));
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}
