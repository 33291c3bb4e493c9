import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import './breathing.css';

/** Props for {@link BreathingPause}. */
export interface BreathingPauseProps {
  /** How long the pause lasts, in seconds. Never shown: nothing counts down. */
  seconds: number;
  /** Called once the pause is over. */
  onDone: () => void;
}

/**
 * A slow breathing prompt: a circle that grows and settles over several seconds (still, with a
 * plain instruction, for people who ask for reduced motion). No digits, no progress bar.
 */
export function BreathingPause({ seconds, onDone }: BreathingPauseProps) {
  useEffect(() => {
    const timer = setTimeout(onDone, seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return (
    <div class="qh-breathing" role="status">
      <div class="qh-breath-circle" aria-hidden="true" />
      <p class="qh-breath-moving">{t('blocked_breathe')}</p>
      <p class="qh-breath-still">{t('blocked_breathe_still')}</p>
    </div>
  );
}
