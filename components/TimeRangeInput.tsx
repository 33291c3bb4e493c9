import { t } from '../utils/i18n';
import { FieldError } from './FieldError';

/** Props for {@link TimeRangeInput}. */
export interface TimeRangeInputProps {
  /** Base id: the inputs get `${id}-start` and `${id}-end`, their errors `…-error`. */
  id: string;
  /** An optional caption for the pair ("Quiet hours"), shown as the fieldset's legend. */
  legend?: string;
  /** The start time as `HH:MM`, or empty. */
  start: string;
  /** The end time as `HH:MM`, or empty. */
  end: string;
  /** Called with the start input's new value. */
  onStartInput: (value: string) => void;
  /** Called with the end input's new value. */
  onEndInput: (value: string) => void;
  /** What is wrong with the start time, if anything. */
  startError?: string | null;
  /** What is wrong with the end time, if anything. */
  endError?: string | null;
  /** Label for the start input; "Start" unless given. */
  startLabel?: string;
  /** Label for the end input; "End" unless given. */
  endLabel?: string;
}

/** Two labelled time inputs, start and end, each with its own error line beside it. */
export function TimeRangeInput(props: TimeRangeInputProps) {
  const { id, legend, start, end, onStartInput, onEndInput, startError, endError } = props;
  return (
    <fieldset class="qh-time-range">
      {legend ? <legend>{legend}</legend> : null}
      <TimeField
        id={`${id}-start`}
        label={props.startLabel ?? t('ui_time_start')}
        value={start}
        onInput={onStartInput}
        error={startError}
      />
      <TimeField
        id={`${id}-end`}
        label={props.endLabel ?? t('ui_time_end')}
        value={end}
        onInput={onEndInput}
        error={endError}
      />
    </fieldset>
  );
}

interface TimeFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
}

/** One labelled `<input type="time">` with its error line. */
function TimeField({ id, label, value, onInput, error }: TimeFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="qh-field">
      <label for={id}>{label}</label>
      <input
        type="time"
        id={id}
        value={value}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
