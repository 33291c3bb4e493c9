import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { TimeRangeInput, type TimeRangeInputProps } from './TimeRangeInput';

/** Props for {@link HoursInput}. */
export interface HoursInputProps extends Pick<
  TimeRangeInputProps,
  'start' | 'end' | 'onStartInput' | 'onEndInput' | 'startError' | 'endError'
> {
  /** During quiet hours the times stay folded away until asked for. */
  atNight: boolean;
}

/**
 * The quiet hours as two time inputs. At night they stay folded behind a button until asked
 * for, so opening a page does not put a clock time in front of someone trying not to check
 * one; an error on them unfolds them.
 */
export function HoursInput({ atNight, startError, endError, ...times }: HoursInputProps) {
  const [revealed, setRevealed] = useState(false);
  if (!atNight || revealed || startError || endError)
    return (
      <TimeRangeInput
        id="f-schedule"
        legend={t('options_hours_legend')}
        startError={startError}
        endError={endError}
        {...times}
      />
    );
  return (
    <fieldset>
      <legend>{t('options_hours_legend')}</legend>
      <p class="qh-hint">{t('options_hours_hidden')}</p>
      <button type="button" onClick={() => setRevealed(true)}>
        {t('options_hours_show')}
      </button>
    </fieldset>
  );
}
