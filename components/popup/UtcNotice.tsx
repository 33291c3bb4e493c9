import { t } from '../../utils/i18n';
import { mayShowHours } from '../../utils/popup-state';
import { browserSaysUtc } from '../../utils/time-zone';
import type { PopupSectionProps } from './section-props';

/** By day only, one line when the browser reports UTC and no zone is chosen; never at night. */
export function PopupUtcNotice({ status, now }: PopupSectionProps) {
  if (!browserSaysUtc(status.settings, status.zone) || !mayShowHours(status, now)) return null;
  return <p class="qh-hint qh-utc-notice">{t('popup_zone_utc')}</p>;
}
