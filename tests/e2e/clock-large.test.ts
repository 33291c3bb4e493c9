import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, undimmedNight } from './harness/browsers';
import { startTestSite, type TestSite } from './harness/server';
import { eventually, type ExtensionSession, type TestPage } from './harness/session';
import { crop, decodePng, uniformity } from './helpers/png';

// Clock hiding on pages that are huge or never stop changing (the bench's pages): every
// reading ends up masked, wherever the person scrolls.

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

describe.each(BROWSERS)('clock hiding on huge and busy pages in $name', ({ launch }) => {
  let session: ExtensionSession;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch();
    const saved = await session.send('saveSettings', undimmedNight(true, { clockHiding: true }));
    expect(saved.res).toMatchObject({ ok: true });
  });
  afterAll(() => session?.close());

  it('masks all 5,000 readings of a 100,000-node chat log, and its bottom shows none', async () => {
    page = await session.openPage(`${site.origin}/clock-chat.html`);
    await eventually(
      () => page.evaluate(() => [...(CSS as any).highlights.values()][0]?.size === 5000, undefined),
      20_000,
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight), undefined);
    const rect = await eventually(() =>
      page.evaluate(() => {
        const visible = (window as any).visibleReadings() as Text[];
        if (visible.length === 0 || !(window as any).allMasked(visible)) return false;
        const range = document.createRange();
        // One fully on screen: the middle one.
        range.selectNodeContents(visible[visible.length >> 1]!);
        const box = range.getBoundingClientRect();
        const x = Math.ceil(box.left) + 1;
        const y = Math.ceil(box.top) + 1;
        return {
          x,
          y,
          width: Math.floor(box.right) - x - 1,
          height: Math.floor(box.bottom) - y - 1,
        };
      }, undefined),
    );
    // A reading on screen is one solid block.
    await eventually(async () => uniformity(crop(decodePng(await page.screenshot()), rect)) > 0.9);
    await page.close();
  });

  it('keeps every reading masked after 1,500 text nodes changed in every frame', async () => {
    page = await session.openPage(`${site.origin}/clock-burst.html?burst=1500`);
    await eventually(() => page.evaluate(() => (window as any).burstDone === true, undefined));
    await eventually(async () => {
      const [masked, all] = (
        await page.evaluate(() => (window as any).readingsMasked() as string, undefined)
      ).split('/');
      return masked === all;
    });
    await page.close();
  });
});
