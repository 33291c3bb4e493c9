/**
 * What an idle day costs the background (issue 15): Chromium wakes the service worker for every
 * title or icon change of any tab, and each worker start used to work the whole night out. Here
 * a page with no listed site on it changes its title 50 times by day, the worker stopped before
 * each (the harness's `stopWorker`), so every change is a real wake; the bench build counts, in
 * `storage.local` (`countWake`, bench-only code), the worker starts and how many reconciled.
 * Target: none after the first.
 */
import { BENCH_WAKES_KEY, type BenchWakes } from '../../utils/background/bench-wakes';
import { launchChromium } from '../e2e/harness/chromium';
import { nightSchedule } from '../e2e/harness/browsers';
import { startTestSite } from '../e2e/harness/server';
import { eventually, type TestPage } from '../e2e/harness/session';
import { settingsWith } from '../helpers/settings';

const TITLE_CHANGES = 50;

/** The counts so far, read from an extension page (reading storage wakes no worker). */
function counted(reader: TestPage): Promise<BenchWakes> {
  return reader.evaluate(
    async (key) =>
      ((await (globalThis as any).chrome.storage.local.get(key))[key] as
        BenchWakes | undefined) ?? {
        wakes: 0,
        reconciled: 0,
      },
    BENCH_WAKES_KEY,
  );
}

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const session = await launchChromium();
  try {
    // By day (the night starts within the hour), one site listed, and none of it open.
    const saved = await session.send(
      'saveSettings',
      settingsWith({ schedule: nightSchedule(false), blocking: { sites: ['blocked.test'] } }),
    );
    if (!saved.res || !('status' in saved.res) || saved.res.status.night.phase !== 'off')
      throw new Error(`The day schedule was not saved: ${JSON.stringify(saved)}`);
    const reader = await session.openExtensionPage('/options.html');
    const page = await session.openPage(`http://news.example:${site.port}/day`);
    const start = await counted(reader);
    /** Per title change: whether the wake it caused reconciled. */
    const reconciled: boolean[] = [];
    let missed = 0;
    for (let i = 0; i < TITLE_CHANGES; i++) {
      let wake: { reconciled: boolean } | undefined;
      // Now and then the worker is running again by the time the title changes (the harness's
      // own page wakes it), and the change reaches it without a start: stop it and change again.
      for (let attempt = 0; !wake; attempt++) {
        if (attempt > 0) missed++;
        if (attempt === 5) throw new Error(`No worker start after ${attempt} title changes`);
        await session.stopWorker();
        const before = await counted(reader);
        await page.evaluate(
          (title) => void (document.title = title),
          `Day page ${i + 1}.${attempt}`,
        );
        wake = await eventually(async () => {
          const now = await counted(reader);
          return now.wakes > before.wakes && { reconciled: now.reconciled > before.reconciled };
        }, 5_000).catch(() => undefined);
      }
      reconciled.push(wake.reconciled);
    }
    const end = await counted(reader);
    const later = reconciled.slice(1).filter(Boolean).length;
    return [
      `day-wakes-reconciled: ${later} (of ${TITLE_CHANGES - 1} title-change wakes after the first; ` +
        `the first ${reconciled[0] ? 'reconciled' : 'did not'}; ` +
        `${end.reconciled - start.reconciled} of ${end.wakes - start.wakes} worker starts in all, ` +
        `the harness's own included; ${missed} title changes woke nothing and were made again)`,
    ];
  } finally {
    await session.close();
    await site.close();
  }
}
