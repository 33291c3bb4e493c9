/**
 * What a whole night of Quiet Hours costs a heavy page that shows no time of day, against a
 * browser without the extension at all (a never-touched host in the same browser would share
 * the worker's and the browser's extension costs).
 *
 * How it measures: two Chromiums side by side, launched the same way (a profile of their own,
 * the same flags and window), one with the extension, one without it. Loads of
 * tests/e2e/site/dimming-heavy.html (about 5,500 elements, no time of day) alternate between
 * them: at night with the default settings, then with clock hiding off, then by day as a
 * control (nothing is put into pages by day, so it should read about 1). Each load's
 * main-thread time is the growth of the renderer main thread's CPU time (`ThreadTime`, DevTools
 * protocol `Performance.getMetrics`) from before the navigation until the page has been idle for
 * a while after `load` (so the mask's idle work is counted too); each line is the median of the
 * per-pair ratios.
 *
 * Why CPU time and not the summed length of the main thread's tasks (`TaskDuration`, which
 * stderr still gives): on two cores, with two browsers and the test server running, a task's
 * length includes the time the thread waited for a core, and that noise was larger than what is
 * measured. And why a second persistent profile rather than a bare `chromium.launch()`: with that
 * baseline the by-day control, with nothing of Quiet Hours in the page, read 1.17.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * The renderer's own counters, in ms: the main thread's CPU time (what the ratio is of), its
 * tasks' summed length, and the parts spent on what.
 */
const METRICS = [
  'ThreadTime',
  'TaskDuration',
  'ScriptDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
];
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

/**
 * Main-thread time with the extension over without: the median of the ratios of loads made one
 * after the other (a pair shares whatever else the machine was doing at that moment, which the
 * two sides' separate medians do not), over alternating loads.
 */
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
  const cpu = (side: Metrics[]) => side.map((m) => m.ThreadTime!);
  console.error(
    `night bench: CPU time with ${spread(cpu(on), 1)}, without ${spread(cpu(off), 1)}; ` +
      `ratio of the medians ${(part(on, 'ThreadTime') / part(off, 'ThreadTime')).toFixed(3)}; ` +
      `tasks ratio ${(part(on, 'TaskDuration') / part(off, 'TaskDuration')).toFixed(3)}; load average ${load()}`,
  );
  const pairs = on.map((m, i) => m.ThreadTime! / off[i]!.ThreadTime!);
  const least = (side: Metrics[]) => Math.min(...cpu(side));
  console.error(
    `night bench: per-load ratios ${spread(pairs, 3)}; least CPU time with over without ` +
      `${(least(on) / least(off)).toFixed(3)}`,
  );
  return median(pairs);
}

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const session = await launchChromium();
  // Launched as the extension's browser is (launchChromium), without the extension.
  const bareProfile = await mkdtemp(join(tmpdir(), 'qh-bare-'));
  const bare = await chromium.launchPersistentContext(bareProfile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 800, height: 600 },
  });
  try {
    const withExt = await session.context.newPage();
    const without = await bare.newPage();
    const url = (i: number) => `http://site.example:${site.port}/dimming-heavy.html?${i}`;
    const lines: string[] = [];
    const runs = [
      { line: 'night-main-thread-ratio', night: true, clockHiding: true },
      { line: 'night-main-thread-ratio-clock-off', night: true, clockHiding: false },
      { line: 'night-main-thread-ratio-by-day', night: false, clockHiding: true },
    ];
    for (const run of runs) {
      const saved = await session.send(
        'saveSettings',
        settingsWith({ schedule: nightSchedule(run.night), clockHiding: run.clockHiding }),
      );
      if (!(saved.res as { ok?: boolean } | undefined)?.ok) throw new Error('Settings not saved');
      console.error(`night bench: ${run.line}`);
      lines.push(`${run.line}: ${(await ratio(withExt, without, url)).toFixed(3)}`);
    }
    return lines;
  } finally {
    await bare.close();
    await rm(bareProfile, { recursive: true, force: true });
    await session.close();
    await site.close();
  }
}
