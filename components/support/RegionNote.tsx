import { browser } from '../../utils/browser';
import { t } from '../../utils/i18n';
import { REGION_NAMES } from '../../utils/support/region-names';
import type { Region } from '../../utils/support/regions';
import { REGION_ANCHOR } from '../RegionPicker';
import { NewTabLink } from './NewTabLink';

/**
 * Whose helplines these are, with a way to change it on the settings page. Before the person
 * has chosen (and their language names no country) it asks them to.
 */
export function RegionNote({ region }: { region: Region | null }) {
  const href = `${browser.runtime.getURL('/options.html')}#${REGION_ANCHOR}`;
  return (
    <p class="qh-support-region">
      {region === null
        ? `${t('support_region_ask')} `
        : region === 'other'
          ? null
          : `${t('support_region_for', REGION_NAMES[region]())} `}
      <NewTabLink href={href}>
        {region === null ? t('support_region_choose') : t('support_region_change')}
      </NewTabLink>
    </p>
  );
}
