import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../utils/browser';
import { t } from '../../utils/i18n';
import { mutedByUs } from '../../utils/stillness/sound';
import { liveStateOf } from '../../utils/popup-state';
import { StillLines } from '../StillLines';
import type { PopupSectionProps } from './section-props';

/**
 * What is kept still on the current tab (issue 16), and, when "Keep new sound down" muted it,
 * a one-click way to turn its sound back on. The popup unmutes the tab itself:
 * `tabs.update({ muted })` needs no permission and no message to the background.
 */
export function StillTab({ status, tab }: PopupSectionProps) {
  const [muted, setMuted] = useState(false);
  const [failed, setFailed] = useState(false);
  const tabId = tab?.id;

  useEffect(() => {
    if (tabId === undefined) return;
    browser.tabs
      .get(tabId)
      .then((info) => setMuted(mutedByUs(info)))
      .catch(() => setMuted(false));
  }, [tabId]);

  async function unmute() {
    try {
      await browser.tabs.update(tabId!, { muted: false });
      setMuted(false);
    } catch {
      setFailed(true);
    }
  }

  return (
    <section class="qh-still-tab">
      <StillLines live={liveStateOf(status)} url={tab?.url} />
      {muted ? (
        <>
          <p>{t('still_muted_here')}</p>
          <button type="button" onClick={() => void unmute()}>
            {t('still_unmute')}
          </button>
        </>
      ) : null}
      {failed ? <p class="qh-field-error">{t('still_unmute_failed')}</p> : null}
    </section>
  );
}
