import { t } from '../utils/i18n';
import { uiLanguage } from '../utils/locale';
import { REGION_NAMES } from '../utils/support/region-names';
import { REGIONS, effectiveRegion, type RegionChoice } from '../utils/support/regions';
import { FieldError } from './FieldError';

/** The id of the settings page's "Where you are" section, for links (`options.html#where`). */
export const REGION_ANCHOR = 'where';

/** Props for {@link RegionPicker}. */
export interface RegionPickerProps {
  /** The select's id; its hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  /** The stored or typed choice; `auto` shows the region the browser's language names. */
  value: RegionChoice;
  /** Called with the region the person picked. */
  onChange: (value: RegionChoice) => void;
  /** What is wrong with the choice, if anything. */
  error?: string | null;
  /** The id of a heading that already says "Where you are"; the picker then shows no label. */
  labelledBy?: string;
}

/**
 * "Where you are": one labelled select of the regions with checked helplines and "Somewhere
 * else". Until the person picks, it shows the region their browser's language names, or
 * "Not chosen yet" when the language names no country. Works on any page with a settings form
 * (the settings page, the welcome page).
 */
export function RegionPicker({ id, value, onChange, error, labelledBy }: RegionPickerProps) {
  const shown = effectiveRegion(value, uiLanguage()) ?? 'auto';
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class="qh-field qh-region-picker">
      {labelledBy ? null : <label for={id}>{t('region_label')}</label>}
      <p id={hintId} class="qh-hint">
        {t('region_hint')}
      </p>
      <select
        id={id}
        value={shown}
        aria-labelledby={labelledBy}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.currentTarget.value as RegionChoice)}
      >
        {shown === 'auto' ? <option value="auto">{t('region_unset')}</option> : null}
        {[...REGIONS, 'other' as const].map((region) => (
          <option key={region} value={region}>
            {REGION_NAMES[region]()}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
