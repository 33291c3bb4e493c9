import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { resize } from './harness/page-ui';
import { eventually, type ExtensionSession, type TestPage } from './harness/session';

/** The popup at the size browsers give it at most. */
async function openPopup(session: ExtensionSession): Promise<TestPage> {
  const page = await session.openExtensionPage('/popup.html');
  await resize(session, page, 360, 600);
  await eventually(() =>
    page.evaluate(() => document.querySelector('.qh-tab-info') !== null, undefined),
  );
  return page;
}

/** Where an element sits in the viewport, or null when it is not there. */
const boxOf = (page: TestPage, selector: string) =>
  page.evaluate((s) => {
    const rect = document.querySelector(s)?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom, right: rect.right } : null;
  }, selector);

describe.each(BROWSERS)('the popup at 360 × 600 in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  const save = async (sites: string[]) => {
    // By day, whatever the hour, so removing a site is not a change that waits on the night.
    const settings = settingsWith({ schedule: nightSchedule(false), blocking: { sites } });
    expect((await session.send('saveSettings', settings)).res?.ok).toBe(true);
  };

  it('support is one tap away on the first screen, and that tap shows the lines', async () => {
    await save(['blocked.test']);
    const page = await openPopup(session);
    const link = await boxOf(page, '.qh-support-shortcut a');
    expect(link).not.toBeNull();
    expect(link!.bottom).toBeLessThanOrEqual(600);
    expect(link!.right).toBeLessThanOrEqual(360);
    // Nothing runs off to the side.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth, undefined),
    ).toBeLessThanOrEqual(360);
    await page.evaluate(
      () => (document.querySelector('.qh-support-shortcut a') as HTMLElement).click(),
      undefined,
    );
    const call = await eventually(() => boxOf(page, '#qh-support a[href^="tel:"]'));
    expect(call.top).toBeGreaterThanOrEqual(0);
    expect(call.bottom).toBeLessThanOrEqual(600);
    await page.close();
  });

  it('the private-window notice shows only when sites wait and private windows are not allowed', async () => {
    const notice = async () => {
      const page = await openPopup(session);
      // Give the two answers the notice waits for their time.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { page, shown: Boolean(await boxOf(page, '.qh-private-note')) };
    };
    await save([]);
    const none = await notice();
    expect(none.shown).toBe(false);
    const allowed = await none.page.evaluate(() => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.extension.isAllowedIncognitoAccess() as Promise<boolean>;
    }, undefined);
    await none.page.close();

    await save(['blocked.test']);
    const listed = await notice();
    expect(listed.shown).toBe(!allowed);
    if (!allowed) {
      await listed.page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Got it',
        );
        button!.click();
      }, undefined);
      await eventually(async () => !(await boxOf(listed.page, '.qh-private-note')));
    }
    await listed.page.close();
    const again = await notice();
    expect(again.shown).toBe(false);
    await again.page.close();
  });
});
