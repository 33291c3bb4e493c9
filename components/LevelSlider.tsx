import { t } from '../utils/i18n';
import { FieldError } from './FieldError';

/** Props for {@link LevelSlider}. */
export interface LevelSliderProps {
  /** The input's id; the error line gets `${id}-error`. */
  id: string;
  /** The visible label, already translated ("Dim pages"). */
  label: string;
  /** The current strength, 0–100. */
  value: number;
  /** Called with the new strength as the slider moves. */
  onInput: (value: number) => void;
  /** What is wrong with the value, if anything. */
  error?: string | null;
  /** Granularity of the slider; 1 unless given. */
  step?: number;
  /** Whether the slider is switched off. */
  disabled?: boolean;
}

/** The strength as a word ("Off") or a percentage ("40%"), shown and read out the same. */
export function levelText(value: number): string {
  const percent = Math.round(Math.min(100, Math.max(0, value)));
  return percent === 0 ? t('ui_level_off') : t('ui_level_percent', String(percent));
}

/** A labelled 0–100 range input with its value shown beside the label. */
export function LevelSlider({
  id,
  label,
  value,
  onInput,
  error,
  step = 1,
  disabled,
}: LevelSliderProps) {
  const errorId = `${id}-error`;
  const text = levelText(value);
  return (
    <div class="qh-field">
      <div class="qh-field-row">
        <label for={id}>{label}</label>
        <span class="qh-level-value" aria-hidden="true">
          {text}
        </span>
      </div>
      <input
        type="range"
        id={id}
        min={0}
        max={100}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => onInput(Number(event.currentTarget.value))}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
