/**
 * Clock hiding's cost in Chromium and the detector's accuracy.
 *
 * How it measures: the bench build (QH_BENCH=1, made by `npm run bench`; the shipped build has
 * none of this) wraps the mask's first scan, each slice of a sliced first scan and each later
 * update in `performance.now()` and reports them as User Timing measures (`qh-clock-scan`,
 * `qh-clock-slice`, `qh-clock-update`), cleared at once so pages keep no list. The bench pages
 * collect them with a PerformanceObserver registered before the mask starts:
 * - tests/e2e/site/clock-bench.html (10,000 text nodes, 200 holding times): the first scan,
 *   and in the same load the floor: the page's joined text, the candidate regex and a walk to
 *   the text nodes holding candidates, nothing else, run in an isolated world of its own as the
 *   content script's is; the ratio is the median of the per-load ratios. Then a ticking clock.
 * - tests/e2e/site/clock-chat.html (5,000 messages, 100,000 text nodes): how long after the
 *   scan's start every reading in the first viewport is masked (the page checks in each frame),
 *   and the longest slice.
 * - tests/e2e/site/clock-burst.html: 1,500 text nodes rewritten in every frame for 5 seconds;
 *   the mask's median cost per frame, and every reading masked at the end.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium';
import { undimmedNight } from '../e2e/harness/browsers';
import { startTestSite, type TestSite } from '../e2e/harness/server';
import { eventually } from '../e2e/harness/session';
import { scoreClockCorpus } from '../fixtures/clock-corpus-score';
import { MAYBE_SOURCE } from '../../utils/clock-text';
import { load, loads, median, spread } from './stats';

const LOADS = loads(31);
const CHAT_LOADS = loads(11);
const TICKS = 80;
/** Ticks are driven faster than real time; each still gets a frame of its own. */
const TICK_MS = 50;
const BURST_MS = 5000;

type Measures = Record<'qh-clock-scan' | 'qh-clock-update', number[]>;
interface Entry {
  name: string;
  start: number;
  duration: number;
}

/**
 * The floor, run in a fresh isolated world: joined text, candidate regex, a walk to the text
 * nodes holding candidates. Returns [ms, text nodes found].
 */
const FLOOR = `(() => {
  const re = new RegExp(${JSON.stringify(MAYBE_SOURCE)}, 'g');
  const t0 = performance.now();
  const top = document.documentElement;
  const text = top.textContent;
  const offsets = [];
  for (let m; (m = re.exec(text)) !== null; re.lastIndex = m.index + 1) offsets.push(m.index);
  const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
  let position = 0, k = 0, found = 0;
  for (let n = walker.nextNode(); n && k < offsets.length; n = walker.nextNode()) {
    const after = position + n.length;
    if (offsets[k] < after) {
      found++;
      while (k < offsets.length && offsets[k] < after) k++;
    }
    position = after;
  }
  return [performance.now() - t0, found];
})()`;

async function floorMs(cdp: CDPSession): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: `floor-${Math.random()}`,
  });
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: FLOOR,
    contextId: executionContextId,
    returnByValue: true,
  });
  const [ms, found] = result.value as [number, number];
  if (found < 200) throw new Error(`The floor found ${found} text nodes, not 201`);
  return ms;
}

async function scanAndFloor(page: Page, site: TestSite): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const measures = () => page.evaluate(() => (window as any).qhMeasures as Measures);
  const scans: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`${site.origin}/clock-bench.html?${i}`);
    const { 'qh-clock-scan': scan } = await eventually(async () => {
      const m = await measures();
      return m['qh-clock-scan'].length > 0 && m;
    });
    scans.push(scan[0]!);
    floors.push(await floorMs(cdp));
  }
  await cdp.detach();
  // The mask's highlight has a random name: it is the page's only one.
  const masked = await page.evaluate(() => [...(CSS as any).highlights.values()][0].size);
  // The 200 readings in the text, and the clock.
  if (masked !== 201)
    throw new Error(`The bench page should have 201 readings masked, not ${masked}`);
  const ratios = scans.map((scan, i) => scan / floors[i]!);
  console.error(
    `clock bench: scan ${spread(scans)}, floor ${spread(floors)}, ratio ${spread(ratios)}; load average ${load()}`,
  );
  return [
    `clock-scan-floor-ms: ${median(floors).toFixed(2)}`,
    `clock-scan-ms: ${median(scans).toFixed(2)}`,
    `clock-scan-ratio: ${median(ratios).toFixed(3)}`,
  ];
}

async function ticks(page: Page, site: TestSite): Promise<number> {
  await page.goto(`${site.origin}/clock-bench.html?tick=${TICK_MS}`);
  const updates = await eventually(async () => {
    const m = await page.evaluate(() => (window as any).qhMeasures as Measures);
    return m['qh-clock-update'].length >= TICKS && m['qh-clock-update'];
  }, 30_000);
  return median(updates);
}

async function chat(page: Page, site: TestSite): Promise<string[]> {
  const viewport: number[] = [];
  const longest: number[] = [];
  let firstFrame = 0;
  for (let i = 0; i < CHAT_LOADS; i++) {
    await page.goto(`${site.origin}/clock-chat.html?${i}`);
    const {
      entries,
      maskedAt,
      firstFrame: inFirst,
    } = await eventually(async () => {
      const state = await page.evaluate(() => ({
        entries: (window as any).qhEntries as Entry[],
        maskedAt: (window as any).viewportMaskedAt as number | undefined,
        firstFrame: (window as any).firstFrameMasked as boolean | undefined,
      }));
      return state.maskedAt !== undefined &&
        state.firstFrame !== undefined &&
        state.entries.some((e) => e.name === 'qh-clock-scan')
        ? state
        : false;
    }, 30_000);
    const scan = entries.find((e) => e.name === 'qh-clock-scan')!;
    if (inFirst) firstFrame++;
    const slices = entries.filter((e) => e.name === 'qh-clock-slice');
    // The slice that finished last before the check that found every visible reading masked.
    const ends = slices.map((e) => e.start + e.duration).filter((end) => end <= maskedAt!);
    viewport.push(Math.max(...ends) - scan.start);
    longest.push(Math.max(...slices.map((e) => e.duration)));
  }
  const masked = await page.evaluate(() => [...(CSS as any).highlights.values()][0].size);
  if (masked !== 5000)
    throw new Error(`The chat log should have 5000 readings masked, not ${masked}`);
  console.error(
    `clock bench: chat viewport ${spread(viewport)}, longest slice ${spread(longest)}, viewport masked in the first frame ${firstFrame}/${CHAT_LOADS}; load average ${load()}`,
  );
  return [
    `clock-viewport-masked-ms: ${median(viewport).toFixed(2)}`,
    `clock-longest-task-ms: ${median(longest).toFixed(2)}`,
  ];
}

async function burst(page: Page, site: TestSite): Promise<string> {
  await page.goto(`${site.origin}/clock-burst.html?burst=${BURST_MS}`);
  await eventually(() => page.evaluate(() => (window as any).burstDone as boolean), 30_000);
  const masked = await eventually(async () => {
    const count = await page.evaluate(() => (window as any).readingsMasked() as string);
    return count.split('/')[0] === count.split('/')[1] && count;
  });
  const updates = (await page.evaluate(() => (window as any).qhEntries as Entry[]))
    .filter((e) => e.name === 'qh-clock-update')
    .map((e) => e.duration);
  console.error(
    `clock bench: burst ${updates.length} frames, ${spread(updates)}, ${masked} masked at the end; load average ${load()}`,
  );
  return `clock-burst-frame-ms: ${median(updates).toFixed(2)}`;
}

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const session = await launchChromium();
  try {
    await session.send('saveSettings', undimmedNight(true, { clockHiding: true }));
    const page = await session.context.newPage();
    const lines = await scanAndFloor(page, site);
    lines.push(`clock-tick-ms: ${(await ticks(page, site)).toFixed(3)}`);
    lines.push(...(await chat(page, site)));
    lines.push(await burst(page, site));
    const score = scoreClockCorpus();
    lines.push(
      `clock-precision: ${score.precision.toFixed(3)}`,
      `clock-recall: ${score.recall.toFixed(3)}`,
    );
    return lines;
  } finally {
    await session.close();
    await site.close();
  }
}
