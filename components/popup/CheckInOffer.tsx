import { t } from '../../utils/i18n';
import { mayShowHours } from '../../utils/popup-state';
import { sendMessage } from '../../utils/protocol';
import type { PopupSectionProps } from './section-props';
import { publishCheckIn, useCheckIn } from './useCheckIn';

/**
 * The morning check-in offered once, by day, until the person says yes or no (issue 17). It is
 * off until then; the welcome page and the settings page offer it too.
 */
export function CheckInOffer({ status, now }: PopupSectionProps) {
  const checkIn = useCheckIn();
  if (!checkIn || checkIn.choice !== null || !mayShowHours(status, now)) return null;
  const choose = (on: boolean) => void sendMessage('setCheckIn', on).then(publishCheckIn);
  return (
    <section class="qh-checkin-offer qh-confirm" aria-labelledby="qh-checkin-offer">
      <p id="qh-checkin-offer" class="qh-hint">
        {t('checkin_offer')}
      </p>
      <div class="qh-button-row">
        <button type="button" onClick={() => choose(true)}>
          {t('checkin_offer_yes')}
        </button>
        <button type="button" onClick={() => choose(false)}>
          {t('checkin_offer_no')}
        </button>
      </div>
    </section>
  );
}
