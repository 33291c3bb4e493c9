import { t } from '../../utils/i18n';
import { sendMessage, type Status } from '../../utils/protocol';

/**
 * Shown when the browser had cleared the stored settings and the last saved ones were put back
 * from their mirror: says so calmly, once, until the user dismisses it.
 */
export function RestoredNotice({ onDismissed }: { onDismissed: (status: Status) => void }) {
  return (
    <section class="qh-notice" aria-labelledby="qh-restored-heading">
      <h2 id="qh-restored-heading">{t('options_restored_heading')}</h2>
      <p>{t('options_restored_text')}</p>
      <div class="qh-button-row">
        <button type="button" onClick={() => void sendMessage('dismissRestored').then(onDismissed)}>
          {t('options_restored_dismiss')}
        </button>
      </div>
    </section>
  );
}
