import { isTouchableUrl } from '../page-access';
import type { SaveResult } from '../protocol';
import { parseSettings } from '../settings/parse';
import { describeSite } from '../site-pattern';
import { tightenNow } from './pending';
import { serially } from './queue';
import { changeThenReconcile } from './reconcile';
import { currentStatus } from './status';

/**
 * Adds the site of the page at `url` to the sites that wait until morning. It only tightens the
 * plan, so it applies at once, even at night, and joins what waits too, so the morning keeps it.
 * Pages the browser keeps to itself are refused, and a site already listed is left as it is.
 */
export async function pauseSite(url: string): Promise<SaveResult | null> {
  const site = isTouchableUrl(url) ? describeSite(url) : null;
  if (!site) return null;
  // Read, change and write in one turn of the queue, so no other change is lost in between.
  // A refusal (a full list) is said once, whether the plan in force or the one waiting hit it.
  let refused: SaveResult | null = null;
  const added = await changeThenReconcile(() =>
    tightenNow((settings) => {
      if (settings.blocking.sites.includes(site)) return null;
      const parsed = parseSettings({
        ...settings,
        blocking: { ...settings.blocking, sites: [...settings.blocking.sites, site] },
      });
      if (parsed.ok) return parsed.settings;
      refused ??= parsed;
      return null;
    }, Date.now()),
  );
  if (!added) return refused;
  return { ok: true, status: await serially(() => currentStatus(Date.now())) };
}
