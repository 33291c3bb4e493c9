import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/protocol';
import { SYNC_CHOICE, type SyncChoice } from '../../utils/storage/local';

/**
 * This browser's choice about the browser's own sync. It is not part of the settings (each
 * browser chooses for itself), so it takes effect at once rather than with Save.
 */
export function SyncFields() {
  const [choice, setChoice] = useState<SyncChoice | null>(null);
  useEffect(() => {
    void SYNC_CHOICE.get().then(setChoice);
  }, []);
  if (!choice) return null;
  const choose = (patch: Partial<SyncChoice>) =>
    void sendMessage('setSyncChoice', { ...choice, ...patch }).then(setChoice);
  return (
    <section aria-labelledby="qh-sync-heading">
      <h2 id="qh-sync-heading">{t('options_sync_heading')}</h2>
      <div class="qh-field">
        <label class="qh-check">
          <input
            type="checkbox"
            id="f-sync-settings"
            checked={choice.settings}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              // Contacts never go on their own, and are asked for again after a pause.
              choose({ settings: on, contacts: on && choice.contacts });
            }}
          />
          {t('options_sync_settings')}
        </label>
        <label class="qh-check">
          <input
            type="checkbox"
            id="f-sync-contacts"
            checked={choice.contacts}
            disabled={!choice.settings}
            aria-describedby="f-sync-hint"
            onChange={(event) => choose({ contacts: event.currentTarget.checked })}
          />
          {t('options_sync_contacts')}
        </label>
        <p id="f-sync-hint" class="qh-hint">
          {t('options_sync_hint')}
        </p>
      </div>
    </section>
  );
}
