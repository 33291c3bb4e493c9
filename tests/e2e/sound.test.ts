import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { BROWSERS, undimmedNight } from './harness/browsers';
import { clickButton } from './harness/page-ui';
import { startTestSite, type TestSite } from './harness/server';
import { eventually, type ExtensionSession, type TestPage } from './harness/session';

/**
 * "Keep new sound down" (issue 16) in the real browsers: the browser itself says a tab has
 * become audible, the background mutes it, and the popup on that tab turns it back on.
 */
let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the browser's tabs API says of one tab (read from an extension page). */
interface TabSound {
  id: number;
  active: boolean;
  audible: boolean;
  muted: boolean;
  reason?: string;
}

describe.each(BROWSERS)('keep new sound down in $name', ({ launch }) => {
  let session: ExtensionSession;
  /** An extension page kept open in the background, to read and switch tabs as the browser does. */
  let tabs: TestPage;

  beforeAll(async () => {
    session = await launch({ sound: true });
    tabs = await session.openExtensionPage('/options.html');
  });
  afterAll(() => session?.close());

  /** Saves the settings: night or day, "Keep new sound down" on or off, other.test never touched. */
  async function night(on: boolean, keepSoundDown: boolean) {
    const saved = await session.send(
      'saveSettings',
      undimmedNight(on, {
        // Sound a script starts is let through, so only "Keep new sound down" acts on it.
        autoplayWaits: false,
        keepSoundDown,
        neverTouch: ['other.test'],
      }),
    );
    expect(saved.res).toMatchObject({ ok: true });
  }

  /** The tab showing `url`, as the tabs API reports it. */
  const tabAt = (url: string) =>
    tabs.evaluate(async (u) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      // Found by its whole address: Firefox's URL patterns in `query` leave the search out.
      const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === u);
      if (!tab) return undefined;
      const info = tab.mutedInfo ?? {};
      return {
        id: tab.id,
        active: tab.active,
        audible: tab.audible,
        muted: info.muted,
        reason: info.reason,
      } as TabSound;
    }, url);

  /** Brings the tab showing `url` to the front of its window, as a click on its tab would. */
  const activate = (url: string) =>
    tabs.evaluate(async (u) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      // Found by its whole address: Firefox's URL patterns in `query` leave the search out.
      const tab = (await api.tabs.query({})).find((t: { url?: string }) => t.url === u);
      await api.tabs.update(tab.id, { active: true });
    }, url);

  /**
   * Opens the page that plays a sound when asked, and another page in front of it (or leaves
   * the sound's tab in front), then has the page's script start the sound. Resolves once the
   * browser reports the tab as audible.
   */
  async function soundStarts(where: 'behind' | 'in front', host = '127.0.0.1') {
    const soundUrl = `http://${host}:${site.port}/still/sound-later.html?${Math.random()}`;
    const readingUrl = `${site.origin}/reading?${Math.random()}`;
    const sound = await session.openPage(soundUrl);
    const reading = await session.openPage(readingUrl);
    await activate(where === 'behind' ? readingUrl : soundUrl);
    expect((await tabAt(soundUrl))?.active).toBe(where === 'in front');
    expect(await sound.evaluate(() => (window as any).startSound(), undefined)).toBe(true);
    await eventually(async () => (await tabAt(soundUrl))?.audible);
    return { sound, reading, soundUrl };
  }

  /** Checks, a moment after it became audible, that the tab still plays unmuted. */
  async function playsOn(soundUrl: string) {
    // The mute follows the browser's "audible" at once when it comes: give it that moment.
    await sleep(1500);
    expect(await tabAt(soundUrl)).toMatchObject({ audible: true, muted: false });
  }

  it('by day, leaves a tab that starts sound behind another alone', async () => {
    await night(false, true);
    const { sound, reading, soundUrl } = await soundStarts('behind');
    await playsOn(soundUrl);
    await sound.close();
    await reading.close();
  });

  it('at night with "Keep new sound down" off, leaves such a tab alone', async () => {
    await night(true, false);
    const { sound, reading, soundUrl } = await soundStarts('behind');
    await playsOn(soundUrl);
    await sound.close();
    await reading.close();
  });

  it('at night, lets the tab the person is in play', async () => {
    await night(true, true);
    const { sound, reading, soundUrl } = await soundStarts('in front');
    await playsOn(soundUrl);
    await sound.close();
    await reading.close();
  });

  it('at night, leaves a never-touched site alone', async () => {
    await night(true, true);
    const { sound, reading, soundUrl } = await soundStarts('behind', 'other.test');
    await playsOn(soundUrl);
    await sound.close();
    await reading.close();
  });

  it('at night, mutes a tab that starts sound behind another; its popup says so and turns it back on in one click', async () => {
    await night(true, true);
    const { sound, reading, soundUrl } = await soundStarts('behind');
    const muted = await eventually(async () => {
      const tab = await tabAt(soundUrl);
      return tab?.muted && tab;
    });
    expect(muted).toMatchObject({ audible: true, muted: true, reason: 'extension' });

    // The person goes to that tab and opens the popup there. The popup is opened as a tab
    // behind it, so that the sound's tab stays the current one, as it does under a real popup.
    await activate(soundUrl);
    await tabs.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.tabs.create({ url: '/popup.html', active: false });
    }, undefined);
    const popup = await eventually(async () => {
      // Asked of the document: Firefox's BiDi never reports where a moz-extension:// tab went.
      for (const page of await session.pages()) {
        const href = await page.evaluate(() => location.href, undefined).catch(() => '');
        if (href.endsWith('/popup.html')) return page;
      }
    });
    await eventually(() =>
      popup.evaluate(
        (words) => document.body.innerText.includes(words),
        english.still_muted_here.message,
      ),
    );
    await clickButton(popup, english.still_unmute.message);
    await eventually(async () => (await tabAt(soundUrl))?.muted === false);
    // The words go with the mute, and the sound is not muted again.
    expect(
      await popup.evaluate(
        (words) => document.body.innerText.includes(words),
        english.still_muted_here.message,
      ),
    ).toBe(false);
    await playsOn(soundUrl);

    await popup.close();
    await sound.close();
    await reading.close();
  });
});
