import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage, type Status } from '../../utils/protocol';

/** Puts every setting back to its default, after a confirmation. */
export function ResetSettings({ onReset }: { onReset: (status: Status) => void }) {
  const [asking, setAsking] = useState(false);
  async function reset() {
    const answer = await sendMessage('resetSettings');
    setAsking(false);
    if (answer.ok) onReset(answer.status);
  }
  return (
    <section aria-labelledby="qh-reset-heading">
      <h2 id="qh-reset-heading">{t('options_reset_heading')}</h2>
      {asking ? (
        <div class="qh-confirm" role="group" aria-labelledby="qh-reset-question">
          <p id="qh-reset-question" class="qh-confirm-question">
            {t('options_reset_question')}
          </p>
          <div class="qh-button-row">
            <button type="button" onClick={() => setAsking(false)}>
              {t('options_reset_keep')}
            </button>
            <button type="button" onClick={() => void reset()}>
              {t('options_reset_yes')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('options_reset')}
        </button>
      )}
    </section>
  );
}
