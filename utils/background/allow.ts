import { listedSiteFor, loadAllowances, saveAllowances } from '../blocking/allowances';
import { blockingPlan, isBlocked } from '../blocking/plan';
import { isOverrideLive, stateAt } from '../schedule';
import { loadOverride, loadSettings } from '../settings/store';
import { hoursZone } from '../time-zone';
import { requestReconcile } from './reconcile';

/**
 * Lets the one listed site `url` falls under through for the user's `allowMinutes`, when the
 * friction setting offers that and the night blocks the URL now. The allowance is stored with
 * its end; reconcile adds the allow rule and the alarm, and drops it by the clock. True when
 * the site is open once this resolves.
 */
export async function allowForAWhile(url: unknown, now = Date.now()): Promise<boolean> {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return false;
  const [{ settings }, stored, override] = await Promise.all([
    loadSettings(),
    loadAllowances(),
    loadOverride(),
  ]);
  const phase = stateAt(
    settings.schedule,
    hoursZone(settings),
    now,
    isOverrideLive(override, now) ? override : undefined,
  ).phase;
  const plan = blockingPlan(settings, phase, stored, now);
  if (!isBlocked(plan, url)) return true;
  if (settings.blocking.friction !== 'pause') return false;
  const site = listedSiteFor(url, plan.blocked);
  if (!site) return false;
  const until = now + settings.blocking.allowMinutes * 60_000;
  await saveAllowances([...plan.allowances.filter((a) => a.site !== site), { site, until }]);
  await requestReconcile();
  return true;
}
