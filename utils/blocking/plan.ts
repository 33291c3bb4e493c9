import type { Phase } from '../schedule';
import type { Settings } from '../settings/schema';
import { siteMatches } from '../site-pattern';
import { liveAllowances, type TimedAllowance } from './allowances';

/** What blocking should look like right now. */
export interface BlockingPlan {
  /** Sites sent to the pause page. */
  blocked: string[];
  /** Sites let through although a blocked site covers them: never-touch entries, allowances. */
  allowed: string[];
  /** The allowances still running. */
  allowances: TimedAllowance[];
}

/** Nothing blocked: the plan for the day. */
export const NO_BLOCKING: BlockingPlan = { blocked: [], allowed: [], allowances: [] };

/**
 * The blocking the night calls for. By day, nothing. At night, the listed sites, except those
 * a never-touch entry covers; a never-touch entry inside a blocked site (`music.example.org`
 * under `example.org`) and each running allowance become allow rules, so never-touch wins.
 */
export function blockingPlan(
  settings: Pick<Settings, 'blocking' | 'neverTouch'>,
  phase: Phase,
  allowances: readonly TimedAllowance[],
  now: number,
): BlockingPlan {
  if (phase === 'off') return NO_BLOCKING;
  const { neverTouch } = settings;
  const covers = (outer: string, inner: string) => siteMatches(outer, `http://${inner}`);
  const blocked = settings.blocking.sites.filter(
    (site) => !neverTouch.some((spared) => covers(spared, site)),
  );
  const spared = neverTouch.filter((entry) => blocked.some((site) => covers(site, entry)));
  const running = liveAllowances(allowances, blocked, now);
  return {
    blocked,
    allowed: [...new Set([...spared, ...running.map((a) => a.site)])],
    allowances: running,
  };
}

/** Whether the plan sends `url` to the pause page. */
export function isBlocked(plan: BlockingPlan, url: string): boolean {
  return (
    plan.blocked.some((site) => siteMatches(site, url)) &&
    !plan.allowed.some((site) => siteMatches(site, url))
  );
}
