import { FieldError } from '../FieldError';
import { SiteListEditor } from '../SiteListEditor';
import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import { LIMITS, type Friction } from '../../utils/settings/schema';
import type { FieldsProps } from './fields';

/** Sites people most often lose the night to, offered as one-click additions. */
export const SITE_SUGGESTIONS = [
  'youtube.com',
  'reddit.com',
  'x.com',
  'tiktok.com',
  'instagram.com',
  'facebook.com',
  'news.google.com',
  'cnn.com',
  'bbc.com',
  'nytimes.com',
] as const;

/** Blocked sites, how their pause page behaves, and the sites never touched. */
export function BlockingFields({ form, update, errors }: FieldsProps) {
  const pauseOn = form.friction === 'pause';
  return (
    <section aria-labelledby="qh-blocking-heading">
      <h2 id="qh-blocking-heading">{t('options_blocking_heading')}</h2>
      <SiteListEditor
        id={fieldId('blocking.sites')}
        label={t('options_sites_label')}
        value={form.sites}
        onInput={(sites) => update({ sites })}
        error={errors['blocking.sites']}
        suggestions={SITE_SUGGESTIONS}
      />
      <fieldset id={fieldId('blocking.friction')}>
        <legend>{t('options_friction_legend')}</legend>
        {(['pause', 'off'] as Friction[]).map((value) => (
          <label key={value} class="qh-check qh-check-block">
            <input
              type="radio"
              name="friction"
              value={value}
              checked={form.friction === value}
              onChange={() => update({ friction: value })}
            />
            {t(value === 'pause' ? 'options_friction_pause' : 'options_friction_off')}
          </label>
        ))}
        <FieldError id="f-blocking-friction-error" message={errors['blocking.friction']} />
        <div class="qh-inline-fields">
          <NumberField
            field="blocking.pauseSeconds"
            label={t('options_pause_seconds_label')}
            value={form.pauseSeconds}
            limits={LIMITS.pauseSeconds}
            disabled={!pauseOn}
            error={errors['blocking.pauseSeconds']}
            onInput={(pauseSeconds) => update({ pauseSeconds })}
          />
          <NumberField
            field="blocking.allowMinutes"
            label={t('options_allow_minutes_label')}
            value={form.allowMinutes}
            limits={LIMITS.allowMinutes}
            disabled={!pauseOn}
            error={errors['blocking.allowMinutes']}
            onInput={(allowMinutes) => update({ allowMinutes })}
          />
        </div>
      </fieldset>
      <SiteListEditor
        id={fieldId('neverTouch')}
        label={t('options_never_label')}
        hint={t('options_never_hint')}
        value={form.neverTouch}
        onInput={(neverTouch) => update({ neverTouch })}
        error={errors.neverTouch}
        rows={3}
      />
    </section>
  );
}

interface NumberFieldProps {
  field: string;
  label: string;
  value: string;
  limits: { min: number; max: number };
  disabled: boolean;
  error?: string;
  onInput: (value: string) => void;
}

/** A labelled whole-number input with its error line. */
function NumberField({ field, label, value, limits, disabled, error, onInput }: NumberFieldProps) {
  const id = fieldId(field);
  return (
    <div class="qh-field">
      <label for={id}>{label}</label>
      <input
        type="number"
        id={id}
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
