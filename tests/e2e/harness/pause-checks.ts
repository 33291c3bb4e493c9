import { expect } from 'vitest';
import type { TestSite } from './server';
import { eventually, type ExtensionSession, type TestPage } from './session';

/**
 * The pause-page checks the blocking tests use, in the browser of `session`, against the local
 * test site `site` (every host name reaches it, on its port).
 */
export function checksFor(session: () => ExtensionSession, site: () => TestSite) {
  const url = (host: string, path = '/') => `http://${host}:${site().port}${path}`;
  const href = (page: TestPage) => page.evaluate(() => location.href, undefined);
  const onPausePage = async (page: TestPage) =>
    (await href(page)).includes('/blocked.html#') &&
    (await page.evaluate(() => document.querySelector('.qh-address')?.textContent, undefined));
  /** Waits for the pause page showing `address` (a page may still show the one before). */
  const pausedAt = (page: TestPage, address: string) =>
    eventually(async () => (await onPausePage(page)) === address);
  const loadedText = (page: TestPage) =>
    page.evaluate(() => document.getElementById('page')?.textContent, undefined);

  /** Opens `target` in a new tab without waiting on the navigation (it may end on our page). */
  async function visit(target: string): Promise<TestPage> {
    const page = await session().openPage('about:blank');
    void page.goto(target).catch(() => undefined);
    return page;
  }
  async function expectPaused(target: string, shown = target) {
    const page = await visit(target);
    expect(await eventually(() => onPausePage(page))).toBe(shown);
    await page.close();
  }
  async function expectLoads(target: string, text: string) {
    const page = await visit(target);
    expect(await eventually(() => loadedText(page))).toBe(text);
    await page.close();
  }
  /** Our dynamic rule IDs. Retried: Firefox's BiDi now and then fails to report an extension page. */
  function ourRules(): Promise<number[]> {
    return eventually(async () => {
      const page = await session().openExtensionPage('/options.html');
      try {
        const ids: number[] = await page.evaluate(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const rules = await api.declarativeNetRequest.getDynamicRules();
          return rules.map((rule: { id: number }) => rule.id);
        }, undefined);
        return ids.filter((id) => id >= 1000 && id < 3000);
      } finally {
        await page.close();
      }
    });
  }
  return { url, onPausePage, pausedAt, loadedText, visit, expectPaused, expectLoads, ourRules };
}
