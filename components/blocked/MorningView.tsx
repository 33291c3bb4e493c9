import { t } from '../../utils/i18n';
import { siteMatches } from '../../utils/site-pattern';
import type { Blocking } from '../../utils/settings/schema';

/** Props for {@link MorningView}. */
export interface MorningViewProps {
  /** The address the pause page carries (already http(s) only), or null. */
  original: string | null;
  /** The user's list: only an address on it is offered. */
  sites: Blocking['sites'];
}

/**
 * A pause page found when quiet hours are not running (a tab restored in the morning, or the
 * night paused): no dead end, the site can open. Only an address on the user's list is offered
 * as a link, so a crafted pause page address can never send anyone elsewhere.
 */
export function MorningView({ original, sites }: MorningViewProps) {
  const offered = original && sites.some((site) => siteMatches(site, original)) ? original : null;
  return (
    <main class="qh-blocked">
      <h1>{t('blocked_morning_heading')}</h1>
      <p>{t('blocked_morning_lead')}</p>
      {offered ? (
        <div class="qh-blocked-address">
          <p class="qh-hint">{t('blocked_address_label')}</p>
          <p class="qh-address">
            <a href={offered}>{offered}</a>
          </p>
        </div>
      ) : null}
    </main>
  );
}
