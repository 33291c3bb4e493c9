import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { tabWords } from '../../utils/popup-state';
import { sendMessage, type Breath } from '../../utils/protocol';
import { WaitingChanges } from '../WaitingChanges';
import type { PopupSectionProps } from './section-props';

/**
 * What Quiet Hours does to the current tab, and a one-click "Don't dim this site" that says it
 * only stops the dimming. At night that click loosens the plan, so it waits like a settings
 * save: what waits is listed here, with the breathing pause when that is how it waits.
 */
export function TabInfo({ status, tab, onStatus }: PopupSectionProps) {
  const [error, setError] = useState<string | null>(null);
  const [breath, setBreath] = useState<Breath | null>(null);
  const words = tabWords(tab?.url, status);

  async function dontDim() {
    const answer = await sendMessage('dontDimSite', tab?.url ?? '');
    if (!answer.ok) return setError(answer.errors[0]?.message ?? null);
    setBreath(answer.breath ?? null);
    onStatus(answer.status);
  }

  return (
    <section class="qh-tab-info" aria-labelledby="qh-tab-heading">
      <h2 id="qh-tab-heading" class="qh-small-heading">
        {t('popup_tab_heading')}
      </h2>
      {words.kind === 'untouchable' ? (
        <p>{t('popup_tab_untouchable')}</p>
      ) : words.kind === 'excluded' ? (
        <p>{t('popup_tab_excluded', words.site)}</p>
      ) : (
        <>
          <p>{t(words.kind === 'dimmed' ? 'popup_tab_dimmed' : 'popup_tab_not_now', words.site)}</p>
          {words.waits ? (
            <WaitingChanges
              status={status}
              breath={breath}
              onBreath={setBreath}
              onStatus={onStatus}
            />
          ) : (
            <>
              <button
                type="button"
                aria-describedby="qh-tab-never-hint"
                onClick={() => void dontDim()}
              >
                {t('popup_tab_never', words.site)}
              </button>
              <p id="qh-tab-never-hint" class="qh-hint">
                {t('popup_tab_never_hint')}
              </p>
            </>
          )}
          {error ? <p class="qh-field-error">{error}</p> : null}
        </>
      )}
    </section>
  );
}
