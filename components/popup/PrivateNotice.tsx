import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/protocol';
import { usePrivateAccess } from '../usePrivateAccess';
import type { PopupSectionProps } from './section-props';

/**
 * The private-window gap, said once: only when sites are set to wait (the gap matters only for
 * them) and the browser has not let Quiet Hours into private windows. "Got it" hides it for good.
 */
export function PrivateNotice({ status }: PopupSectionProps) {
  const allowed = usePrivateAccess();
  const [dismissed, setDismissed] = useState(true);
  useEffect(() => {
    void sendMessage('privateNoticeDismissed').then(setDismissed);
  }, []);
  if (dismissed || allowed !== false || status.settings.blocking.sites.length === 0) return null;
  return (
    <div class="qh-private-note qh-confirm">
      <p class="qh-hint">{t('private_not_allowed')}</p>
      <button
        type="button"
        onClick={() => void sendMessage('dismissPrivateNotice').then(() => setDismissed(true))}
      >
        {t('popup_private_got_it')}
      </button>
    </div>
  );
}
