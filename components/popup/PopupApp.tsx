import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../utils/browser';
import { t } from '../../utils/i18n';
import { sendMessage, type Status } from '../../utils/protocol';
import type { PopupSectionProps } from './section-props';
import { POPUP_SECTIONS } from './sections';

/** The active tab of the window the popup belongs to (host permissions give its URL). */
async function activeTab(): Promise<PopupSectionProps['tab']> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ? { id: tab.id, url: tab.url } : undefined;
}

/** The toolbar popup: asks the background for the night, then draws each section in order. */
export function PopupApp() {
  const [status, setStatus] = useState<Status | null>(null);
  const [tab, setTab] = useState<PopupSectionProps['tab']>();
  const [failed, setFailed] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    Promise.all([sendMessage('getStatus'), activeTab().catch(() => undefined)])
      .then(([answer, current]) => {
        setTab(current);
        setNow(Date.now());
        setStatus(answer);
      })
      .catch(() => setFailed(true));
  }, []);

  const onStatus = (next: Status) => {
    setNow(Date.now());
    setStatus(next);
  };

  return (
    <main class="qh-popup">
      <header class="qh-popup-header">
        <h1>{t('extName')}</h1>
        <a
          href={browser.runtime.getURL('/options.html')}
          target="_blank"
          rel="noopener"
          class="qh-settings-link"
        >
          {t('popup_settings')}
        </a>
      </header>
      {failed ? <p>{t('popup_unavailable')}</p> : null}
      {status
        ? POPUP_SECTIONS.map((Section, index) => (
            <Section key={index} status={status} now={now} tab={tab} onStatus={onStatus} />
          ))
        : null}
    </main>
  );
}
