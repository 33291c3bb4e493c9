/**
 * Clock hiding's cost in Chromium and the detector's accuracy.
 *
 * How it measures: the bench build (QH_BENCH=1, made by `npm run bench`; the shipped build has
 * none of this) wraps the mask's first scan and each later update in `performance.now()` and
 * reports them as User Timing measures (`qh-clock-scan`, `qh-clock-update`), cleared at once so
 * pages keep no list. The bench page
 * (tests/e2e/site/clock-bench.html: 10,000 text nodes, 200 holding times) collects them with a
 * PerformanceObserver registered before the mask starts.
 */
import { loadavg } from 'node:os';
import { launchChromium } from '../e2e/harness/chromium';
import { nightSchedule } from '../e2e/harness/browsers';
import { startTestSite } from '../e2e/harness/server';
import { eventually } from '../e2e/harness/session';
import { scoreClockCorpus } from '../fixtures/clock-corpus-score';
import { settingsWith } from '../helpers/settings';

const LOADS = 31;
const TICKS = 80;
/** Ticks are driven faster than real time; each still gets a frame of its own. */
const TICK_MS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Measures = Record<'qh-clock-scan' | 'qh-clock-update', number[]>;

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const session = await launchChromium();
  try {
    await session.send(
      'saveSettings',
      settingsWith({
        schedule: nightSchedule(true),
        effects: { dim: 0, warmth: 0, grayscale: 0 },
        clockHiding: true,
      }),
    );
    const page = await session.context.newPage();
    const measures = () => page.evaluate(() => (window as any).qhMeasures as Measures);

    const scans: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(`${site.origin}/clock-bench.html`);
      const { 'qh-clock-scan': scan } = await eventually(async () => {
        const m = await measures();
        return m['qh-clock-scan'].length > 0 && m;
      });
      scans.push(scan[0]!);
    }
    // The mask's highlight has a random name: it is the page's only one.
    const masked = await page.evaluate(() => [...(CSS as any).highlights.values()][0].size);
    // The 200 readings in the text, and the clock.
    if (masked !== 201)
      throw new Error(`The bench page should have 201 readings masked, not ${masked}`);

    await page.goto(`${site.origin}/clock-bench.html?tick=${TICK_MS}`);
    const ticks = await eventually(async () => {
      const m = await measures();
      return m['qh-clock-update'].length >= TICKS && m['qh-clock-update'];
    }, 30_000);

    // The spread and the machine's load go to stderr: on a shared machine the median moves a lot.
    console.error(
      `clock bench: scan min ${Math.min(...scans).toFixed(2)} ms, max ${Math.max(...scans).toFixed(2)} ms over ${LOADS} loads; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    const score = scoreClockCorpus();
    return [
      `clock-scan-ms: ${median(scans).toFixed(2)}`,
      `clock-tick-ms: ${median(ticks).toFixed(3)}`,
      `clock-precision: ${score.precision.toFixed(3)}`,
      `clock-recall: ${score.recall.toFixed(3)}`,
    ];
  } finally {
    await session.close();
    await site.close();
  }
}
