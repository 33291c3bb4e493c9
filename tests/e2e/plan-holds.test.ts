import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { checksFor } from './harness/pause-checks';
import { decodePng } from './helpers/png';
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

  it('a listed site in a frame of another page never loads there: the frame shows the small pause view', async () => {
    expect((await session.send('saveSettings', night())).res?.ok).toBe(true);
    // A server of its own, to see which frame requests arrive at all.
    const seen: string[] = [];
    const server = createServer((request, response) => {
      seen.push(request.url ?? '');
      response.end('<h1 id="page">loaded</h1>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const page = await visit(url('other.test', '/article'));
    try {
      await eventually(() => page.evaluate(() => !!document.getElementById('page'), undefined));
      const framed = `http://blocked.test:${port}/embed/x`;
      const loaded = (src: string) =>
        page.evaluate(
          (src) =>
            new Promise<boolean>((resolve) => {
              const frame = document.createElement('iframe');
              Object.assign(frame, { src, width: '300', height: '150' });
              frame.addEventListener('load', () => resolve(true), { once: true });
              document.body.append(frame);
            }),
          src,
        );
      expect(await loaded(`http://other.test:${port}/embed/unlisted`)).toBe(true);
      expect(await loaded(framed)).toBe(true);
      expect(seen).toContain('/embed/unlisted');
      expect(seen).not.toContain('/embed/x');

      // What the person sees: the pause view's dark card where the listed frame is, while the
      // unlisted frame beside it shows its light page (both under the night's dimming).
      const brightness = async (index: number) => {
        const box = await page.evaluate((i) => {
          const r = document.querySelectorAll('iframe')[i]!.getBoundingClientRect();
          return { x: Math.round(r.x) + 3, y: Math.round(r.y) + 3, width: 8, height: 8 };
        }, index);
        const { data } = decodePng(await page.screenshot({ clip: box }));
        let sum = 0;
        for (let i = 0; i < data.length; i += 4)
          sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        return sum / (data.length / 4);
      };
      expect(await brightness(0)).toBeGreaterThan(150);
      expect(await eventually(async () => (await brightness(1)) < 60)).toBe(true);

      // Firefox's WebDriver BiDi lists an extension frame as about:blank and cannot run code in
      // it (as with extension tabs), so the frame's own words are read in Chromium.
      if (session.name === 'chromium') {
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
      }
      // The page around the frame is left as it was.
      expect(page.url()).toBe(url('other.test', '/article'));
    } finally {
      server.close();
      await page.close();
    }
  });
});
