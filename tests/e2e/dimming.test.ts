import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Effects, type Settings } from '../../utils/settings/schema';
import { BROWSERS, nightSchedule } from './harness/browsers';
import type { ChromiumSession } from './harness/chromium';
import { startTestSite, type TestSite } from './harness/server';
import { eventually, type ExtensionSession, type TestPage } from './harness/session';
import { decodePng } from './helpers/png';
import { settingsWith } from '../helpers/settings';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

type Rgb = [number, number, number];
type Clickable = TestPage & { click(selector: string): Promise<void> };

/** The average colour of a small area of the viewport. */
async function colourAt(page: TestPage, x: number, y: number): Promise<Rgb> {
  const { data } = decodePng(await page.screenshot({ clip: { x, y, width: 8, height: 8 } }));
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
  return sum.map((s) => Math.round(s / (data.length / 4))) as Rgb;
}

const near = (value: number, target: number, slack = 8) => Math.abs(value - target) <= slack;
/** White under `dim` %: brightness 1 − 0.8 × dim. */
const dimmedWhite = (dim: number) => Math.round(255 * (1 - 0.008 * dim));
const rootFilter = (page: TestPage) =>
  page.evaluate(() => getComputedStyle(document.documentElement).filter, undefined);
const firstFrameFilter = (page: TestPage) =>
  eventually(() => page.evaluate(() => (window as any).firstFrameFilter as string, undefined));

describe.each(BROWSERS)('dimming in $name', ({ name, launch }) => {
  let session: ExtensionSession;
  let page: TestPage;
  const url = () => `${site.origin}/dimming-page.html`;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  async function night(on: boolean, effects: Partial<Effects> = {}, neverTouch: string[] = []) {
    const settings: Settings = settingsWith({
      schedule: nightSchedule(on),
      effects: { dim: 50, warmth: 0, grayscale: 0, ...effects },
      // Short, so the harness's breathing pause when a save loosens the night stays quick.
      blocking: { pauseSeconds: 5 },
      clockHiding: false,
      neverTouch,
    });
    const saved = await session.send('saveSettings', settings);
    expect(saved.res).toMatchObject({ ok: true });
  }

  it('leaves pages alone outside quiet hours', async () => {
    await night(false);
    page = await session.openPage(url());
    expect(await rootFilter(page)).toBe('none');
    expect(await colourAt(page, 100, 100)).toEqual([255, 255, 255]);
  });

  it('dims a tab opened before wind-down, without a reload, and breaks nothing', async () => {
    const layout = () =>
      page.evaluate(() => {
        const box = (id: string) => document.getElementById(id)!.getBoundingClientRect().top;
        return [box('white'), box('red'), box('frame')];
      }, undefined);
    const before = await layout();
    await page.evaluate(() => ((window as any).marker = 'same document'), undefined);
    await night(true, { dim: 50 });
    const white = dimmedWhite(50);
    await eventually(async () => near((await colourAt(page, 100, 100))[0], white), 15_000);
    expect(await page.evaluate(() => (window as any).marker, undefined)).toBe('same document');
    expect(await layout()).toEqual(before);
    // The frame is dimmed once, by its page: as dark as the page around it, not darker.
    const frameTop = (await layout())[2]!;
    expect(near((await colourAt(page, 100, frameTop + 30))[0], white)).toBe(true);
    // A fixed header stays at the top after scrolling, sticky stays stuck, clicks pass through.
    await page.evaluate(() => window.scrollTo(0, 1000), undefined);
    const [header, sticky] = await page.evaluate(
      () =>
        ['header', 'sticky'].map((id) => document.getElementById(id)!.getBoundingClientRect().top),
      undefined,
    );
    expect(header).toBe(0);
    expect(sticky).toBe(40);
    await (page as Clickable).click('#button');
    expect(await page.evaluate(() => (window as any).clicks, undefined)).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
  });

  it('dims an element shown fullscreen', async () => {
    await (page as Clickable).click('#full');
    await eventually(() => page.evaluate(() => !!document.fullscreenElement, undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(near((await colourAt(page, 300, 300))[0], dimmedWhite(50))).toBe(true);
    await page.evaluate(() => document.exitFullscreen(), undefined);
  });

  it('is dim at first paint in a page opened during wind-down', async () => {
    const fresh = await session.openPage(url());
    expect(await firstFrameFilter(fresh)).toContain('brightness(0.6)');
    await fresh.close();
  });

  it('warms: red stays well above blue', async () => {
    await night(true, { dim: 0, warmth: 80 });
    await eventually(async () => {
      const [r, , b] = await colourAt(page, 100, 100);
      return r > 240 && r - b > 50;
    }, 15_000);
  });

  it('grays: a red block loses its colour', async () => {
    await night(true, { dim: 0, warmth: 0, grayscale: 100 });
    const redTop = await page.evaluate(
      () => document.getElementById('red')!.getBoundingClientRect().top,
      undefined,
    );
    await eventually(async () => {
      const [r, g, b] = await colourAt(page, 100, redTop + 20);
      return near(r, g, 6) && near(g, b, 6) && r < 120;
    }, 15_000);
  });

  it('never touches an excluded site', async () => {
    await night(true, { dim: 50 }, ['other.test']);
    const excluded = await session.openPage(`http://other.test:${site.port}/dimming-page.html`);
    expect(await firstFrameFilter(excluded)).toBe('none');
    expect(await colourAt(excluded, 100, 100)).toEqual([255, 255, 255]);
    await excluded.close();
  });

  if (name === 'chromium')
    it('is dim at first paint on the first navigation after the worker stops', async () => {
      await (session as ChromiumSession).stopWorker();
      const fresh = await session.openPage(url());
      expect(await firstFrameFilter(fresh)).toContain('brightness(0.6)');
      await fresh.close();
    });

  it('goes back to white when wind-down ends', async () => {
    await night(false);
    await eventually(
      async () => (await colourAt(page, 100, 100)).every((channel) => channel === 255),
      15_000,
    );
    const fresh = await session.openPage(url());
    expect(await firstFrameFilter(fresh)).toBe('none');
    await fresh.close();
  });

  it('fades tabs back when the night ends even if the record of inserted CSS was lost', async () => {
    await night(true, { dim: 50 });
    // Opened at night: dimmed by the registered files alone, which only the neutral sheet undoes.
    const tab = await session.openPage(url());
    expect(await firstFrameFilter(tab)).toContain('brightness(0.6)');
    // What a browser restart or an update does to session storage.
    const ext = await session.openExtensionPage('/options.html');
    await ext.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.session.clear();
    }, undefined);
    await ext.close();
    await night(false);
    await eventually(
      async () => (await colourAt(tab, 100, 100)).every((channel) => channel === 255),
      15_000,
    );
    await tab.close();
  });

  it('is dim at first paint after the browser restarts', async () => {
    await night(true, { dim: 50 });
    await session.restart();
    // An unpacked extension loaded from the command line is reloaded at each start, which can
    // drop its registrations until the worker has run; an installed one keeps them.
    await eventually(async () => {
      const ext = await session.openExtensionPage('/options.html');
      const ids = await ext.evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return (await api.scripting.getRegisteredContentScripts()).map((s: any) => s.id);
      }, undefined);
      await ext.close();
      return ids.includes('qh-dim');
    });
    const fresh = await session.openPage(url());
    expect(await firstFrameFilter(fresh)).toContain('brightness(0.6)');
  });

  // Restored tabs: Chromium only (see RestartOptions.restoreTabs).
  it.runIf(name === 'chromium')(
    'is back to its own colours when the browser restarts after the night, tabs restored',
    async () => {
      await night(true, { dim: 50 });
      const before = await session.openPage(`${url()}?restored`);
      await eventually(async () => near((await colourAt(before, 100, 100))[0], dimmedWhite(50)));
      // Quit at night, start again six hours later on the clock (the local clock moves, which is
      // the same to the extension), with the last session's tabs coming back.
      await session.restart({ restoreTabs: true, timeZone: 'Etc/GMT-6' });
      const restored = await eventually(async () =>
        (await session.pages()).find((p) => p.url().endsWith('?restored')),
      );
      const status = await eventually(async () => (await session.send('getStatus')).res);
      expect(status.night.phase).toBe('off');
      await eventually(
        async () => (await colourAt(restored, 100, 100)).every((channel) => channel === 255),
        15_000,
      );
    },
  );
});
