import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage, type Status } from '../../utils/protocol';
import { PauseConfirm } from './PauseConfirm';
import type { PopupSectionProps } from './section-props';

/**
 * Start now, pause tonight (after a kind second step) or resume. Which ones show depends on
 * the night: starting only when nothing runs, pausing while it runs, resuming after a pause
 * or a manual start.
 */
export function NightActions({ status, onStatus }: PopupSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const running = status.night.phase !== 'off';
  const paused = status.override?.kind === 'pause';

  async function act(action: 'startNow' | 'pauseTonight' | 'resume') {
    setBusy(true);
    try {
      onStatus((await sendMessage(action)) as Status);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  if (confirming)
    return (
      <PauseConfirm
        onConfirm={() => void act('pauseTonight')}
        onCancel={() => setConfirming(false)}
      />
    );
  return (
    <div class="qh-button-row qh-popup-actions">
      {running ? (
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('popup_action_pause')}
        </button>
      ) : null}
      {paused ? (
        <button type="button" disabled={busy} onClick={() => void act('resume')}>
          {t('popup_action_resume')}
        </button>
      ) : null}
      {!running && !paused ? (
        <button type="button" disabled={busy} onClick={() => void act('startNow')}>
          {t('popup_action_start')}
        </button>
      ) : null}
    </div>
  );
}
