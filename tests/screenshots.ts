/**
 * `npm run screenshots`: renders the popup at night and in the day, and the options page, in
 * real Chromium with the built extension, into docs/screenshots/*.png for the README; then the
 * popup (support lines open) and the pause page with Chromium in Spanish and the Mexico lines.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Settings } from '../utils/settings/schema';
import { clockIn } from './e2e/harness/browsers';
import { launchChromium } from './e2e/harness/chromium';
import { settingsWith } from './helpers/settings';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** Settings whose night is `on` now (start an hour ago) or `off` (start in an hour). */
function settingsFor(night: boolean): Settings {
  return settingsWith({
    schedule: {
      start: night ? clockIn(-60) : clockIn(60),
      end: night ? clockIn(300) : clockIn(300),
      rampMinutes: 0,
    },
    blocking: { sites: ['youtube.com', 'reddit.com'] },
    contacts: [{ name: 'My sponsor, Sam', phone: '+1 555 0100', url: '' }],
  });
}

async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 600 });
  await page.waitForSelector('h1');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

const session = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  const pages = async (path: string) => (await session.openExtensionPage(path)) as unknown as Page;

  await session.send('saveSettings', settingsFor(true));
  const night = await pages('/popup.html');
  await night.waitForSelector('.qh-night-state');
  await shoot(night, 'popup-night', 360);

  // The pause page as a redirect leaves it: the blocked address after the first `#`.
  const blocked = await pages('/blocked.html#https://www.youtube.com/watch?v=night');
  await blocked.waitForSelector('.qh-breathing');
  await shoot(blocked, 'blocked', 800);

  await session.send('saveSettings', settingsFor(false));
  const day = await pages('/popup.html');
  await day.waitForSelector('.qh-night-state');
  await shoot(day, 'popup-day', 360);

  const options = await pages('/options.html');
  await options.waitForSelector('form');
  await shoot(options, 'options', 900);
} finally {
  await session.close();
}

const spanish = await launchChromium({ locale: 'es-MX' });
try {
  const pages = async (path: string) => (await spanish.openExtensionPage(path)) as unknown as Page;
  const base = settingsFor(true);
  await spanish.send('saveSettings', {
    ...base,
    contacts: [{ name: 'Mi madrina, Lupita', phone: '+52 55 1234 5678', url: '' }],
    region: 'MX',
  } satisfies Settings);

  const popup = await pages('/popup.html');
  await popup.waitForSelector('.qh-support');
  await popup.evaluate(() => {
    const support = document.querySelector<HTMLDetailsElement>('details.qh-support')!;
    support.open = true;
  });
  await shoot(popup, 'popup-es-mx', 360);

  const blocked = await pages('/blocked.html#https://www.youtube.com/watch?v=noche');
  await blocked.waitForSelector('.qh-breathing');
  await shoot(blocked, 'blocked-es-mx', 800);
} finally {
  await spanish.close();
}
