import { t } from '../utils/i18n';

/**
 * The words that lead the popup and the pause page when hard nights pile up (issue 17): several
 * hard nights are when support matters more, and reaching out is a signal, not a failure.
 */
export function NightsLead() {
  return <p class="qh-nights-lead">{t('nights_lead')}</p>;
}
