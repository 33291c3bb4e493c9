import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { startTestSite, type TestSite } from './harness/server';
import { eventually, type ExtensionSession, type TestPage } from './harness/session';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

/** What a page can read of what an extension does to it, gathered the way any script could. */
function traces() {
  const root = document.documentElement;
  const custom = (style: CSSStyleDeclaration) =>
    Array.from({ length: style.length }, (_, i) => style.item(i)).filter((n) => n.startsWith('--'));
  const sheets = [document, ...document.querySelectorAll('*')]
    .map((node) => (node instanceof Document ? node : (node as Element).shadowRoot))
    .filter((holder): holder is Document | ShadowRoot => !!holder)
    .flatMap((holder) => [...holder.adoptedStyleSheets])
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
  const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  return {
    timings: [
      ...(window as unknown as { timings: string[] }).timings,
      ...performance.getEntriesByType('mark').map((e) => e.name),
      ...performance.getEntriesByType('measure').map((e) => e.name),
    ],
    highlights: highlights ? [...highlights.keys()] : [],
    rootProperties: custom(getComputedStyle(root)),
    bodyProperties: custom(getComputedStyle(document.body)),
    knownOldNames: ['--qh-dim', '--qh-warm', '--qh-gray', '--qh-f']
      .map((name) => getComputedStyle(root).getPropertyValue(name))
      .filter(Boolean),
    sheets,
    title: document.title,
  };
}

const TELLING = /qh|quiet|clock|dim|warm/i;

describe.each(BROWSERS)('what a page can read in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  it('at night finds no User Timing entry and no name that says who is here', async () => {
    const settings: Settings = settingsWith({
      schedule: nightSchedule(true),
      effects: { dim: 30, warmth: 40, grayscale: 10 },
      clockHiding: true,
    });
    expect((await session.send('saveSettings', settings)).res).toMatchObject({
      ok: true,
    });
    const page: TestPage = await session.openPage(`${site.origin}/traces.html`);
    // The mask is at work (its highlight exists and the title is masked) and the page is dimmed.
    await eventually(() =>
      page.evaluate(
        () =>
          document.title.includes('··:··') &&
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0,
        undefined,
      ),
    );
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).filter, undefined),
    ).toContain('brightness');
    // A tick of the page's own clock, so the mask's update runs too.
    await page.evaluate(() => {
      document.getElementById('reading')!.textContent = 'The train leaves at 11:43 pm.';
    }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seen = await page.evaluate(traces, undefined);
    // The watcher does see the mask's highlight and sheet: only their names are neutral.
    expect(seen.highlights).toHaveLength(1);
    expect(seen.sheets.some((text) => text.includes(`::highlight(${seen.highlights[0]})`))).toBe(
      true,
    );
    expect(seen.timings).toEqual([]);
    expect(seen.knownOldNames).toEqual([]);
    const names = [
      ...seen.highlights,
      ...seen.rootProperties,
      ...seen.bodyProperties,
      ...seen.sheets,
      seen.title,
    ];
    expect(names.filter((name) => TELLING.test(name))).toEqual([]);
    await page.close();
  });
});
