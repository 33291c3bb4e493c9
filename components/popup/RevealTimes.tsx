import { useEffect, useState } from 'preact/hooks';
import { askClockMask } from '../../utils/clock-mask/ask';
import type { ClockMaskState } from '../../utils/clock-mask/messages';
import { clockHidingOn } from '../../utils/clock-mask/wanted';
import { t } from '../../utils/i18n';
import { isTouchableUrl } from '../../utils/page-access';
import { liveStateOf } from '../../utils/popup-state';
import type { PopupSectionProps } from './section-props';

/**
 * "Show times on this page for now": asks the clock mask in the current tab what it is doing,
 * and offers to show the page's times until it is reloaded or closed. Shows nothing when no
 * mask runs there.
 */
export function RevealTimes({ status, tab }: PopupSectionProps) {
  const [state, setState] = useState<ClockMaskState | 'failed' | null>(null);
  const tabId = tab?.id;
  const applies =
    clockHidingOn(liveStateOf(status)) && tabId !== undefined && isTouchableUrl(tab?.url);

  useEffect(() => {
    if (!applies) return;
    askClockMask(tabId, 'state', 0)
      .then(setState)
      .catch(() => setState(null));
  }, [applies, tabId]);

  async function reveal() {
    try {
      // Every frame of the tab hears this, so same-origin frames show their times too.
      setState(await askClockMask(tabId!, 'reveal'));
    } catch {
      setState('failed');
    }
  }

  if (!applies || state === null || state === 'idle') return null;
  return (
    <section class="qh-reveal-times">
      {state === 'masking' ? (
        <>
          <p>{t('clock_reveal_note')}</p>
          <button type="button" onClick={() => void reveal()}>
            {t('clock_reveal_button')}
          </button>
        </>
      ) : (
        <p>{t(state === 'revealed' ? 'clock_revealed' : 'clock_reveal_failed')}</p>
      )}
    </section>
  );
}
