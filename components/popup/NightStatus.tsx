import { formatClock } from '../../utils/clock-format';
import { t } from '../../utils/i18n';
import { mayShowHours, nightWords } from '../../utils/popup-state';
import type { PopupSectionProps } from './sections';

const HEADLINE = {
  on: 'popup_state_on',
  ramping: 'popup_state_ramping',
  paused: 'popup_state_paused',
  offUntilEvening: 'popup_state_off_evening',
  offForNow: 'popup_state_off',
} as const;

const DETAIL = {
  on: 'popup_detail_on',
  ramping: 'popup_detail_ramping',
  paused: 'popup_detail_paused',
  offUntilEvening: 'popup_detail_off',
  offForNow: 'popup_detail_off',
} as const;

/**
 * The night in words. The configured hours appear only in the daytime, in the browser's own
 * clock format: at night a clock time is one more thing to check.
 */
export function NightStatus({ status, now }: PopupSectionProps) {
  const words = nightWords(status, now);
  const { start, end } = status.settings.schedule;
  return (
    <section class="qh-popup-status" aria-labelledby="qh-night-state">
      {/* A live region, so the new state is read out after start, pause or resume. */}
      <p id="qh-night-state" class="qh-night-state" role="status">
        <span class={`qh-night-dot qh-night-dot-${words}`} aria-hidden="true" />
        {t(HEADLINE[words])}
      </p>
      <p class="qh-hint">{t(DETAIL[words])}</p>
      {mayShowHours(status, now) ? (
        <p class="qh-hint">{t('popup_hours', [formatClock(start), formatClock(end)])}</p>
      ) : null}
    </section>
  );
}
