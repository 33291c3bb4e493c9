import { browserKind } from '../../utils/browser-kind';
import { t } from '../../utils/i18n';

const HOW = {
  chromium: 'welcome_pin_chromium',
  firefox: 'welcome_pin_firefox',
  firefoxAndroid: 'welcome_pin_android',
} as const;

/** Step two: where the toolbar button is, in the words of the browser in use. */
export function PinStep() {
  return (
    <section aria-labelledby="qh-welcome-pin">
      <h2 id="qh-welcome-pin">{t('welcome_pin_heading')}</h2>
      <p>{t(HOW[browserKind()])}</p>
      <p class="qh-hint">{t('welcome_pin_why')}</p>
    </section>
  );
}
