import { browser } from '../browser';
import { loadAllowances, saveAllowances, type TimedAllowance } from '../blocking/allowances';
import { blockingPlan, isBlocked, type BlockingPlan } from '../blocking/plan';
import { PAUSE_PAGE_PATH, pauseUrlFor } from '../blocking/pause-url';
import { reconcileRules, type DynamicRulesApi } from '../blocking/reconcile-rules';
import { blockingRules } from '../blocking/rules';
import { loadSettings } from '../settings/store';
import { readLiveState } from '../storage/local';
import { isWebUrl, viewedUrl } from '../web-url';
import { ALARM, ensureAlarm } from './alarms';
import type { Feature } from './feature';
import { forEachTab } from './tabs';

/** The browser's dynamic rules (Chromium MV3 and Firefox MV2 both have them). */
function dnr(): DynamicRulesApi {
  return (browser as unknown as { declarativeNetRequest: DynamicRulesApi }).declarativeNetRequest;
}

/** The pause page's address for a blocked URL. */
export function pausePageFor(url: string): string {
  return pauseUrlFor(browser.runtime.getURL(PAUSE_PAGE_PATH), url);
}

/**
 * Brings the browser in line with a plan: the dynamic rules, the stored allowances (expired
 * ones dropped), the alarm for the next expiry, and open tabs on a blocked site, which move
 * to the pause page keeping their address.
 */
export async function applyBlockingPlan(plan: BlockingPlan, stored: TimedAllowance[]) {
  const rules = blockingRules(
    plan.blocked,
    plan.allowed.map((site) => ({ site })),
    browser.runtime.getURL(PAUSE_PAGE_PATH),
  );
  await reconcileRules(dnr(), rules);
  if (stored.length !== plan.allowances.length) await saveAllowances(plan.allowances);
  // Wakes the background when the first allowance runs out.
  const ends = plan.allowances.map((a) => a.until);
  await ensureAlarm(ALARM.allowanceEnd, ends.length ? Math.min(...ends) : null);
  if (plan.blocked.length === 0) return;
  // Any tab on a blocked site moves, even one showing a page we may not change (a PDF).
  await forEachTab(
    (tab) => browser.tabs.update(tab.id, { url: pausePageFor(viewedUrl(tab.url)) }),
    (url) => isBlocked(plan, viewedUrl(url)),
  );
}

/**
 * Chosen sites wait behind the pause page while the night is not off; by day none of our
 * rules remain and allowances are forgotten.
 */
export const blockingFeature: Feature = {
  name: 'blocking',
  async apply({ now, settings, night }) {
    const stored = await loadAllowances();
    await applyBlockingPlan(blockingPlan(settings, night.phase, stored, now), stored);
  },
};

/**
 * Catches what the redirect rules do not see: `history.pushState` onto a blocked site,
 * back/forward restores from the page cache, a path spelt the way the rules cannot afford
 * (`/%6Cive`), and a listed page opened in Reader View or as its source where the browser
 * tells us the tab's address. Registered at start, in the first turn.
 */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void guardTab(tabId, change.url);
  });
}

/** Sends the tab to the pause page if the night blocks `url` (or the page a viewer shows there). */
export async function guardTab(tabId: number, address: string, now = Date.now()): Promise<boolean> {
  const url = viewedUrl(address);
  if (!isWebUrl(url)) return false;
  const live = await readLiveState();
  if (live.phase === 'off') return false;
  const [{ settings }, stored] = await Promise.all([loadSettings(), loadAllowances()]);
  if (!isBlocked(blockingPlan(settings, live.phase, stored, now), url)) return false;
  await browser.tabs.update(tabId, { url: pausePageFor(url) }).catch(() => undefined);
  return true;
}
