import { t } from '../../utils/i18n';
import { downloadText } from '../../utils/export-file';
import { sendMessage, type Status } from '../../utils/protocol';
import type { Settings } from '../../utils/settings/schema';

/** The name the set-aside settings are downloaded under. */
export const BACKUP_FILE_NAME = 'quiet-hours-unreadable-settings.json';

/**
 * Shown when stored settings could not be read and defaults took over: says so, offers the
 * set-aside raw value for download, and lets the user dismiss it: the settings in use are
 * stored in place of the unreadable value (which would otherwise be set aside again on the next
 * read), then the set-aside copy is forgotten.
 */
export function RecoveredNotice({
  settings,
  onDismissed,
}: {
  settings: Settings;
  onDismissed: (status: Status) => void;
}) {
  async function download() {
    const raw = await sendMessage('getBackup');
    if (raw !== null) downloadText(raw, BACKUP_FILE_NAME);
  }
  async function dismiss() {
    const saved = await sendMessage('saveSettings', settings);
    if (saved.ok) onDismissed(await sendMessage('clearBackup'));
  }
  return (
    <section class="qh-notice" aria-labelledby="qh-recovered-heading">
      <h2 id="qh-recovered-heading">{t('options_recovered_heading')}</h2>
      <p>{t('options_recovered_text')}</p>
      <div class="qh-button-row">
        <button type="button" onClick={() => void download()}>
          {t('options_recovered_download')}
        </button>
        <button type="button" onClick={() => void dismiss()}>
          {t('options_recovered_dismiss')}
        </button>
      </div>
    </section>
  );
}
