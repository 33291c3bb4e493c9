import { t } from '../utils/i18n';
import { usePrivateAccess } from './usePrivateAccess';

/**
 * Says plainly when the extension may not run in private windows, since a private window is
 * the easiest way around paused sites. Shows nothing when it may, or when the browser cannot say.
 */
export function PrivateWindowNotice() {
  return usePrivateAccess() === false ? (
    <p class="qh-hint qh-private-note">{t('private_not_allowed')}</p>
  ) : null;
}
