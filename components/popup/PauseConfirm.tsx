import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

/** Props for {@link PauseConfirm}. */
export interface PauseConfirmProps {
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The small second step before pausing tonight. It names what pausing undoes and leaves the
 * choice with the user, without scolding; keeping quiet hours is the button that gets focus.
 */
export function PauseConfirm({ onConfirm, onCancel }: PauseConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div class="qh-confirm" role="group" aria-labelledby="qh-pause-question">
      <p id="qh-pause-question" class="qh-confirm-question">
        {t('popup_pause_question')}
      </p>
      <p class="qh-hint">{t('popup_pause_note')}</p>
      <div class="qh-button-row">
        <button type="button" ref={keep} onClick={onCancel}>
          {t('popup_pause_keep')}
        </button>
        <button type="button" onClick={onConfirm}>
          {t('popup_pause_yes')}
        </button>
      </div>
    </div>
  );
}
