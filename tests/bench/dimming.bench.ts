/**
 * Dimming in real browsers: is a page opened during wind-down dim at its first frame, what does
 * dimming cost a heavy page's load, and how many bytes does the extension put into a page.
 *
 * How it measures:
 * - first paint: the test pages (tests/e2e/site/dimming-*.html) read the root's computed
 *   `filter` in their first `requestAnimationFrame` callback, registered by the first script in
 *   `<head>`; that callback runs in the frame that paints first, so a filter there means the
 *   first frame was dim. Navigations: fast pages, the heavy page, and (Chromium) the first one
 *   after the service worker was stopped.
 * - load overhead: `loadEventEnd` of the heavy page (5,500 elements, 24 images), alternating
 *   between an address that is dimmed and one on a never-touched site, in the same browser.
 * - injected bytes (Chromium): the sizes of the files of every content script registered when a
 *   page loads (the browser injects exactly those; the DevTools protocol does not report
 *   extension style sheets), for a page loaded by day and one at night with dimming alone.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { CHROME_BUILD } from '../e2e/harness/paths';
import { launchFirefox } from '../e2e/harness/firefox';
import { nightSchedule } from '../e2e/harness/browsers';
import { startTestSite, type TestSite } from '../e2e/harness/server';
import { eventually, type ExtensionSession, type TestPage } from '../e2e/harness/session';
import { settingsWith } from '../helpers/settings';
import { median } from './stats';

const FAST_LOADS = 16;
const HEAVY_LOADS = 4;
const TIMED_LOADS = 21;
/** Dimmed; like the untouched one, a name the harness resolves to the test site. */
const DIMMED = 'site.example';
/** Never touched, so its loads are the ones with no extension at work. */
const UNTOUCHED = 'other.test';

async function night(session: ExtensionSession, on: boolean): Promise<void> {
  const answer = await session.send(
    'saveSettings',
    settingsWith({
      schedule: nightSchedule(on),
      // Dimming alone: no clock mask, no blocking, nothing kept still (still.bench.ts does that).
      clockHiding: false,
      calmMotion: false,
      autoplayWaits: false,
      neverTouch: [UNTOUCHED],
    }),
  );
  if (!(answer.res as { ok?: boolean } | undefined)?.ok) throw new Error('Settings not saved');
}

/** Whether the page's first frame had the filter on. */
async function dimAtFirstFrame(page: TestPage, url: string): Promise<boolean> {
  await page.goto(url);
  const filter = await eventually(() =>
    page.evaluate(() => (window as any).firstFrameFilter as string | undefined, undefined),
  );
  return filter.includes('brightness(');
}

/** `loadEventEnd` of a fresh load of `url` in `page`, in milliseconds from its start. */
async function loadTime(page: TestPage, url: string): Promise<number> {
  await page.goto(url);
  return eventually(() =>
    page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd - nav.startTime : 0;
    }, undefined),
  );
}

/**
 * The heavy page's median load on `touched` over its median on `untouched` (a never-touched
 * host): `loads` loads each in the same page, alternating which host goes first, after one
 * load each to warm the caches.
 */
export async function loadOverheadRatio(
  page: TestPage,
  site: TestSite,
  touched: string,
  untouched: string,
  loads: number,
): Promise<number> {
  const on: number[] = [];
  const off: number[] = [];
  const heavy = (host: string, i: number) => `http://${host}:${site.port}/dimming-heavy.html?${i}`;
  for (const host of [untouched, touched]) await loadTime(page, heavy(host, -1));
  for (let i = 0; i < loads; i++) {
    const pair = i % 2 ? [touched, untouched] : [untouched, touched];
    for (const host of pair)
      (host === touched ? on : off).push(await loadTime(page, heavy(host, i)));
  }
  return median(on) / median(off);
}

async function measure(
  session: ExtensionSession,
  site: TestSite,
  stopWorker?: () => Promise<void>,
): Promise<{ dimmed: number; navigations: number; ratio: number }> {
  await night(session, true);
  const page = await session.openPage(`${site.origin}/dimming-page.html`);
  const results: boolean[] = [];
  for (let i = 0; i < FAST_LOADS; i++)
    results.push(await dimAtFirstFrame(page, `${site.origin}/dimming-page.html?${i}`));
  for (let i = 0; i < HEAVY_LOADS; i++)
    results.push(await dimAtFirstFrame(page, `${site.origin}/dimming-heavy.html?${i}`));
  if (stopWorker) {
    await stopWorker();
    results.push(await dimAtFirstFrame(page, `${site.origin}/dimming-page.html?after-stop`));
  }
  const ratio = await loadOverheadRatio(page, site, DIMMED, UNTOUCHED, TIMED_LOADS);
  await page.close();
  return {
    dimmed: results.filter(Boolean).length,
    navigations: results.length,
    ratio,
  };
}

/**
 * Bytes of CSS and script the extension puts into a page at `url` loaded now: the files of every
 * registration that covers it, plus what was inserted into open tabs (nothing, for a page loaded
 * after the last reconcile). The page's own computed filter confirms the files were applied.
 */
async function injectedBytes(session: ChromiumSession, url: string): Promise<number> {
  const ext = await session.openExtensionPage('/options.html');
  const scripts = await ext.evaluate(
    () => (globalThis as any).chrome.scripting.getRegisteredContentScripts(),
    undefined,
  );
  await ext.close();
  const page = await session.openPage(url);
  const filter = await page.evaluate(
    () => getComputedStyle(document.documentElement).filter,
    undefined,
  );
  await page.close();
  let bytes = 0;
  for (const script of scripts as { css?: string[]; js?: string[] }[])
    for (const file of [...(script.css ?? []), ...(script.js ?? [])])
      bytes += (await stat(join(CHROME_BUILD, file))).size;
  if ((bytes === 0) !== (filter === 'none'))
    throw new Error(`${bytes} bytes registered but the page's filter is ${filter}`);
  return bytes;
}

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const lines: string[] = [];
  try {
    const chromium = await launchChromium();
    try {
      const c = await measure(chromium, site, () => chromium.stopWorker());
      const url = `${site.origin}/dimming-heavy.html`;
      const active = await injectedBytes(chromium, `${url}?night`);
      await night(chromium, false);
      const idle = await injectedBytes(chromium, `${url}?day`);
      lines.push(
        `first-paint-dimmed: ${c.dimmed}/${c.navigations}`,
        `load-overhead-ratio: ${c.ratio.toFixed(3)}`,
        `idle-injected-bytes: ${idle}`,
        `active-injected-bytes: ${active}`,
      );
    } finally {
      await chromium.close();
    }
    const firefox = await launchFirefox();
    try {
      const f = await measure(firefox, site);
      lines.push(
        `firefox-first-paint-dimmed: ${f.dimmed}/${f.navigations}`,
        `firefox-load-overhead-ratio: ${f.ratio.toFixed(3)}`,
      );
    } finally {
      await firefox.close();
    }
  } finally {
    await site.close();
  }
  return lines;
}
