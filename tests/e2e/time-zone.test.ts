import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveState } from '../../utils/live-state';
import type { Settings } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import {
  eventually,
  type ExtensionSession,
  type Message,
  type Payload,
  type Reply,
  type TestPage,
} from './harness/session';

// The harness runs both browsers in UTC, as Firefox's fingerprinting protection reports it.
const FAR_ZONE = 'Asia/Tokyo'; // UTC+9, no daylight saving: 9 hours from the hours below

/**
 * Quiet hours on now or starting within the hour, with a short breathing pause for the saves
 * that loosen the night.
 */
const nightOr = (on: boolean): Settings =>
  settingsWith({ schedule: nightSchedule(on), blocking: { pauseSeconds: 5 } });

const present = (page: TestPage, selector: string) =>
  page.evaluate((s) => Boolean(document.querySelector(s)), selector);

describe.each(BROWSERS)('the time zone in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  async function send<K extends Message>(type: K, ...data: Payload<K>): Promise<Reply<K>> {
    return (await session.send(type, ...data)).res!;
  }
  const live = async () => {
    const page = await session.openExtensionPage('/options.html');
    try {
      return await page.evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return (await api.storage.local.get('live')).live as LiveState;
      }, undefined);
    } finally {
      await page.close();
    }
  };
  const save = async (settings: Settings) =>
    expect((await send('saveSettings', settings)).ok).toBe(true);

  it('the popup says the browser reports UTC by day, and never at night', async () => {
    await save(nightOr(false));
    let popup = await session.openExtensionPage('/popup.html');
    await eventually(() => present(popup, '.qh-night-state'));
    expect(await present(popup, '.qh-utc-notice')).toBe(true);
    await popup.close();

    await save(nightOr(true));
    popup = await session.openExtensionPage('/popup.html');
    await eventually(() => present(popup, '.qh-night-state'));
    expect(await present(popup, '.qh-utc-notice')).toBe(false);
    await popup.close();
  });

  it('a zone chosen at night waits for a breathing pause, then reaches the background and turns the night off', async () => {
    // On now in UTC (from an hour ago to two hours on); nine hours later in Tokyo it is not.
    await save(nightOr(true));
    expect((await send('getStatus')).night.phase).toBe('on');
    const page = await session.openExtensionPage('/options.html');
    await eventually(() => present(page, '.qh-utc-notice'));
    // The notice's button brings the user to the zone list.
    await page.evaluate(() => {
      const notice = document.querySelector('.qh-utc-notice button') as HTMLButtonElement;
      notice.click();
    }, undefined);
    await eventually(() =>
      page.evaluate((zone) => {
        const select = document.activeElement as HTMLSelectElement;
        if (select.id !== 'f-timeZone' || !select.querySelector(`option[value="${zone}"]`))
          return false;
        select.value = zone;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }, FAR_ZONE),
    );
    await page.evaluate(() => {
      const save = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Save',
      );
      save!.click();
    }, undefined);
    // Another zone could end the night at once, so at night it waits like any loosening change.
    expect(
      await eventually(() =>
        page.evaluate(
          () => document.querySelector('.qh-save-message')?.textContent?.trim(),
          undefined,
        ),
      ),
    ).toBe(
      'Saved. Reading your hours in another time zone takes effect after a breathing pause, or in the morning.',
    );
    expect((await send('getStatus')).night.phase).toBe('on');
    // "Apply it now" is offered once the pause is over.
    await eventually(
      () =>
        page.evaluate(() => {
          const apply = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Apply it now' && !b.disabled,
          );
          apply?.click();
          return Boolean(apply);
        }, undefined),
      20_000,
    );
    await eventually(async () => (await send('getStatus')).settings.timeZone === FAR_ZONE);
    await eventually(async () => !(await present(page, '.qh-utc-notice')));
    await page.close();

    const status = await send('getStatus');
    expect(status.settings.timeZone).toBe(FAR_ZONE);
    expect(status.zone).toBe(FAR_ZONE);
    expect(status.night.phase).toBe('off');
    expect(
      await eventually(async () => ((await live()).zone === FAR_ZONE ? live() : null)),
    ).toMatchObject({ phase: 'off', zone: FAR_ZONE });

    // Back to this browser's zone: the same hours are on again.
    await save({ ...status.settings, timeZone: null });
    expect((await send('getStatus')).night.phase).toBe('on');
    expect(await live()).toMatchObject({
      phase: 'on',
      zone: expect.stringMatching(/^(Etc\/)?UTC$/),
    });
  });
});
