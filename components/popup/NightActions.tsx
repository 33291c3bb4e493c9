import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage, type Breath, type Status } from '../../utils/protocol';
import { nightAt } from '../../utils/schedule';
import { BreathThenChoose } from '../BreathThenChoose';
import { PauseConfirm } from './PauseConfirm';
import type { PopupSectionProps } from './section-props';

/**
 * Start now, pause tonight (after a kind second step) or resume. Which ones show depends on
 * the night: starting only when nothing runs, pausing while it runs, resuming after a pause
 * or a manual start. During a scheduled night pausing is a loosening: it comes after the
 * breathing pause, or, when loosening waits for the morning, is not offered at all. Opened by
 * the "pause for tonight" shortcut, it starts at the question when pausing is offered.
 */
export function NightActions({ status, now, onStatus }: PopupSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [breath, setBreath] = useState<Breath | null>(null);
  const [busy, setBusy] = useState(false);
  const running = status.night.phase !== 'off';
  const paused = status.override?.kind === 'pause';
  const heldUntilMorning =
    status.settings.loosenAtNight === 'morning' &&
    nightAt(status.settings.schedule, status.zone, now) !== undefined;
  const pauseOffered = running && !heldUntilMorning;

  useEffect(() => {
    sendMessage('pauseAsked')
      .then((asked) => asked && pauseOffered && setConfirming(true))
      .catch(() => undefined);
  }, []);

  async function confirmPause() {
    setConfirming(false);
    // The background says whether a breathing pause comes first (it checks it, too).
    const offered = await sendMessage('beginBreath', 'pauseTonight');
    if (offered) setBreath(offered);
    else await act('pauseTonight');
  }

  async function finishPause(done: Breath) {
    setBreath(null);
    onStatus((await sendMessage('finishBreath', done.token)).status);
  }

  async function act(action: 'startNow' | 'pauseTonight' | 'resume') {
    setBusy(true);
    try {
      onStatus((await sendMessage(action)) as Status);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  if (breath)
    return (
      <BreathThenChoose
        breath={breath}
        goLabel={t('popup_pause_yes')}
        keepLabel={t('popup_pause_keep')}
        onGo={(done) => void finishPause(done)}
        onKeep={() => setBreath(null)}
      />
    );
  if (confirming)
    return (
      <PauseConfirm onConfirm={() => void confirmPause()} onCancel={() => setConfirming(false)} />
    );
  if (running && heldUntilMorning) return <p class="qh-hint">{t('popup_pause_morning')}</p>;
  return (
    <div class="qh-button-row qh-popup-actions">
      {pauseOffered ? (
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
