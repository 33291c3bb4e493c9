import { t } from '../../utils/i18n';

/** Props for {@link CheckInStep}. */
export interface CheckInStepProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * Step four (issue 17): the morning check-in, offered once and off unless ticked. "Done" records
 * the choice either way; "Skip for now" leaves it to be offered in the popup by day.
 */
export function CheckInStep({ checked, onChange }: CheckInStepProps) {
  return (
    <section aria-labelledby="qh-welcome-checkin">
      <h2 id="qh-welcome-checkin">{t('welcome_checkin_heading')}</h2>
      <p id="qh-welcome-checkin-offer">{t('checkin_offer')}</p>
      <label class="qh-check">
        <input
          type="checkbox"
          id="f-check-in"
          checked={checked}
          aria-describedby="qh-welcome-checkin-offer"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {t('welcome_checkin_label')}
      </label>
    </section>
  );
}
