import { t } from '../../utils/i18n';

/** The id of the popup's support section, which this link opens. */
export const SUPPORT_ID = 'qh-support';

/**
 * One tap to support from the first screen: opens the folded support section further down and
 * moves there, so help is never below the fold at night.
 */
export function SupportShortcut() {
  function open(event: Event) {
    event.preventDefault();
    const details = document.getElementById(SUPPORT_ID)?.querySelector('details');
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus();
  }
  return (
    <p class="qh-support-shortcut">
      <a href={`#${SUPPORT_ID}`} onClick={open}>
        {t('popup_support_shortcut')}
      </a>
    </p>
  );
}
