import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { Breath } from '../utils/protocol';
import { BreathingPause } from './blocked/BreathingPause';

/** Props for {@link BreathThenChoose}. */
export interface BreathThenChooseProps {
  /** The pause the background handed out; its length is never shown. */
  breath: Breath;
  /** The loosening, offered once the pause is over ("Yes, pause tonight"). */
  goLabel: string;
  /** Keeping the plan, offered all along and focused when the choice comes. */
  keepLabel: string;
  onGo: (breath: Breath) => void;
  onKeep: () => void;
}

/**
 * The same calm breathing pause as the pause page, then the choice again: going on with the
 * loosening, or keeping the plan. The background checks the pause's length itself.
 */
export function BreathThenChoose({
  breath,
  goLabel,
  keepLabel,
  onGo,
  onKeep,
}: BreathThenChooseProps) {
  const [done, setDone] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (done) keep.current?.focus();
  }, [done]);
  return (
    <div class="qh-confirm qh-breath-choice" role="group" aria-labelledby="qh-breath-intro">
      <p id="qh-breath-intro" class="qh-hint">
        {t('breath_then_choose')}
      </p>
      {done ? null : <BreathingPause seconds={breath.seconds} onDone={() => setDone(true)} />}
      <div class="qh-button-row">
        <button type="button" ref={keep} onClick={onKeep}>
          {keepLabel}
        </button>
        {done ? (
          <button type="button" onClick={() => onGo(breath)}>
            {goLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
