import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from '../../utils/form/settings-form';
import { t } from '../../utils/i18n';
import { REGION_ANCHOR, RegionPicker } from '../RegionPicker';
import type { FieldsProps } from './fields';

/** "Where you are" on the settings page, saved with the rest of the form. */
export function RegionField({ form, update, errors }: FieldsProps) {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // The page draws after the background answers, too late for the browser's own jump.
    if (location.hash !== `#${REGION_ANCHOR}`) return;
    section.current?.scrollIntoView();
    section.current?.querySelector('select')?.focus();
  }, []);
  return (
    <section id={REGION_ANCHOR} ref={section} aria-labelledby="qh-region-heading">
      <h2 id="qh-region-heading">{t('region_label')}</h2>
      <RegionPicker
        labelledBy="qh-region-heading"
        id={fieldId('region')}
        value={form.region}
        onChange={(region) => update({ region })}
        error={errors.region}
      />
    </section>
  );
}
