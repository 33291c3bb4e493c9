import { t } from '../../utils/i18n';

/**
 * What Quiet Hours keeps and sends, in a few words, at the end of the settings page: the same
 * promises as PRIVACY.md, which the stores link to. It is told here rather than linked, since a
 * link would leave the browser and Quiet Hours itself never goes online.
 */
export function PrivacySection() {
  return (
    <section aria-labelledby="qh-privacy-heading">
      <h2 id="qh-privacy-heading">{t('options_privacy_heading')}</h2>
      <ul>
        <li>{t('options_privacy_nothing_sent')}</li>
        <li>{t('options_privacy_stored')}</li>
        <li>{t('options_privacy_sync')}</li>
        <li>{t('options_privacy_pages')}</li>
      </ul>
    </section>
  );
}
