import { t } from '../i18n';
import { isTouchableUrl } from '../page-access';
import { onMessage, type ProtocolMap, type SaveResult, type Status } from '../protocol';
import { nightAt, pauseTonightOverride, startNowOverride } from '../schedule';
import { parseSettings } from '../settings/parse';
import { describeSite } from '../site-pattern';
import { defaultSettings, type Settings } from '../settings/schema';
import { clearBackup, clearRestored, loadBackup, saveOverride } from '../settings/store';
import { chooseSync, parseSyncChoice } from '../settings/sync';
import { SYNC_CHOICE } from '../storage/local';
import { allowForAWhile } from './allow';
import { answerNight, forgetNights, loadCheckIn, nightsPileUpNow, setCheckIn } from './check-in';
import { loadNight } from './night';
import {
  beginBreath,
  cancelWaiting,
  dontDimSite,
  finishBreath,
  pauseWaits,
  saveAsNightAllows,
  storeSyncedAsNightAllows,
} from './pending';
import { hasSeen, markSeen } from './notices';
import { takePauseAsk } from './pause-ask';
import { serially } from './queue';
import { changeThenReconcile } from './reconcile';
import { maySend } from './sender';
import { currentStatus } from './status';

type Handlers = {
  [K in keyof ProtocolMap]: (
    data: Parameters<ProtocolMap[K]>[0],
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** The status as it stands once every change already queued is made. */
const statusNow = () => serially(() => currentStatus(Date.now()));

/**
 * Makes one change to stored state from a page: read, change and write in the queue, so no
 * other change can come in between and be lost, then reconcile. Answers with the status after.
 */
async function applied(change: (now: number) => Promise<unknown>): Promise<Status> {
  await changeThenReconcile(() => change(Date.now()));
  return statusNow();
}

/**
 * Stores settings that passed `parseSettings` the way the night allows (loosening waits, see
 * `pending.ts`) and answers with the status after, and the breathing pause when one is asked.
 */
async function store(settings: Settings): Promise<SaveResult> {
  const { breath } = await changeThenReconcile(() => saveAsNightAllows(settings, Date.now()));
  const status = await statusNow();
  return breath ? { ok: true, status, breath } : { ok: true, status };
}

/** What each message does. Every payload is untrusted until `parseSettings` has read it. */
export const HANDLERS: Handlers = {
  getStatus: statusNow,
  saveSettings: async (input) => {
    const parsed = parseSettings(input);
    return parsed.ok ? store(parsed.settings) : parsed;
  },
  resetSettings: () => store(defaultSettings()),
  startNow: () =>
    applied(async (now) => {
      const { settings, zone } = await loadNight(now);
      await saveOverride(startNowOverride(settings.schedule, zone, now));
    }),
  pauseTonight: () =>
    applied(async (now) => {
      // While the night holds, pausing it is a loosening: it goes through beginBreath instead.
      if (await pauseWaits(now)) return;
      const { settings, zone, override } = await loadNight(now);
      // Pausing a manual start when no scheduled night is under way simply ends that start.
      const manualStartOnly = override?.kind === 'start' && !nightAt(settings.schedule, zone, now);
      await saveOverride(
        manualStartOnly ? undefined : pauseTonightOverride(settings.schedule, zone, now),
      );
    }),
  resume: () => applied(() => saveOverride(undefined)),
  getBackup: async () => (await loadBackup()) ?? null,
  clearBackup: () => applied(() => clearBackup()),
  dismissRestored: () => applied(() => clearRestored()),
  dontDimSite: async (url) => {
    const site = typeof url === 'string' && isTouchableUrl(url) ? describeSite(url) : null;
    if (!site)
      return { ok: false, errors: [{ field: 'notDimmed', message: t('popup_tab_untouchable') }] };
    const answer = await changeThenReconcile(() => dontDimSite(site, Date.now()));
    if (answer && 'ok' in answer) return answer;
    const status = await statusNow();
    return answer?.breath ? { ok: true, status, breath: answer.breath } : { ok: true, status };
  },
  allowForAWhile: (url) => allowForAWhile(url),
  beginBreath: (purpose) => serially(() => beginBreath(purpose, Date.now())),
  finishBreath: async (token) => {
    const done = await changeThenReconcile(() => finishBreath(token, Date.now()));
    return { done, status: await statusNow() };
  },
  cancelWaiting: (item) => applied(() => cancelWaiting(item)),
  setSyncChoice: (input) =>
    changeThenReconcile(async () => {
      const choice = parseSyncChoice(input);
      if (choice) await chooseSync(choice, Date.now(), storeSyncedAsNightAllows);
      return SYNC_CHOICE.get();
    }),
  privateNoticeDismissed: () => hasSeen('privateNotice'),
  dismissPrivateNotice: async () => {
    await markSeen('privateNotice');
    return true;
  },
  getCheckIn: () => loadCheckIn(Date.now()),
  setCheckIn: (on) => setCheckIn(on, Date.now()),
  answerNight: (answer) => answerNight(answer, Date.now()),
  forgetNights: () => forgetNights(Date.now()),
  nightsPileUp: () => nightsPileUpNow(Date.now()),
  pauseAsked: () => takePauseAsk(Date.now()),
};

/**
 * Registers a listener per message. Only the extension's own pages allowed to send a message
 * (`MESSAGE_SENDERS`) are answered; anything else gets an error and changes nothing. Returns a
 * function that removes every listener.
 */
export function registerHandlers(handlers: Handlers = HANDLERS): () => void {
  const removers = (Object.keys(handlers) as Array<keyof Handlers>).map((type) =>
    // Async, so a refusal travels back to the sender as an error instead of escaping the listener.
    onMessage(type, async (message) => {
      if (!maySend(type, message.sender)) throw new Error(t('error_not_allowed'));
      const handler = handlers[type] as (data: unknown) => Promise<unknown>;
      return handler(message.data) as never;
    }),
  );
  return () => removers.forEach((remove) => remove());
}
