import { browserKind } from '../../utils/browser-kind';
import { t } from '../../utils/i18n';
import { usePrivateAccess } from '../usePrivateAccess';

const HOW = {
  chromium: 'welcome_private_chromium',
  firefox: 'welcome_private_firefox',
  firefoxAndroid: 'welcome_private_android',
} as const;

/** Step three: whether private windows are covered, and how to cover them if not. */
export function PrivateStep() {
  const allowed = usePrivateAccess();
  return (
    <section aria-labelledby="qh-welcome-private">
      <h2 id="qh-welcome-private">{t('welcome_private_heading')}</h2>
      {allowed ? (
        <p>{t('welcome_private_allowed')}</p>
      ) : (
        <>
          <p>{t('welcome_private_why')}</p>
          <p>{t(HOW[browserKind()])}</p>
        </>
      )}
    </section>
  );
}
