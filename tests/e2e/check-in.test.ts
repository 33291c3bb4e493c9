import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClockTimes } from '../../utils/clock-text';
import type { Weekday } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';
import { axeSource, seriousViolations } from './harness/axe';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { clickButton } from './harness/page-ui';
import {
  eventually,
  type ExtensionSession,
  type Message,
  type Payload,
  type TestPage,
} from './harness/session';

const DAY = 86_400_000;
const QUESTION = 'How was last night?';

/** The UTC date (the browsers run in UTC) `daysAgo` days before today, `YYYY-MM-DD`. */
const dateAgo = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);

/**
 * A morning simulated by moving the schedule, not the clock: quiet hours only on the weekday
 * `daysAgo` days back, for one minute after midnight, so the last night that ended is that one
 * and none runs now.
 */
const morningAfter = (daysAgo: number) =>
  settingsWith({
    schedule: {
      start: '00:01',
      end: '00:02',
      days: [new Date(Date.now() - daysAgo * DAY).getUTCDay() as Weekday],
      rampMinutes: 0,
    },
    contacts: [{ name: 'My sponsor', phone: '+1 555 0100', url: '' }],
    // Short, for the one save that loosens a night (back to the day from the night).
    blocking: { pauseSeconds: 5 },
  });

/** What the extension's IndexedDB holds under `key`, read from one of its pages. */
const stored = (page: TestPage, key: string) =>
  page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('quiet-hours');
        // Never create the database here: that is the background's to do.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const request = open.result.transaction('kv').objectStore('kv').get(k);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result === undefined ? 'nothing' : request.result);
          };
        };
      }),
    key,
  );

/** What the popup (or any page) shows of the check-in right now. */
const shown = (page: TestPage) =>
  page.evaluate(
    () => ({
      question: document.getElementById('qh-checkin-question')?.textContent ?? null,
      strip: document.querySelector('.qh-strip-dots')?.getAttribute('aria-label') ?? null,
      lead: Boolean(document.querySelector('.qh-nights-lead')),
      offer: Boolean(document.querySelector('.qh-checkin-offer')),
      supportOpen: (document.querySelector('#qh-support details') as HTMLDetailsElement | null)
        ?.open,
      text: document.body.innerText,
    }),
    undefined,
  );

describe.each(BROWSERS)('the morning check-in in $name', ({ name, launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  const send = <K extends Message>(type: K, ...data: Payload<K>) => session.send(type, ...data);
  const save = async (settings: ReturnType<typeof morningAfter>) =>
    expect((await send('saveSettings', settings)).res?.ok).toBe(true);

  /**
   * Opens the popup and waits until the check-in's answer has arrived and been drawn. Its parts
   * draw nothing until then, so an opening that shows one of them (the offer, the question, the
   * strip or the lead) waits for it; one that should show none can only give the answer time.
   */
  async function openPopup(showsCheckIn = true): Promise<TestPage> {
    const page = await session.openExtensionPage('/popup.html');
    await eventually(() =>
      page.evaluate(() => document.querySelector('.qh-tab-info') !== null, undefined),
    );
    if (showsCheckIn)
      await eventually(async () => {
        const now = await shown(page);
        return now.offer || now.question !== null || now.strip !== null || now.lead;
      });
    else await new Promise((resolve) => setTimeout(resolve, 700));
    return page;
  }

  /** axe on the popup as it is (Chromium, as the other axe checks). */
  async function axe(page: TestPage, what: string) {
    if (name !== 'chromium') return;
    const popup = page as unknown as PlaywrightPage;
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.evaluate(await axeSource());
    expect(await seriousViolations(popup), what).toEqual([]);
  }

  it('off until turned on: nothing is asked, shown or stored', async () => {
    await save(morningAfter(5));
    const page = await openPopup();
    const off = await shown(page);
    expect(off).toMatchObject({ question: null, strip: null, lead: false, offer: true });
    // An answer sent while off stores nothing.
    expect((await send('answerNight', 'none')).res).toMatchObject({ choice: null, strip: [] });
    expect(await stored(page, 'nights')).toBe('nothing');
    expect(await stored(page, 'check-in')).toBe('nothing');
    await page.close();
  });

  it('turned on from the popup, asked once a morning; the strip and the lead come and step back', async () => {
    const popup = await openPopup();
    await clickButton(popup, 'Yes, ask me');
    await eventually(async () => (await shown(popup)).question === QUESTION);
    await axe(popup, 'the morning question');
    await popup.close();

    const mornings: Array<[number, string, string, boolean]> = [
      [4, "I didn't sleep", '1 hard night, 0 with some sleep, 13 not answered', false],
      [3, 'Barely slept', '2 hard nights, 0 with some sleep, 12 not answered', false],
      [2, "I didn't sleep", '3 hard nights, 0 with some sleep, 11 not answered', true],
    ];
    for (const [daysAgo, answer, counts, lead] of mornings) {
      await save(morningAfter(daysAgo));
      const page = await openPopup();
      expect((await shown(page)).question).toBe(QUESTION);
      await clickButton(page, answer);
      const after = await eventually(async () => {
        const now = await shown(page);
        return now.strip ? now : null;
      });
      expect(after).toMatchObject({ question: null, strip: `Last two weeks: ${counts}`, lead });
      if (daysAgo === 4) await axe(page, 'the strip');
      await page.close();
      // Opened again the same morning: nothing more is asked.
      const again = await openPopup();
      expect(await shown(again)).toMatchObject({ question: null, lead });
      await again.close();
    }
    const stillThere = await openPopup();
    const leading = await shown(stillThere);
    expect(leading.supportOpen).toBe(true);
    expect(leading.text.indexOf('several hard nights')).toBeLessThan(
      leading.text.indexOf('My sponsor'),
    );
    expect(await stored(stillThere, 'nights')).toEqual([
      { night: dateAgo(2), answer: 'none' },
      { night: dateAgo(3), answer: 'barely' },
      { night: dateAgo(4), answer: 'none' },
    ]);
    await axe(stillThere, 'the popup led by support');
    await stillThere.close();

    // At night: the popup and the pause page lead with support; no question, no strip, no time.
    await save({ ...morningAfter(1), schedule: nightSchedule(true) });
    expect((await send('nightsPileUp')).res).toBe(true);
    const night = await openPopup();
    const atNight = await shown(night);
    expect(atNight).toMatchObject({ question: null, strip: null, lead: true, supportOpen: true });
    expect(findClockTimes(atNight.text)).toEqual([]);
    await night.close();
    const pause = await session.openExtensionPage('/blocked.html#https://example.com/');
    await eventually(() =>
      pause.evaluate(() => Boolean(document.querySelector('.qh-nights-lead')), undefined),
    );
    const pauseText = await pause.evaluate(() => document.body.innerText, undefined);
    expect(pauseText.indexOf('several hard nights')).toBeLessThan(pauseText.indexOf('My sponsor'));
    await pause.close();

    // The next morning, a night with some sleep: support steps back.
    await save(morningAfter(1));
    const morning = await openPopup();
    await clickButton(morning, 'I slept some');
    await eventually(async () => (await shown(morning)).strip?.includes('1 with some sleep'));
    expect(await shown(morning)).toMatchObject({ lead: false, supportOpen: false });
    await morning.close();
    expect((await send('nightsPileUp')).res).toBe(false);
  });

  it('"Forget my nights" and turning it off, in settings, leave nothing behind', async () => {
    const options = await session.openExtensionPage('/options.html');
    await clickButton(options, 'Forget my nights');
    await eventually(() =>
      options.evaluate(
        () => document.body.innerText.includes('Your nights are forgotten.'),
        undefined,
      ),
    );
    expect(await stored(options, 'nights')).toBe('nothing');
    expect((await send('getCheckIn')).res?.strip.every((night) => night.answer === null)).toBe(
      true,
    );
    // Answered again, then turned off: forgotten too, and nothing shows.
    await save(morningAfter(6));
    expect((await send('answerNight', 'barely')).res?.asking).toBeNull();
    expect(await stored(options, 'nights')).toEqual([{ night: dateAgo(6), answer: 'barely' }]);
    await options.evaluate(() => document.getElementById('f-check-in')!.click(), undefined);
    await eventually(async () => (await stored(options, 'check-in')) === 'off');
    expect(await stored(options, 'nights')).toBe('nothing');
    await options.close();
    expect((await send('setCheckIn', false)).res).toEqual({
      choice: 'off',
      asking: null,
      strip: [],
      pileUp: false,
    });
    await save(morningAfter(5));
    const popup = await openPopup(false);
    expect(await shown(popup)).toMatchObject({
      question: null,
      strip: null,
      lead: false,
      offer: false,
    });
    await popup.close();
    expect((await send('forgetNights')).res?.choice).toBe('off');
  });
});
