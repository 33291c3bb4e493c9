import { listedSiteFor, loadAllowances, saveAllowances } from '../blocking/allowances';
import { blockingPlan, isBlocked } from '../blocking/plan';
import { isWebUrl } from '../web-url';
import { loadNight } from './night';
import { changeThenReconcile } from './reconcile';

/**
 * Lets the one listed site `url` falls under through for the user's `allowMinutes`, when the
 * friction setting offers that and the night blocks the URL now. The allowance is stored with
 * its end; reconcile adds the allow rule and the alarm, and drops it by the clock. True when
 * the site is open once this resolves. Runs in the queue, so two at once both count.
 */
export function allowForAWhile(url: unknown, now?: number): Promise<boolean> {
  if (!isWebUrl(url)) return Promise.resolve(false);
  return changeThenReconcile(async () => {
    const at = now ?? Date.now();
    const [{ settings, night }, stored] = await Promise.all([loadNight(at), loadAllowances()]);
    const plan = blockingPlan(settings, night.phase, stored, at);
    if (!isBlocked(plan, url)) return true;
    if (settings.blocking.friction !== 'pause') return false;
    const site = listedSiteFor(url, plan.blocked);
    if (!site) return false;
    const until = at + settings.blocking.allowMinutes * 60_000;
    await saveAllowances([...plan.allowances.filter((a) => a.site !== site), { site, until }]);
    return true;
  });
}
