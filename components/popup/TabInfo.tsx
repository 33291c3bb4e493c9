import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { tabWords } from '../../utils/popup-state';
import { sendMessage } from '../../utils/protocol';
import type { PopupSectionProps } from './section-props';

/** What Quiet Hours does to the current tab, and a one-click "never dim this site". */
export function TabInfo({ status, tab, onStatus }: PopupSectionProps) {
  const [error, setError] = useState<string | null>(null);
  const words = tabWords(tab?.url, status);

  async function neverDim() {
    const answer = await sendMessage('neverTouchSite', tab?.url ?? '');
    if (answer.ok) onStatus(answer.status);
    else setError(answer.errors[0]?.message ?? null);
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
          <button type="button" onClick={() => void neverDim()}>
            {t('popup_tab_never', words.site)}
          </button>
          {error ? <p class="qh-field-error">{error}</p> : null}
        </>
      )}
    </section>
  );
}
