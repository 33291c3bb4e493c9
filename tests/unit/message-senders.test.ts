import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerHandlers } from '../../utils/background/handlers';
import { EXTENSION_PAGES, MESSAGE_SENDERS } from '../../utils/message-senders';
import type { ProtocolMap } from '../../utils/protocol';
import { defaultSettings } from '../../utils/settings/schema';
import { DB_KEYS } from '../../utils/storage/db';
import { contentScript, deliver, extensionPage } from './helpers/messages';
import { clearStore, readRaw } from './helpers/store';

// Who may send what is under test here, not the features a change reconciles.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

const REFUSED = "Only Quiet Hours' own pages can change its settings.";
type Message = keyof ProtocolMap;

/** Each message, and whether the popup, the options page, the pause page and the welcome page may send it. */
const TABLE: Array<[Message, popup: boolean, options: boolean, pause: boolean, welcome: boolean]> =
  [
    ['getStatus', true, true, true, true],
    ['saveSettings', false, true, false, true],
    ['resetSettings', false, true, false, false],
    ['startNow', true, false, false, false],
    ['pauseTonight', true, false, false, false],
    ['resume', true, false, false, false],
    ['getBackup', false, true, false, false],
    ['clearBackup', false, true, false, false],
    ['dismissRestored', false, true, false, false],
    ['dontDimSite', true, false, false, false],
    ['allowForAWhile', false, false, true, false],
    ['beginBreath', true, true, false, false],
    ['finishBreath', true, true, false, false],
    ['cancelWaiting', false, true, false, false],
    ['setSyncChoice', false, true, false, false],
    ['privateNoticeDismissed', true, false, false, false],
    ['dismissPrivateNotice', true, false, false, false],
    ['getCheckIn', true, true, false, false],
    ['setCheckIn', true, true, false, true],
    ['answerNight', true, false, false, false],
    ['forgetNights', false, true, false, false],
    ['nightsPileUp', false, false, true, false],
    ['pauseAsked', true, false, false, false],
  ];

/** A payload each message would act on, so a refusal that let it through would show. */
const PAYLOAD: { [K in Message]: Parameters<ProtocolMap[K]>[0] } = {
  getStatus: undefined,
  saveSettings: { ...defaultSettings(), clockHiding: false },
  resetSettings: undefined,
  startNow: undefined,
  pauseTonight: undefined,
  resume: undefined,
  getBackup: undefined,
  clearBackup: undefined,
  dismissRestored: undefined,
  dontDimSite: 'https://example.com/',
  allowForAWhile: 'https://youtube.com/',
  beginBreath: 'settings',
  finishBreath: 'not-a-token',
  cancelWaiting: null,
  setSyncChoice: { settings: false, contacts: false },
  privateNoticeDismissed: undefined,
  dismissPrivateNotice: undefined,
  getCheckIn: undefined,
  setCheckIn: true,
  answerNight: 'none',
  forgetNights: undefined,
  nightsPileUp: undefined,
  pauseAsked: undefined,
};

const stored = () => Promise.all(Object.values(DB_KEYS).map((key) => readRaw(key)));

let unregister: () => void;
beforeEach(async () => {
  await clearStore();
  unregister = registerHandlers();
});
afterEach(() => unregister());

describe('which page may send which message', () => {
  it('the table names every message', () => {
    expect(TABLE.map(([type]) => type).sort()).toEqual(Object.keys(MESSAGE_SENDERS).sort());
  });

  const cases = TABLE.flatMap(([type, popup, options, pause, welcome]) =>
    (
      [
        ['popup', popup],
        ['options', options],
        ['pause', pause],
        ['welcome', welcome],
      ] as const
    ).map(([page, allowed]) => ({ type, page, allowed })),
  );

  it.each(cases)('$type from the $page page: allowed $allowed', async ({ type, page, allowed }) => {
    const before = await stored();
    const { err } = await deliver(
      type,
      PAYLOAD[type] as never,
      extensionPage(EXTENSION_PAGES[page]),
    );
    if (allowed) {
      expect(err?.message).not.toBe(REFUSED);
    } else {
      expect(err?.message).toBe(REFUSED);
      expect(await stored()).toEqual(before);
    }
  });

  it('the pause page keeps its address after the #, and is still the pause page', async () => {
    const sender = extensionPage('/blocked.html#https://youtube.com/watch?v=1');
    expect((await deliver('getStatus', undefined, sender)).err).toBeUndefined();
    expect((await deliver('saveSettings', PAYLOAD.saveSettings, sender)).err?.message).toBe(
      REFUSED,
    );
  });

  it.each([
    ['a content script', contentScript()],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
    [
      'another extension claiming our id',
      { id: fakeBrowser.runtime.id, url: 'chrome-extension://other/options.html' },
    ],
    ['one of our files that is not a page that sends', extensionPage('/clock-mask.js')],
    ['a sender without an address', { id: fakeBrowser.runtime.id }],
  ])('%s may send nothing', async (_, sender) => {
    for (const [type] of TABLE) {
      const { err } = await deliver(type, PAYLOAD[type] as never, sender);
      expect(err?.message, type).toBe(REFUSED);
    }
    expect(await stored()).toEqual(Object.values(DB_KEYS).map(() => undefined));
  });
});
