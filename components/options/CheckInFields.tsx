import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { CheckIn } from '../../utils/nights/check-in';
import { sendMessage } from '../../utils/protocol';

/**
 * The morning check-in (issue 17): on or off, and "Forget my nights". Not a setting (its answers
 * belong to this device and never travel with the settings), so it applies at once, like sync.
 */
export function CheckInFields() {
  const [checkIn, setCheckIn] = useState<CheckIn | null>(null);
  const [forgotten, setForgotten] = useState(false);
  useEffect(() => {
    void sendMessage('getCheckIn').then(setCheckIn);
  }, []);
  if (!checkIn) return null;
  const on = checkIn.choice === 'on';
  return (
    <section aria-labelledby="qh-checkin-heading">
      <h2 id="qh-checkin-heading">{t('options_checkin_heading')}</h2>
      <div class="qh-field">
        <label class="qh-check">
          <input
            type="checkbox"
            id="f-check-in"
            checked={on}
            aria-describedby="f-check-in-hint"
            onChange={(event) => {
              setForgotten(false);
              void sendMessage('setCheckIn', event.currentTarget.checked).then(setCheckIn);
            }}
          />
          {t('options_checkin_on')}
        </label>
        <p id="f-check-in-hint" class="qh-hint">
          {t('options_checkin_hint')}
        </p>
        {on ? (
          <button
            type="button"
            onClick={() =>
              void sendMessage('forgetNights').then((next) => {
                setCheckIn(next);
                setForgotten(true);
              })
            }
          >
            {t('options_checkin_forget')}
          </button>
        ) : null}
        <p role="status" class="qh-saved">
          {forgotten ? t('options_checkin_forgotten') : ''}
        </p>
      </div>
    </section>
  );
}
