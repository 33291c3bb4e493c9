import { FieldError } from '../FieldError';
import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import type { LoosenAtNight } from '../../utils/settings/schema';
import type { FieldsProps } from './fields';

/** How a change that loosens the night waits during quiet hours. */
export function LoosenAtNightField({ form, update, errors }: FieldsProps) {
  return (
    <section aria-labelledby="qh-loosen-heading">
      <h2 id="qh-loosen-heading">{t('options_loosen_heading')}</h2>
      <p class="qh-hint">{t('options_loosen_hint')}</p>
      <fieldset id={fieldId('loosenAtNight')}>
        <legend>{t('options_loosen_legend')}</legend>
        {(['pause', 'morning'] as LoosenAtNight[]).map((value) => (
          <label key={value} class="qh-check qh-check-block">
            <input
              type="radio"
              name="loosenAtNight"
              value={value}
              checked={form.loosenAtNight === value}
              onChange={() => update({ loosenAtNight: value })}
            />
            {t(value === 'pause' ? 'options_loosen_pause' : 'options_loosen_morning')}
          </label>
        ))}
        <FieldError id="f-loosenAtNight-error" message={errors.loosenAtNight} />
      </fieldset>
    </section>
  );
}
