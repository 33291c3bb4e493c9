/**
 * Blocking's cost in real browsers: how long a settings save takes to put the most sites the
 * parser accepts (500) in place as redirect rules, and how long a listed site takes to land on
 * the pause page, against an unlisted site's plain load on the same local server.
 */
import { BROWSERS, nightSchedule } from '../e2e/harness/browsers';
import { startTestSite } from '../e2e/harness/server';
import { eventually, type TestPage } from '../e2e/harness/session';
import { LIMITS } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';
import { median } from './stats';

const LOADS = 10;

export async function run(): Promise<string[]> {
  const site = await startTestSite();
  const lines: string[] = [];
  try {
    for (const { name, launch } of BROWSERS) {
      const session = await launch();
      try {
        const sites = Array.from({ length: LIMITS.sites - 1 }, (_, i) => `site${i}.example`);
        sites.push('blocked.test');
        const started = performance.now();
        await session.send(
          'saveSettings',
          settingsWith({
            schedule: nightSchedule(true),
            blocking: { sites, friction: 'pause', pauseSeconds: 30, allowMinutes: 15 },
          }),
        );
        const saved = performance.now() - started;
        lines.push(
          `blocking ${name}: save with ${sites.length} sites, rules in place: ${saved.toFixed(0)} ms`,
        );

        const timeTo = async (url: string, done: (page: TestPage) => Promise<boolean>) => {
          const page = await session.openPage('about:blank');
          const t0 = performance.now();
          void page.goto(url).catch(() => undefined);
          await eventually(() => done(page), 15_000);
          const ms = performance.now() - t0;
          await page.close();
          return ms;
        };
        const paused: number[] = [];
        const plain: number[] = [];
        for (let i = 0; i < LOADS; i++) {
          paused.push(
            await timeTo(`http://blocked.test:${site.port}/b${i}`, (page) =>
              page.evaluate(() => Boolean(document.querySelector('.qh-address')), undefined),
            ),
          );
          plain.push(
            await timeTo(`http://other.test:${site.port}/p${i}`, (page) =>
              page.evaluate(() => Boolean(document.getElementById('page')), undefined),
            ),
          );
        }
        lines.push(
          `blocking ${name}: listed site to pause page drawn, median ${median(paused).toFixed(0)} ms; unlisted page loaded, median ${median(plain).toFixed(0)} ms (${LOADS} each, 100 ms polling)`,
        );
      } finally {
        await session.close();
      }
    }
  } finally {
    await site.close();
  }
  return lines;
}
