import { useState } from 'preact/hooks';
import { FieldError } from '../FieldError';
import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import { browserZone, zoneChoices } from '../../utils/time-zone';
import type { FieldsProps } from './fields';

/** The select's id, so the UTC notice can bring the user to it. */
export const TIME_ZONE_FIELD_ID = fieldId('timeZone');

const ZONES = zoneChoices();

/**
 * The zone the hours are kept in: this browser's (the default), or one from the list. The long
 * list is drawn when the select is first focused or pressed, so the page stays light until then.
 */
export function TimeZoneField({ form, update, errors }: FieldsProps) {
  const [listed, setListed] = useState(false);
  const error = errors.timeZone;
  const list = () => setListed(true);
  // Until then only the chosen zone is there; a zone chosen in another browser may be spelled
  // differently here (Asia/Kolkata, Asia/Calcutta), so it keeps its own option.
  const extra = form.timeZone && (!listed || !ZONES.includes(form.timeZone)) ? form.timeZone : null;
  const hintId = `${TIME_ZONE_FIELD_ID}-hint`;
  return (
    <div class="qh-field">
      <label for={TIME_ZONE_FIELD_ID}>{t('options_zone_label')}</label>
      <p id={hintId} class="qh-hint">
        {t('options_zone_hint')}
      </p>
      <select
        id={TIME_ZONE_FIELD_ID}
        value={form.timeZone}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${hintId} ${TIME_ZONE_FIELD_ID}-error` : hintId}
        onFocus={list}
        onPointerDown={list}
        onChange={(event) => update({ timeZone: event.currentTarget.value })}
      >
        <option value="">{t('options_zone_browser', browserZone().replace(/_/g, ' '))}</option>
        {extra ? <option value={extra}>{extra.replace(/_/g, ' ')}</option> : null}
        {listed
          ? ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))
          : null}
      </select>
      <FieldError id={`${TIME_ZONE_FIELD_ID}-error`} message={error} />
    </div>
  );
}
