import { LevelSlider } from '../LevelSlider';
import { SiteListEditor } from '../SiteListEditor';
import { pageFilter } from '../../utils/dimming/filters';
import { strengthsAt } from '../../utils/dimming/strength';
import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import type { Effects } from '../../utils/settings/schema';
import type { FieldsProps } from './fields';
import { StillnessFields } from './StillnessFields';

/**
 * The swatch's filter: the very filter a page gets once the evening has fully faded in, built
 * by the dimming code itself so the preview cannot drift from the pages.
 */
export function previewFilter(effects: Effects): string {
  return pageFilter(strengthsAt(effects, 1));
}

/** Dim, warmth and grayscale with a live swatch, the sites not dimmed, clock hiding, and the still-pages switches. */
export function EffectsFields({ form, update, errors }: FieldsProps) {
  return (
    <section aria-labelledby="qh-effects-heading">
      <h2 id="qh-effects-heading">{t('options_effects_heading')}</h2>
      <div class="qh-effects">
        <div class="qh-effects-sliders">
          <LevelSlider
            id={fieldId('effects.dim')}
            label={t('options_dim_label')}
            value={form.dim}
            onInput={(dim) => update({ dim })}
            error={errors['effects.dim']}
          />
          <LevelSlider
            id={fieldId('effects.warmth')}
            label={t('options_warmth_label')}
            value={form.warmth}
            onInput={(warmth) => update({ warmth })}
            error={errors['effects.warmth']}
          />
          <LevelSlider
            id={fieldId('effects.grayscale')}
            label={t('options_grayscale_label')}
            value={form.grayscale}
            onInput={(grayscale) => update({ grayscale })}
            error={errors['effects.grayscale']}
          />
        </div>
        <figure class="qh-swatch-figure">
          <div class="qh-swatch" style={{ filter: previewFilter(form) }} aria-hidden="true">
            <span class="qh-swatch-title">{t('options_preview_sample_title')}</span>
            <span>{t('options_preview_sample_text')}</span>
            <span class="qh-swatch-colours">
              <i class="qh-swatch-blue" />
              <i class="qh-swatch-green" />
              <i class="qh-swatch-red" />
            </span>
          </div>
          <figcaption class="qh-hint">{t('options_preview_caption')}</figcaption>
        </figure>
      </div>
      <SiteListEditor
        id={fieldId('notDimmed')}
        label={t('options_not_dimmed_label')}
        hint={t('options_not_dimmed_hint')}
        value={form.notDimmed}
        onInput={(notDimmed) => update({ notDimmed })}
        error={errors.notDimmed}
        rows={3}
      />
      <div class="qh-field">
        <label class="qh-check">
          <input
            type="checkbox"
            id={fieldId('clockHiding')}
            checked={form.clockHiding}
            aria-describedby="f-clockHiding-hint"
            onChange={(event) => update({ clockHiding: event.currentTarget.checked })}
          />
          {t('options_clock_label')}
        </label>
        <p id="f-clockHiding-hint" class="qh-hint">
          {t('options_clock_hint')}
        </p>
      </div>
      <StillnessFields form={form} update={update} />
    </section>
  );
}
