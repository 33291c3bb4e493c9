/**
 * What a whole night of Quiet Hours costs a heavy page that shows no time of day, against a
 * browser without the extension at all (a never-touched host in the same browser would share
 * the worker's and the browser's extension costs).
 *
 * How it measures: two Chromiums side by side, one with the extension at night (the default
 * settings, then the same with clock hiding off), one without it. Loads of
 * tests/e2e/site/dimming-heavy.html (about 5,500 elements, no time of day) alternate between
 * them; each load's main-thread time is the growth of the renderer's `TaskDuration` (DevTools
 * protocol `Performance.getMetrics`) from before the navigation until the page has been idle
 * for a while after `load` (so the mask's idle work is counted too).
 */
import { chromium, type Page } from 'playwright-core';
import { launchChromium, FLAGS } from '../e2e/harness/chromium';
import { CHROMIUM_PATH } from '../e2e/harness/paths';
import { nightSchedule } from '../e2e/harness/browsers';
import { startTestSite } from '../e2e/harness/server';
import { settingsWith } from '../helpers/settings';
import { load, loads, median, spread } from './stats';

const LOADS = loads(31);
/** Time after `load` for idle callbacks and late frames to run. */
const SETTLE_MS = 700;

/** The renderer's own counters, in ms: all main-thread tasks, and the parts spent on what. */
const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
type Metrics = Record<string, number>;

async function mainThreadMs(page: Page, url: string): Promise<Metrics> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    return Object.fromEntries(
      METRICS.map((name) => [name, (all.find((m) => m.name === name)?.value ?? 0) * 1000]),
    );
  };
  const before = await read();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const after = await read();
  await cdp.detach();
  return Object.fromEntries(METRICS.map((name) => [name, after[name]! - before[name]!]));
}

/** The ratio of median main-thread time with the extension to without, over alternating loads. */
async function ratio(withExt: Page, without: Page, url: (i: number) => string): Promise<number> {
  const on: Metrics[] = [];
  const off: Metrics[] = [];
  // One warm-up load each: caches, compiled code.
  await mainThreadMs(withExt, url(-1));
  await mainThreadMs(without, url(-1));
  for (let i = 0; i < LOADS; i++) {
    if (i % 2) {
      on.push(await mainThreadMs(withExt, url(i)));
      off.push(await mainThreadMs(without, url(i)));
    } else {
      off.push(await mainThreadMs(without, url(i)));
      on.push(await mainThreadMs(withExt, url(i)));
    }
  }
  const part = (side: Metrics[], name: string) => median(side.map((m) => m[name]!));
  for (const name of METRICS)
    console.error(
      `night bench: ${name} with ${part(on, name).toFixed(1)} ms, without ${part(off, name).toFixed(1)} ms`,
    );
  const tasks = (side: Metrics[]) => side.map((m) => m.TaskDuration!);
  console.error(
    `night bench: tasks with ${spread(tasks(on), 1)}, without ${spread(tasks(off), 1)}; load average ${load()}`,
  );
  return part(on, 'TaskDuration') / part(off, 'TaskDuration');
}

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const session = await launchChromium();
  const bare = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
  });
  try {
    const withExt = await session.context.newPage();
    const without = await (
      await bare.newContext({ viewport: { width: 800, height: 600 } })
    ).newPage();
    const url = (i: number) => `http://site.example:${site.port}/dimming-heavy.html?${i}`;
    const lines: string[] = [];
    for (const clockHiding of [true, false]) {
      const saved = await session.send(
        'saveSettings',
        settingsWith({ schedule: nightSchedule(true), clockHiding }),
      );
      if (!(saved.res as { ok?: boolean } | undefined)?.ok) throw new Error('Settings not saved');
      const r = await ratio(withExt, without, url);
      lines.push(`night-main-thread-ratio${clockHiding ? '' : '-clock-off'}: ${r.toFixed(3)}`);
    }
    return lines;
  } finally {
    await bare.close();
    await session.close();
    await site.close();
  }
}
