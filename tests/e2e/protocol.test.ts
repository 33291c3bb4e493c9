import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { plantPauseShortcut } from './harness/page-ui';
import {
  eventually,
  sendFrom,
  type Answer,
  type ExtensionSession,
  type Message,
  type Payload,
  type Reply,
  type TestPage,
} from './harness/session';

/**
 * Each message, sent by the real built extension from the page that sends it in use, and
 * answered by the real background: what the UI tests reach only through clicks, and what no
 * click reaches in a test (the reset, the set-aside copy, the popup's one-click site).
 */
describe.each(BROWSERS)('protocol in $name', ({ launch }) => {
  let session: ExtensionSession;
  // One tab per extension page, opened on first use and kept: opening a tab is the slow part.
  const pages = new Map<string, Promise<TestPage>>();
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  /** Sends one message from the extension page at `path`. */
  async function send<K extends Message>(
    path: string,
    type: K,
    ...data: Payload<K>
  ): Promise<Answer<Reply<K>>> {
    if (!pages.has(path)) pages.set(path, session.openExtensionPage(path));
    return sendFrom(await pages.get(path)!, type, ...data);
  }

  async function save(patch: Partial<Settings>): Promise<Settings> {
    // A short breathing pause, so a save that loosens the night (the harness sits through the
    // pause) stays quick.
    const settings = settingsWith({ ...patch, blocking: { pauseSeconds: 5, ...patch.blocking } });
    expect((await send('/options.html', 'saveSettings', settings)).res?.ok).toBe(true);
    return settings;
  }

  it('the popup starts quiet hours now, pauses tonight and resumes', async () => {
    await save({ schedule: nightSchedule(false) });
    const started = (await send('/popup.html', 'startNow')).res!;
    expect(started.night.phase).not.toBe('off');
    expect(started.override).toMatchObject({ kind: 'start' });

    await save({ schedule: nightSchedule(true) });
    await send('/popup.html', 'resume');
    // At night pausing is a loosening: nothing changes until a breathing pause is over.
    expect((await send('/popup.html', 'pauseTonight')).res!.night.phase).toBe('on');
    const breath = (await send('/popup.html', 'beginBreath', 'pauseTonight')).res!;
    await new Promise((resolve) => setTimeout(resolve, breath.seconds * 1000 + 100));
    const paused = (await send('/popup.html', 'finishBreath', breath.token)).res!.status;
    expect(paused.night.phase).toBe('off');
    expect(paused.override).toMatchObject({ kind: 'pause' });

    const resumed = (await send('/popup.html', 'resume')).res!;
    expect(resumed.night.phase).toBe('on');
    expect(resumed.override).toBeNull();
  });

  it('the popup stops dimming a page’s site, and refuses a page that is not on the web', async () => {
    await save({ schedule: nightSchedule(false), notDimmed: ['example.org'] });
    const saved = await send(
      '/popup.html',
      'dontDimSite',
      'https://www.news.example.net/today?x=1',
    );
    expect(saved.res).toMatchObject({ ok: true });
    const status = (await send('/popup.html', 'getStatus')).res!;
    expect(status.settings.notDimmed).toEqual(['example.org', 'news.example.net']);
    expect(status.settings.neverTouch).toEqual([]);

    const refused = await send('/popup.html', 'dontDimSite', 'about:blank');
    expect(refused.res).toMatchObject({ ok: false, errors: [{ field: 'notDimmed' }] });
    expect((await send('/popup.html', 'getStatus')).res!.settings.notDimmed).toEqual([
      'example.org',
      'news.example.net',
    ]);
  });

  it('the pause page opens a listed site only when the pause setting offers it', async () => {
    const blocking = { ...defaultSettings().blocking, sites: ['youtube.com'], pauseSeconds: 5 };
    await save({ schedule: nightSchedule(true), blocking: { ...blocking, friction: 'off' } });
    const listed = 'https://www.youtube.com/watch?v=1';
    expect((await send('/blocked.html', 'allowForAWhile', listed)).res).toBe(false);
    expect((await send('/blocked.html', 'allowForAWhile', 'javascript:1')).res).toBe(false);

    await save({ schedule: nightSchedule(true), blocking: { ...blocking, friction: 'pause' } });
    expect((await send('/blocked.html', 'allowForAWhile', listed)).res).toBe(true);
  });

  it('at night a loosening waits for a breathing pause the background times itself', async () => {
    const blocking = { ...defaultSettings().blocking, sites: ['youtube.com'], pauseSeconds: 5 };
    await save({ schedule: nightSchedule(true), blocking });
    // Pausing tonight is a loosening: the popup gets a pause of the user's length first.
    expect((await send('/popup.html', 'beginBreath', 'pauseTonight')).res).toMatchObject({
      seconds: 5,
    });
    // Nothing waits from the settings page, so it has no pause to begin, and a guessed token
    // finishes nothing.
    expect((await send('/options.html', 'beginBreath', 'settings')).res).toBeNull();
    const guessed = (await send('/options.html', 'finishBreath', 'not-the-token')).res!;
    expect(guessed.done).toBe(false);
    expect(guessed.status.night.phase).not.toBe('off');
    const cancelled = (await send('/options.html', 'cancelWaiting', null)).res!;
    expect(cancelled.waiting).toBeUndefined();
    expect(cancelled.settings.blocking.sites).toEqual(['youtube.com']);
  });

  it('the popup’s private-window notice, once dismissed, stays dismissed', async () => {
    // Whether the notice shows also depends on the browser's private-window permission, which a
    // test cannot set; the stored "Got it" is what the popup reads.
    expect((await send('/popup.html', 'privateNoticeDismissed')).res).toBe(false);
    expect((await send('/popup.html', 'dismissPrivateNotice')).res).toBe(true);
    expect((await send('/popup.html', 'privateNoticeDismissed')).res).toBe(true);
    expect((await send('/options.html', 'dismissPrivateNotice')).err).toBeDefined();
  });

  it('the popup takes the pause shortcut’s request once, and no other page can', async () => {
    // The popup tab opens first: a popup that opens later takes the request itself.
    await send('/popup.html', 'getStatus');
    await send('/options.html', 'getStatus');
    await plantPauseShortcut(await pages.get('/options.html')!);
    expect((await send('/options.html', 'pauseAsked')).err).toBeDefined();
    expect((await send('/popup.html', 'pauseAsked')).res).toBe(true);
    expect((await send('/popup.html', 'pauseAsked')).res).toBe(false);
  });

  it('the settings page resets to the defaults, and has no set-aside copy to offer', async () => {
    await save({
      // By day, so the reset is not a change that waits on the night, whatever the hour.
      schedule: nightSchedule(false),
      effects: { dim: 70, warmth: 10, grayscale: 50 },
      clockHiding: false,
    });
    expect((await send('/options.html', 'getBackup')).res).toBeNull();
    const cleared = (await send('/options.html', 'clearBackup')).res!;
    expect(cleared.recovered).toBe(false);
    expect(cleared.settings.effects).toEqual({ dim: 70, warmth: 10, grayscale: 50 });
    // Nothing was lost and put back, so there is nothing to dismiss; dismissing changes nothing.
    const dismissed = (await send('/options.html', 'dismissRestored')).res!;
    expect(dismissed).toMatchObject({ restored: false, settings: cleared.settings });

    const reset = (await send('/options.html', 'resetSettings')).res!;
    expect(reset).toMatchObject({ ok: true });
    const status = (await send('/options.html', 'getStatus')).res!;
    expect(status.settings).toEqual(defaultSettings());
  });

  it('the settings go to the browser sync, contacts only when ticked, and come back from it', async () => {
    const page = await session.openExtensionPage('/options.html');
    const sync = (items?: Record<string, unknown>) =>
      page.evaluate(async (set) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        if (set) await api.storage.sync.set(set);
        return JSON.stringify(await api.storage.sync.get(null));
      }, items);
    const sam = { name: 'Sam', phone: '+1 555 0100', url: '' };
    await save({ neverTouch: ['docs.example.org'], contacts: [sam] });
    // On by default, without the contacts.
    expect(await sync()).toContain('docs.example.org');
    expect(await sync()).not.toContain('555');
    const both = (await send('/options.html', 'setSyncChoice', { settings: true, contacts: true }))
      .res;
    expect(both).toEqual({ settings: true, contacts: true });
    expect(await sync()).toContain('555');

    // Another of the user's browsers saves later, without its contacts: taken, contacts kept.
    const later = { ...defaultSettings(), clockHiding: false };
    const { contacts: _, ...shared } = later;
    await sync({
      settingsCopy: { parts: 1 },
      settingsCopy0: JSON.stringify({ savedAt: Date.now() + 60_000, settings: shared }),
    });
    await eventually(async () => {
      const status = (await send('/options.html', 'getStatus')).res!;
      return status.settings.clockHiding === false && status.settings.contacts.length === 1;
    });
    await send('/options.html', 'setSyncChoice', { settings: false, contacts: false });
    await page.close();
  });
});
