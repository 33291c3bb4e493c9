import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import type { StillnessOption } from '../../utils/settings/loosens';
import type { FieldsProps } from './fields';

/** Each still-pages switch (issue 16) with its label and one-line hint, as literal keys. */
const OPTIONS = [
  {
    option: 'calmMotion',
    label: 'options_calm_motion_label',
    hint: 'options_calm_motion_hint',
  },
  {
    option: 'autoplayWaits',
    label: 'options_autoplay_waits_label',
    hint: 'options_autoplay_waits_hint',
  },
  {
    option: 'keepSoundDown',
    label: 'options_keep_sound_down_label',
    hint: 'options_keep_sound_down_hint',
  },
] as const satisfies ReadonlyArray<{ option: StillnessOption; label: string; hint: string }>;

/** Calm motion, autoplay waiting for a click and keeping new sound down, each with its hint. */
export function StillnessFields({ form, update }: Omit<FieldsProps, 'errors'>) {
  return (
    <>
      {OPTIONS.map((item) => (
        <div class="qh-field" key={item.option}>
          <label class="qh-check">
            <input
              type="checkbox"
              id={fieldId(item.option)}
              checked={form[item.option]}
              aria-describedby={`${fieldId(item.option)}-hint`}
              onChange={(event) => update({ [item.option]: event.currentTarget.checked })}
            />
            {t(item.label)}
          </label>
          <p id={`${fieldId(item.option)}-hint`} class="qh-hint">
            {t(item.hint)}
          </p>
        </div>
      ))}
    </>
  );
}
