import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import type { Settings } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';
import type { RegionChoice } from '../../utils/support/regions';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { eventually, sendFrom, type ExtensionSession, type TestPage } from './harness/session';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/**
 * The phone and text links each region's popup must list, straight from
 * /work/shared/support-lines.md (not from the data file under test), and no others.
 */
const NUMBERS: Record<Exclude<RegionChoice, 'auto'>, string[]> = {
  US: ['tel:18006624357', 'tel:18004874889', 'sms:435748', 'tel:988', 'sms:988'],
  CA: ['tel:988', 'sms:988', 'tel:18886886677'],
  GB: ['tel:116123', 'tel:03001236600', 'sms:82111', 'tel:111'],
  IE: ['tel:116123', 'tel:1800459459'],
  AU: ['tel:1800250015', 'tel:131114', 'sms:0477131114'],
  NZ: ['tel:0800787797', 'sms:8681', 'tel:0800787798', 'tel:0800787799', 'tel:1737', 'sms:1737'],
  ES: ['tel:024'],
  MX: ['tel:8009112000', 'tel:911'],
  other: [],
};

/** Names that stay as they are in every language. */
const PROPER_NAMES = [
  'Quiet Hours',
  'Find A Helpline',
  'FindTreatment.gov',
  'Samaritans',
  'FRANK',
  'Lifeline',
  'NHS',
  'SAMHSA',
];

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const allWords = (file: Record<string, { message: string }>) =>
  new Set(Object.values(file).flatMap((entry) => words(entry.message)));

/**
 * Words of the English messages that the Spanish ones never use ("night", "open", "the"):
 * any of them on a Spanish page is an untranslated string.
 */
const ENGLISH_ONLY = (() => {
  const inSpanish = allWords(spanish);
  const named = new Set(PROPER_NAMES.flatMap(words));
  return new Set([...allWords(english)].filter((w) => !inSpanish.has(w) && !named.has(w)));
})();

/** Everything a person can see or hear on the page: text, folded text, labels and titles. */
function everyWordOnPage(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)))
      .filter(Boolean);
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent);
    return [document.title, document.body.innerText, ...attributes, ...options].join('\n');
  }, undefined);
}

/** The English words on the page, addresses (which are the person's own) left out. */
async function englishOn(page: TestPage): Promise<string[]> {
  const text = (await everyWordOnPage(page)).replace(/\b[\w.-]+\.[a-z]{2,}(\/\S*)?/gi, ' ');
  return [...new Set(words(text).filter((w) => ENGLISH_ONLY.has(w)))];
}

const ready = (page: TestPage, selector: string) =>
  eventually(() => page.evaluate((s) => Boolean(document.querySelector(s)), selector));

describe.each(BROWSERS)('in Spanish, in $name', ({ name, launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch({ locale: 'es-MX' });
  });
  afterAll(() => session?.close());

  async function save(settings: Settings): Promise<void> {
    const page = await session.openExtensionPage('/options.html');
    try {
      const answer = await sendFrom(page, 'saveSettings', settings);
      expect(answer.res?.ok, JSON.stringify(answer)).toBe(true);
    } finally {
      await page.close();
    }
  }
  const settings = (region: RegionChoice, night: boolean): Settings =>
    settingsWith({
      schedule: nightSchedule(night),
      // Short, so ending the night (a loosening save) waits through a short breathing pause.
      blocking: { pauseSeconds: 5 },
      contacts: [{ name: 'Ana', phone: '55 1234 5678', url: '' }],
      region,
    });

  async function openPopup(): Promise<TestPage> {
    const page = await session.openExtensionPage('/popup.html');
    await ready(page, '.qh-support [data-line]');
    return page;
  }

  it('every page speaks Spanish: lang, and no English word but names', async () => {
    for (const night of [true, false]) {
      await save(settings('MX', night));
      const popup = await openPopup();
      expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toMatch(/^es/);
      expect(await englishOn(popup), `popup, night ${night}`).toEqual([]);
      expect(await popup.evaluate(() => document.body.innerText, undefined)).toContain(
        'Dónde encontrar apoyo',
      );
      await popup.close();
    }

    const options = await session.openExtensionPage('/options.html');
    await ready(options, 'form');
    expect(await options.evaluate(() => document.documentElement.lang, undefined)).toMatch(/^es/);
    expect(await englishOn(options), 'settings page').toEqual([]);
    await options.close();

    await save(settings('MX', true));
    const blocked = await session.openExtensionPage('/blocked.html#http://blocked.test/');
    await ready(blocked, '.qh-blocked h1');
    await blocked.evaluate(() => {
      const cantSleep = [...document.querySelectorAll('button')].find(
        (b) => b.getAttribute('aria-expanded') === 'false',
      );
      cantSleep?.click();
    }, undefined);
    await ready(blocked, '.qh-cant-sleep');
    expect(await blocked.evaluate(() => document.documentElement.lang, undefined)).toMatch(/^es/);
    expect(await englishOn(blocked), 'pause page').toEqual([]);
    expect(await blocked.evaluate(() => document.body.innerText, undefined)).toContain(
      'Línea de la Vida',
    );
    await blocked.close();
  });

  it('the check itself finds English when there is some', () => {
    expect(ENGLISH_ONLY.has('night')).toBe(true);
    expect(ENGLISH_ONLY.has('quiet')).toBe(false);
  });

  it.each(Object.keys(NUMBERS) as Array<keyof typeof NUMBERS>)(
    'where you are: %s lists its own lines and no other region’s',
    async (region) => {
      await save(settings(region, true));
      const popup = await openPopup();
      const links = await popup.evaluate(
        () =>
          [...document.querySelectorAll('.qh-support a')]
            .map((a) => a.getAttribute('href')!)
            .filter((href) => !href.includes('/options.html')),
        undefined,
      );
      const own = 'tel:5512345678';
      expect(links[0], 'the person’s own contact first').toBe(own);
      expect(links.filter((href) => /^(tel|sms):/.test(href) && href !== own)).toEqual(
        NUMBERS[region],
      );
      expect(links.includes('https://findahelpline.com/')).toBe(region === 'other');
      await popup.close();
    },
  );

  it('until chosen, the region follows the browser’s language: es-MX lists Mexico’s lines', async () => {
    await save(settings('auto', true));
    const popup = await openPopup();
    const links = await popup.evaluate(
      () => [...document.querySelectorAll('.qh-support a')].map((a) => a.getAttribute('href')!),
      undefined,
    );
    expect(links.filter((href) => /^(tel|sms):/.test(href))).toEqual([
      'tel:5512345678',
      ...NUMBERS.MX,
    ]);
    await popup.close();
  });

  it.runIf(name === 'chromium')(
    'axe finds no serious or critical problems on the Spanish popup and settings page',
    async () => {
      const source = await readFile(AXE, 'utf8');
      await save(settings('MX', true));
      for (const path of ['/popup.html', '/options.html']) {
        const page = (await session.openExtensionPage(path)) as unknown as PlaywrightPage;
        await page.waitForSelector('h1');
        await page.waitForSelector(path === '/popup.html' ? '.qh-support' : 'form');
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        await page.evaluate(source);
        const found = await page.evaluate(async () => {
          type Result = { violations: Array<{ id: string; impact: string; nodes: unknown[] }> };
          const axe = (globalThis as unknown as { axe: { run(): Promise<Result> } }).axe;
          const { violations } = await axe.run();
          return violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(found, path).toEqual([]);
        await page.close();
      }
    },
  );
});
