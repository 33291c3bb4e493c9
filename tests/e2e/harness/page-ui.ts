import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { eventually, type ExtensionSession, type TestPage } from './session';

/** Clicks the button whose visible text is `label`, waiting until the page shows it. */
export async function clickButton(page: TestPage, label: string): Promise<void> {
  await eventually(() =>
    page.evaluate((l) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === l,
      );
      button?.click();
      return Boolean(button);
    }, label),
  );
}

/** Resizes a page's viewport with whichever driver runs it. */
export async function resize(
  session: ExtensionSession,
  page: TestPage,
  width: number,
  height: number,
): Promise<void> {
  if (session.name === 'chromium')
    await (page as unknown as PlaywrightPage).setViewportSize({ width, height });
  else await (page as unknown as PuppeteerPage).setViewport({ width, height });
}

/**
 * What the background stores when the "pause for tonight" key is pressed (utils/storage/local.ts,
 * `PAUSE_ASKED`), planted from an extension page: a test cannot press the browser's own
 * shortcuts. Use a page that does not take the request itself (not the popup).
 */
export async function plantPauseShortcut(page: TestPage): Promise<void> {
  await page.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.session.set({ pauseAsked: Date.now() });
  }, undefined);
}
