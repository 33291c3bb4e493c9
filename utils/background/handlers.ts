import { t } from '../i18n';
import { isTouchableUrl } from '../page-access';
import { onMessage, type ProtocolMap, type SaveResult } from '../protocol';
import { isOverrideLive, nightAt, pauseTonightOverride, startNowOverride } from '../schedule';
import { parseSettings } from '../settings/parse';
import { describeSite } from '../site-pattern';
import { defaultSettings, type Settings } from '../settings/schema';
import {
  clearBackup,
  loadBackup,
  loadOverride,
  loadSettings,
  saveOverride,
  saveSettings,
} from '../settings/store';
import { allowForAWhile } from './allow';
import { hasSeen, markSeen } from './notices';
import { requestReconcile } from './reconcile';
import { isExtensionPage } from './sender';
import { currentStatus } from './status';

type Handlers = {
  [K in keyof ProtocolMap]: (
    data: Parameters<ProtocolMap[K]>[0],
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

async function store(settings: Settings): Promise<SaveResult> {
  await saveSettings(settings);
  await requestReconcile();
  return { ok: true, status: await currentStatus(Date.now()) };
}

async function applied<T>(change: Promise<T>) {
  await change;
  await requestReconcile();
  return currentStatus(Date.now());
}

/** What each message does. Every payload is untrusted until `parseSettings` has read it. */
export const HANDLERS: Handlers = {
  getStatus: () => currentStatus(Date.now()),
  saveSettings: async (input) => {
    const parsed = parseSettings(input);
    return parsed.ok ? store(parsed.settings) : parsed;
  },
  resetSettings: () => store(defaultSettings()),
  startNow: async () => {
    const { settings } = await loadSettings();
    return applied(saveOverride(startNowOverride(settings.schedule, Date.now())));
  },
  pauseTonight: async () => {
    const now = Date.now();
    const [{ settings }, current] = await Promise.all([loadSettings(), loadOverride()]);
    // Pausing a manual start when no scheduled night is under way simply ends that start.
    const manualStartOnly =
      current?.kind === 'start' && isOverrideLive(current, now) && !nightAt(settings.schedule, now);
    return applied(
      saveOverride(manualStartOnly ? undefined : pauseTonightOverride(settings.schedule, now)),
    );
  },
  resume: () => applied(saveOverride(undefined)),
  getBackup: async () => (await loadBackup()) ?? null,
  clearBackup: () => applied(clearBackup()),
  neverTouchSite: async (url) => {
    const site = typeof url === 'string' && isTouchableUrl(url) ? describeSite(url) : null;
    if (!site)
      return { ok: false, errors: [{ field: 'neverTouch', message: t('popup_tab_untouchable') }] };
    const { settings } = await loadSettings();
    const parsed = parseSettings({ ...settings, neverTouch: [...settings.neverTouch, site] });
    return parsed.ok ? store(parsed.settings) : parsed;
  },
  allowForAWhile: (url) => allowForAWhile(url),
  privateNoticeDismissed: () => hasSeen('privateNotice'),
  dismissPrivateNotice: async () => {
    await markSeen('privateNotice');
    return true;
  },
};

/**
 * Registers a listener per message. Only the extension's own pages are answered; anything else
 * gets an error and changes nothing. Returns a function that removes every listener.
 */
export function registerHandlers(handlers: Handlers = HANDLERS): () => void {
  const removers = (Object.keys(handlers) as Array<keyof Handlers>).map((type) =>
    // Async, so a refusal travels back to the sender as an error instead of escaping the listener.
    onMessage(type, async (message) => {
      if (!isExtensionPage(message.sender)) throw new Error(t('error_not_allowed'));
      const handler = handlers[type] as (data: unknown) => Promise<unknown>;
      return handler(message.data) as never;
    }),
  );
  return () => removers.forEach((remove) => remove());
}
