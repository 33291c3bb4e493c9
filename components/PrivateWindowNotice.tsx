import { useEffect, useState } from 'preact/hooks';
import { browser } from '../utils/browser';
import { t } from '../utils/i18n';

/**
 * Says plainly when the extension may not run in private windows, since a private window is
 * the easiest way around paused sites. Shows nothing when it may, or when the browser cannot say.
 */
export function PrivateWindowNotice() {
  const [allowed, setAllowed] = useState(true);
  useEffect(() => {
    browser.extension
      ?.isAllowedIncognitoAccess?.()
      .then((yes) => setAllowed(yes))
      .catch(() => undefined);
  }, []);
  return allowed ? null : <p class="qh-hint qh-private-note">{t('private_not_allowed')}</p>;
}
