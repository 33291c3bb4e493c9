/**
 * `npm run screenshots`: renders the popup at night and in the day, and the options page, in
 * real Chromium with the built extension, into docs/screenshots/*.png for the README; then the
 * popup (support lines open) and the pause page with Chromium in Spanish and the Mexico lines;
 * then the store's 1280 × 800 pictures into docs/store/ (see `storeShots`).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Settings } from '../utils/settings/schema';
import { clockIn } from './e2e/harness/browsers';
import { launchChromium } from './e2e/harness/chromium';
import { settingsWith } from './helpers/settings';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const STORE = fileURLToPath(new URL('../docs/store/', import.meta.url));

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

/** Zones with one offset all year (no daylight saving), by hours from UTC. */
const STEADY_ZONES: Record<number, string> = {
  [-11]: 'Pacific/Pago_Pago',
  [-10]: 'Pacific/Honolulu',
  [-9]: 'Pacific/Gambier',
  [-8]: 'Pacific/Pitcairn',
  [-7]: 'America/Phoenix',
  [-6]: 'America/Mexico_City',
  [-5]: 'America/Bogota',
  [-4]: 'America/La_Paz',
  [-3]: 'America/Sao_Paulo',
  [-2]: 'America/Noronha',
  [-1]: 'Atlantic/Cape_Verde',
  0: 'Africa/Abidjan',
  1: 'Africa/Lagos',
  2: 'Africa/Johannesburg',
  3: 'Africa/Nairobi',
  4: 'Asia/Dubai',
  5: 'Asia/Karachi',
  6: 'Asia/Dhaka',
  7: 'Asia/Bangkok',
  8: 'Asia/Singapore',
  9: 'Asia/Tokyo',
  10: 'Australia/Brisbane',
  11: 'Pacific/Noumea',
};

/**
 * A real place where it is now about 23:30 (or a little after midnight), deep inside the
 * default hours (22:00 to 07:00, fade included): the store pictures show the defaults at
 * night, not test hours, and the settings page names a zone a person could live in.
 */
function zoneAtNight(now = new Date()): string {
  const hours = now.getUTCHours() + now.getUTCMinutes() / 60;
  const offset = Math.max(-11, Math.round(((23.5 - hours + 36) % 24) - 12));
  return STEADY_ZONES[offset === 0 ? 0 : offset]!;
}

/** One 1280 × 800 store picture of an extension page, the page's own column centred. */
async function storeShot(page: Page, name: string, centre?: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForSelector('h1');
  if (centre)
    await page.addStyleTag({
      content: `body { display: flex; justify-content: center; padding-top: 2rem; } ${centre} { zoom: 1.25; }`,
    });
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${STORE}${name}.png` });
  console.log(`docs/store/${name}.png`);
}

/**
 * The store's pictures: a fresh install (the default settings, welcome page and all) in a
 * browser whose clock says it is night, so quiet hours run on the defaults' own hours.
 */
async function storeShots(): Promise<void> {
  await mkdir(STORE, { recursive: true });
  process.env.TZ = zoneAtNight();
  const store = await launchChromium();
  try {
    const pages = async (path: string) => (await store.openExtensionPage(path)) as unknown as Page;
    const popup = await pages('/popup.html');
    await popup.waitForSelector('.qh-night-state');
    // Opened in a tab, the popup would describe its own tab; from the toolbar it describes the
    // page under it, so that part is left out of the picture.
    await popup.addStyleTag({ content: '.qh-tab-info { display: none; }' });
    await storeShot(popup, 'store-1-popup-night', '.qh-popup');

    const blocked = await pages('/blocked.html#https://www.youtube.com/');
    await blocked.waitForSelector('.qh-breathing');
    await storeShot(blocked, 'store-2-pause-page');

    const welcome = await pages('/welcome.html');
    await welcome.waitForSelector('.qh-welcome-actions');
    await storeShot(welcome, 'store-3-welcome');

    const options = await pages('/options.html');
    await options.waitForSelector('form');
    await storeShot(options, 'store-4-settings');
  } finally {
    await store.close();
  }
}

await storeShots();
