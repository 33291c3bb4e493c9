import { t } from '../../utils/i18n';
import type { Status } from '../../utils/protocol';
import { browserSaysUtc } from '../../utils/time-zone';
import { TIME_ZONE_FIELD_ID } from './TimeZoneField';

/**
 * One line when the browser reports UTC and no zone is chosen (Firefox's fingerprinting
 * protection does this), with a way to the zone setting. It names no time of day.
 */
export function UtcNotice({ status }: { status: Status }) {
  if (!browserSaysUtc(status.settings, status.zone)) return null;
  const choose = () => {
    const select = document.getElementById(TIME_ZONE_FIELD_ID);
    select?.scrollIntoView({ block: 'center' });
    select?.focus();
  };
  return (
    <p class="qh-notice qh-utc-notice">
      {t('options_zone_utc')}{' '}
      <button type="button" onClick={choose}>
        {t('options_zone_choose')}
      </button>
    </p>
  );
}
