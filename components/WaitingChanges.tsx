import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { sendMessage, type Breath, type Status } from '../utils/protocol';
import { pendingLines } from '../utils/settings/loosens-words';
import { BreathThenChoose } from './BreathThenChoose';

/** Props for {@link WaitingChanges}. */
export interface WaitingChangesProps {
  status: Status;
  /** A breathing pause handed out with the last save, if one was. */
  breath: Breath | null;
  onBreath: (breath: Breath | null) => void;
  onStatus: (status: Status) => void;
}

/**
 * What waits for the night to allow it, each with Cancel; in "after a breathing pause" mode, the
 * pause and then the choice to apply it now. Never a time of day. On the settings page, and in
 * the popup after its "Don't dim" click at night, since that pause applies all that waits.
 */
export function WaitingChanges({ status, breath, onBreath, onStatus }: WaitingChangesProps) {
  const [busy, setBusy] = useState(false);
  if (!status.waiting) return null;
  const lines = pendingLines(status.settings, status.waiting);
  if (!lines.length) return null;

  async function run(action: () => Promise<Status>) {
    setBusy(true);
    try {
      onStatus(await action());
    } finally {
      setBusy(false);
    }
  }
  const cancel = (item: (typeof lines)[number]['item'] | null) =>
    run(() => sendMessage('cancelWaiting', item));
  const finish = (done: Breath) =>
    run(async () => {
      onBreath(null);
      return (await sendMessage('finishBreath', done.token)).status;
    });
  const begin = async () => onBreath(await sendMessage('beginBreath', 'settings'));

  return (
    <section class="qh-waiting" aria-labelledby="qh-waiting-heading">
      <h2 id="qh-waiting-heading">{t('options_waiting_heading')}</h2>
      <ul class="qh-waiting-list">
        {lines.map((line) => (
          <li key={line.sentence}>
            <span>{line.sentence}</span>{' '}
            <button
              type="button"
              disabled={busy}
              aria-label={t('options_waiting_cancel_label', line.sentence)}
              onClick={() => void cancel(line.item)}
            >
              {t('options_waiting_cancel')}
            </button>
          </li>
        ))}
      </ul>
      {breath ? (
        <BreathThenChoose
          breath={breath}
          goLabel={t('options_waiting_apply')}
          keepLabel={t('options_waiting_keep')}
          onGo={(done) => void finish(done)}
          onKeep={() => onBreath(null)}
        />
      ) : status.settings.loosenAtNight === 'pause' && status.night.phase !== 'off' ? (
        <button type="button" disabled={busy} onClick={() => void begin()}>
          {t('options_waiting_breathe')}
        </button>
      ) : null}
    </section>
  );
}
