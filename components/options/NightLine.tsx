import { t } from '../../utils/i18n';
import type { Status } from '../../utils/protocol';

/** The one calm line at the top of the settings page while quiet hours run. */
export function NightLine({ status }: { status: Status }) {
  if (status.night.phase === 'off') return null;
  const key =
    status.settings.loosenAtNight === 'morning'
      ? 'options_night_line_morning'
      : 'options_night_line_pause';
  return <p class="qh-notice qh-night-line">{t(key)}</p>;
}
