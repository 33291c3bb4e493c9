import { isTouchableUrl } from '../page-access';
import type { SaveResult } from '../protocol';
import { parseSettings } from '../settings/parse';
import { loadSettings } from '../settings/store';
import { saveAndShare } from '../settings/sync';
import { describeSite } from '../site-pattern';
import { serially } from './queue';
import { changeThenReconcile } from './reconcile';
import { currentStatus } from './status';

/**
 * Adds the site of the page at `url` to the sites that wait until morning. It only tightens the
 * plan, so it applies at once, even at night. Pages the browser keeps to itself are refused,
 * and a site already listed is left as it is.
 */
export async function pauseSite(url: string): Promise<SaveResult | null> {
  const site = isTouchableUrl(url) ? describeSite(url) : null;
  if (!site) return null;
  // Read, change and write in one turn of the queue, so no other change is lost in between.
  const outcome = await changeThenReconcile(async (): Promise<SaveResult | 'saved' | null> => {
    const { settings } = await loadSettings();
    if (settings.blocking.sites.includes(site)) return null;
    const parsed = parseSettings({
      ...settings,
      blocking: { ...settings.blocking, sites: [...settings.blocking.sites, site] },
    });
    if (!parsed.ok) return parsed;
    await saveAndShare(parsed.settings, Date.now());
    return 'saved';
  });
  if (outcome !== 'saved') return outcome;
  return { ok: true, status: await serially(() => currentStatus(Date.now())) };
}
