import { t } from '../../utils/i18n';
import { downloadText } from '../../utils/export-file';
import { sendMessage, type Status } from '../../utils/protocol';

/** The name the set-aside settings are downloaded under. */
export const BACKUP_FILE_NAME = 'quiet-hours-unreadable-settings.json';

/**
 * Shown when stored settings could not be read and defaults took over: says so, offers the
 * set-aside raw value for download, and lets the user dismiss it (which forgets that value).
 */
export function RecoveredNotice({ onDismissed }: { onDismissed: (status: Status) => void }) {
  async function download() {
    const raw = await sendMessage('getBackup');
    if (raw !== null) downloadText(raw, BACKUP_FILE_NAME);
  }
  return (
    <section class="qh-notice" aria-labelledby="qh-recovered-heading">
      <h2 id="qh-recovered-heading">{t('options_recovered_heading')}</h2>
      <p>{t('options_recovered_text')}</p>
      <div class="qh-button-row">
        <button type="button" onClick={() => void download()}>
          {t('options_recovered_download')}
        </button>
        <button type="button" onClick={() => void sendMessage('clearBackup').then(onDismissed)}>
          {t('options_recovered_dismiss')}
        </button>
      </div>
    </section>
  );
}
