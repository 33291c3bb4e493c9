import { browser } from '../browser';
import { HANDLERS } from './handlers';
import { askToPauseTonight, PAUSE_TONIGHT_COMMAND } from './pause-ask';
import { pauseSite } from './pause-site';

/** The page context menu's one item. */
export const PAUSE_SITE_MENU = 'pause-site';

/** The keyboard command that starts quiet hours now (manifest `commands`). */
export const START_NOW_COMMAND = 'start-now';

/** `contextMenus` in Chromium, `menus` in Firefox; absent in Firefox for Android. */
type Menus = NonNullable<typeof browser.contextMenus>;
const menus = (): Menus | undefined =>
  (browser as unknown as { menus?: Menus }).menus ?? browser.contextMenus;

/**
 * Creates the context menu item on web pages. Called on install and update (the browser keeps
 * menu items after that); skipped where the browser has no menus.
 */
export async function createMenus(label: string): Promise<void> {
  const api = menus();
  if (!api) return;
  await api.removeAll();
  api.create({
    id: PAUSE_SITE_MENU,
    title: label,
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/**
 * Listens for the menu item and the keyboard commands. Registered in the worker's first turn so
 * either can wake it; each is skipped where the browser lacks the API (Firefox for Android).
 */
export function listenToShortcuts(): void {
  menus()?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== PAUSE_SITE_MENU) return;
    const url = info.pageUrl ?? tab?.url;
    if (url) void pauseSite(url);
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === START_NOW_COMMAND) void HANDLERS.startNow(undefined);
    // Called in this turn: Firefox opens the popup only while the key press is being handled.
    if (command === PAUSE_TONIGHT_COMMAND)
      void askToPauseTonight(Date.now()).catch(() => undefined);
  });
}
