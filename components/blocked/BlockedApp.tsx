import { useEffect, useState } from 'preact/hooks';
import { originalUrlFrom } from '../../utils/blocking/pause-url';
import { t } from '../../utils/i18n';
import type { LiveState } from '../../utils/live-state';
import { liveStateOf } from '../../utils/popup-state';
import { sendMessage } from '../../utils/protocol';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { BlockedView } from './BlockedView';
import { FrameView } from './FrameView';
import { MorningView } from './MorningView';

/** Asks the background to open the site for a while, then goes back to the address. */
async function allow(url: string): Promise<boolean> {
  if (!(await sendMessage('allowForAWhile', url))) return false;
  location.replace(url);
  return true;
}

/** What the page falls back to when the background cannot be reached: closed, still kind. */
function unreachable(): Settings {
  const settings = defaultSettings();
  return { ...settings, blocking: { ...settings.blocking, friction: 'off' } };
}

/** Whether the page shows inside a frame of another page (the redirect covers frames too). */
function inFrame(): boolean {
  try {
    return window.top !== window;
  } catch {
    return true;
  }
}

/**
 * The pause page's data: the blocked address from the URL (everything after the first `#`)
 * and the user's settings from the background. In a frame, only the small frame view.
 */
export function BlockedApp() {
  const framed = inFrame();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [over, setOver] = useState(false);
  const [live, setLive] = useState<LiveState | undefined>(undefined);
  const [pileUp, setPileUp] = useState(false);
  const original = originalUrlFrom(location.href);
  useEffect(() => {
    document.title = t('blocked_page_title');
    if (framed) return;
    sendMessage('getStatus').then(
      (status) => {
        setOver(status.night.phase === 'off');
        setSettings(status.settings);
        setLive(liveStateOf(status));
      },
      () => setSettings(unreachable()),
    );
    // Issue 17: when hard nights pile up, support leads the page.
    sendMessage('nightsPileUp').then(setPileUp, () => undefined);
  }, []);
  if (framed) return <FrameView />;
  if (!settings) return <main class="qh-blocked" aria-busy="true" />;
  if (over) return <MorningView original={original} sites={settings.blocking.sites} />;
  return (
    <BlockedView
      original={original}
      blocking={settings.blocking}
      contacts={settings.contacts}
      region={settings.region}
      live={live}
      pileUp={pileUp}
      onAllow={allow}
    />
  );
}
