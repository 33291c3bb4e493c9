import { FieldError } from '../FieldError';
import { HoursInput } from '../HoursInput';
import { TimeZoneField } from './TimeZoneField';
import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import { LIMITS, type Weekday } from '../../utils/settings/schema';
import type { FieldsProps } from './fields';

/** Monday first, as most people read a week; values are `Date.getDay()` numbers. */
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 0];
const DAY_KEYS = [
  'day_sun',
  'day_mon',
  'day_tue',
  'day_wed',
  'day_thu',
  'day_fri',
  'day_sat',
] as const;

/**
 * The hours, the nights of the week and the length of the fade. At night (`atNight`) the hours
 * stay folded away until asked for (see {@link HoursInput}).
 */
export function ScheduleFields({
  form,
  update,
  errors,
  atNight,
}: FieldsProps & { atNight: boolean }) {
  const daysError = errors['schedule.days'];
  const rampId = fieldId('schedule.rampMinutes');
  const rampError = errors['schedule.rampMinutes'];
  const toggle = (day: Weekday, on: boolean) =>
    update({ days: on ? [...form.days, day].sort() : form.days.filter((d) => d !== day) });
  return (
    <section aria-labelledby="qh-schedule-heading">
      <h2 id="qh-schedule-heading">{t('options_schedule_heading')}</h2>
      <p class="qh-hint">{t('options_schedule_hint')}</p>
      <HoursInput
        atNight={atNight}
        start={form.start}
        end={form.end}
        onStartInput={(start) => update({ start })}
        onEndInput={(end) => update({ end })}
        startError={errors['schedule.start']}
        endError={errors['schedule.end']}
      />
      <TimeZoneField form={form} update={update} errors={errors} />
      <fieldset
        id={fieldId('schedule.days')}
        class="qh-days"
        aria-invalid={daysError ? 'true' : undefined}
        aria-describedby={daysError ? 'f-schedule-days-error' : undefined}
      >
        <legend>{t('options_days_legend')}</legend>
        {WEEK.map((day) => (
          <label key={day} class="qh-check">
            <input
              type="checkbox"
              checked={form.days.includes(day)}
              onChange={(event) => toggle(day, event.currentTarget.checked)}
            />
            {t(DAY_KEYS[day]!)}
          </label>
        ))}
        <FieldError id="f-schedule-days-error" message={daysError} />
      </fieldset>
      <div class="qh-field">
        <label for={rampId}>{t('options_ramp_label')}</label>
        <p id={`${rampId}-hint`} class="qh-hint">
          {t('options_ramp_hint')}
        </p>
        <input
          type="number"
          id={rampId}
          inputMode="numeric"
          min={LIMITS.rampMinutes.min}
          max={LIMITS.rampMinutes.max}
          value={form.rampMinutes}
          aria-invalid={rampError ? 'true' : undefined}
          aria-describedby={rampError ? `${rampId}-hint ${rampId}-error` : `${rampId}-hint`}
          onInput={(event) => update({ rampMinutes: event.currentTarget.value })}
        />
        <FieldError id={`${rampId}-error`} message={rampError} />
      </div>
    </section>
  );
}
