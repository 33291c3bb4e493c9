import { browser } from '../browser';
import { isTouchableUrl } from '../page-access';

/** An open tab as the background visits it: its id and address are known. */
export interface OpenTab {
  id: number;
  url: string;
}

/**
 * Runs `visit` on every open tab whose address `wanted` accepts (by default: the pages the
 * browser lets extensions change), all at once. A tab that closes or navigates away meanwhile
 * makes its own visit fail, and only that one: the others still happen.
 */
export async function forEachTab(
  visit: (tab: OpenTab) => Promise<unknown>,
  wanted: (url: string) => boolean = isTouchableUrl,
): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url !== undefined && wanted(tab.url))
      .map((tab) => visit({ id: tab.id!, url: tab.url! }).catch(() => undefined)),
  );
}
