import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { mayShowHours } from '../../utils/popup-state';
import type { NightEntry } from '../../utils/nights/answers';
import { sendMessage } from '../../utils/protocol';
import { NightStrip } from './NightStrip';
import type { PopupSectionProps } from './section-props';
import './check-in.css';
import { publishCheckIn, useCheckIn } from './useCheckIn';

const ANSWERS = [
  { said: 'some', label: 'checkin_answer_some' },
  { said: 'barely', label: 'checkin_answer_barely' },
  { said: 'none', label: 'checkin_answer_none' },
] as const;

/**
 * The morning check-in, when it is on (issue 17): after a night, the first opening of the popup
 * asks how it was, in one line with three large buttons and Skip; once answered or skipped, the
 * last two weeks show as a strip of dots. It waits to be opened and never calls for attention.
 * At night it shows nothing: the question is for the morning.
 */
export function MorningCheckIn({ status, now }: PopupSectionProps) {
  const checkIn = useCheckIn();
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState(false);
  if (checkIn?.choice !== 'on') return null;

  async function answer(said: NightEntry['answer']) {
    setBusy(true);
    try {
      publishCheckIn(await sendMessage('answerNight', said));
      setAnswered(said !== 'skipped');
    } finally {
      setBusy(false);
    }
  }

  if (checkIn.asking)
    return (
      <section class="qh-checkin" aria-labelledby="qh-checkin-question">
        <p id="qh-checkin-question" class="qh-confirm-question">
          {t('checkin_question')}
        </p>
        <div class="qh-checkin-answers">
          {ANSWERS.map((choice) => (
            <button
              key={choice.said}
              type="button"
              disabled={busy}
              onClick={() => void answer(choice.said)}
            >
              {t(choice.label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="qh-checkin-skip"
          disabled={busy}
          onClick={() => void answer('skipped')}
        >
          {t('checkin_skip')}
        </button>
      </section>
    );
  // The strip is for the day: at night nothing here asks to be looked at.
  if (checkIn.strip.length === 0 || !mayShowHours(status, now)) return null;
  return (
    <div class="qh-checkin">
      {answered ? (
        <p class="qh-hint" role="status">
          {t('checkin_thanks')}
        </p>
      ) : null}
      <NightStrip strip={checkIn.strip} />
    </div>
  );
}
