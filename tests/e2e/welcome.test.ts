import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../utils/settings/schema';
import { BROWSERS } from './harness/browsers';
import { clickButton } from './harness/page-ui';
import { eventually, type ExtensionSession } from './harness/session';

/** The browser's tabs that show the welcome page, as the extension itself sees them. */
async function welcomeTabs(session: ExtensionSession): Promise<number> {
  const page = await session.openExtensionPage('/options.html');
  try {
    return await page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: Array<{ url?: string }> = await api.tabs.query({});
      return tabs.filter((tab) => tab.url?.endsWith('/welcome.html')).length;
    }, undefined);
  } finally {
    await page.close();
  }
}

describe.each(BROWSERS)('welcome page in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  const status = async () => (await session.send('getStatus')).res!;

  it('opens once, on install', async () => {
    expect(await eventually(() => welcomeTabs(session))).toBe(1);
    // Give a second event the time it would need, then count again.
    await status();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await welcomeTabs(session)).toBe(1);
  });

  it('Done from the page stores the hours typed', async () => {
    const page = await session.openExtensionPage('/welcome.html');
    await eventually(() =>
      page.evaluate(() => document.querySelector('.qh-welcome-actions') !== null, undefined),
    );
    await page.evaluate(() => {
      // Quiet hours may be running where the test runs: the times then wait behind a button.
      const show = document.querySelector<HTMLButtonElement>('fieldset button');
      if (show && !document.getElementById('f-schedule-start')) show.click();
    }, undefined);
    await eventually(() =>
      page.evaluate(() => Boolean(document.getElementById('f-schedule-start')), undefined),
    );
    await page.evaluate(() => {
      const input = document.getElementById('f-schedule-start') as HTMLInputElement;
      input.value = '21:15';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, undefined);
    await clickButton(page, 'Done');
    await eventually(() =>
      page.evaluate(
        () => document.querySelector('h1')?.textContent === 'You are all set',
        undefined,
      ),
    );
    expect((await status()).settings.schedule).toEqual({
      ...defaultSettings().schedule,
      start: '21:15',
    });
    await page.close();
  });

  it('does not open again when the extension is reloaded', async () => {
    // Chromium: the browser starts again on the same profile (a reload from the extensions
    // page is an update, covered by the unit tests). Firefox: the harness installs the build
    // as a temporary add-on again, over the data it kept, and Firefox calls that an install.
    await session.restart();
    await eventually(() => status());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await welcomeTabs(session)).toBe(0);
    // The hours chosen on the welcome page are still there.
    expect((await status()).settings.schedule.start).toBe('21:15');
  });
});
