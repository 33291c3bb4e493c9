import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { checksFor } from './harness/pause-checks';
import { startTestSite, type TestSite } from './harness/server';
import { eventually, sendFrom, type ExtensionSession } from './harness/session';

// Issue 11: the plan made by day holds at night, and listed sites find no side door.
let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

/** A night on now, one listed site, and a short breathing pause so loosening stays quick. */
const night = () =>
  settingsWith({
    schedule: nightSchedule(true),
    blocking: { sites: ['blocked.test'], friction: 'pause', pauseSeconds: 5 },
  });

describe.each(BROWSERS)('the plan holds in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());
  const { url, visit, expectPaused } = checksFor(
    () => session,
    () => site,
  );

  it('"Don\'t dim" on a listed site, after its breathing pause, keeps the site waiting', async () => {
    expect((await session.send('saveSettings', night())).res?.ok).toBe(true);
    const popup = await session.openExtensionPage('/popup.html');
    try {
      // At night the click loosens the plan: the harness sits through the pause, as a person would.
      const answer = await sendFrom(popup, 'dontDimSite', url('blocked.test', '/watch'));
      expect(answer.res).toMatchObject({ ok: true, breath: { seconds: 5 } });
      const status = (await sendFrom(popup, 'getStatus')).res!;
      expect(status.settings.notDimmed).toEqual(['blocked.test']);
      expect(status.settings.neverTouch).toEqual([]);
    } finally {
      await popup.close();
    }
    await expectPaused(url('blocked.test', '/after'));
  });

  it('a listed site in a frame of another page shows the small pause view, readable at 300×150', async () => {
    expect((await session.send('saveSettings', night())).res?.ok).toBe(true);
    const page = await visit(url('host.test', '/article'));
    await eventually(() => page.evaluate(() => document.getElementById('page'), undefined));
    const framed = url('blocked.test', '/embed/x');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      Object.assign(frame, { src, width: '300', height: '150' });
      document.body.append(frame);
    }, framed);
    const frame = await eventually(async () =>
      page.frames().find((f) => f.url().includes('/blocked.html#')),
    );
    expect(frame.url().endsWith(`#${framed}`)).toBe(true);
    const view = await eventually(() =>
      frame.evaluate(() => {
        const main = document.querySelector('.qh-frame-view');
        const link = main?.querySelector('a');
        const root = document.documentElement;
        return (
          main &&
          link && {
            text: main.querySelector('p')?.textContent,
            target: link.getAttribute('target'),
            href: link.href === location.href,
            fits: root.scrollWidth <= 300 && root.scrollHeight <= 150,
          }
        );
      }, undefined),
    );
    expect(view).toEqual({
      text: 'This can wait until morning',
      target: '_top',
      href: true,
      fits: true,
    });
    // The page around the frame is left as it was.
    expect(page.url()).toBe(url('host.test', '/article'));
    await page.close();
  });
});
