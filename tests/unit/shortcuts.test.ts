import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { takePauseAsk } from '../../utils/background/pause-ask';
import { pauseSite } from '../../utils/background/pause-site';
import { createMenus, listenToShortcuts, PAUSE_SITE_MENU } from '../../utils/background/shortcuts';
import { defaultSettings } from '../../utils/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { installFakeAction } from './fakes/action';
import { clearStore, readRaw } from './helpers/store';

vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

type Listener = (info: { menuItemId: string; pageUrl?: string }, tab?: { url?: string }) => void;

/** A stand-in for `contextMenus`, which WXT's fake browser lacks: it records and can click. */
function fakeMenus() {
  const listeners: Listener[] = [];
  const items: Array<{ id: string; title: string }> = [];
  const api = {
    removeAll: vi.fn(async () => void items.splice(0)),
    create: vi.fn((item: { id: string; title: string }) => items.push(item)),
    onClicked: { addListener: (listener: Listener) => listeners.push(listener) },
  };
  setMenus(api);
  return {
    items,
    click: (pageUrl: string) =>
      listeners.forEach((l) => l({ menuItemId: PAUSE_SITE_MENU, pageUrl })),
  };
}

/** Puts `api` where Chromium (`contextMenus`) and Firefox (`menus`) keep it; undefined removes it. */
function setMenus(api: object | undefined) {
  const target = fakeBrowser as unknown as { contextMenus?: object; menus?: object };
  target.contextMenus = api;
  target.menus = api;
}

const sites = async () => (await loadSettings()).settings.blocking.sites;

/** A stand-in for `commands`, which WXT's fake browser lacks: `press` runs a command. */
function fakeCommands() {
  const listeners: Array<(command: string) => void> = [];
  (fakeBrowser as unknown as { commands?: object }).commands = {
    onCommand: { addListener: (listener: (command: string) => void) => listeners.push(listener) },
  };
  return { press: (command: string) => listeners.forEach((l) => l(command)) };
}

const original = { ...(fakeBrowser as unknown as { menus?: object; commands?: object }) };
beforeEach(async () => {
  fakeCommands();
  await clearStore();
});
afterEach(() => {
  setMenus(original.menus);
  (fakeBrowser as unknown as { commands?: object }).commands = original.commands;
});

describe('"Pause this site during quiet hours"', () => {
  it("adds the page's site to the sites that wait, keeping the others", async () => {
    await saveSettings(
      { ...defaultSettings(), blocking: { ...defaultSettings().blocking, sites: ['youtube.com'] } },
      Date.now(),
    );
    const result = await pauseSite('https://www.reddit.com/r/sleep?x=1');
    expect(result).toMatchObject({ ok: true });
    expect(await sites()).toEqual(['youtube.com', 'reddit.com']);
  });

  it('leaves a listed site and a browser page alone', async () => {
    await pauseSite('https://news.test/a');
    expect(await pauseSite('https://news.test/b')).toBeNull();
    expect(await pauseSite('chrome://settings/')).toBeNull();
    expect(await sites()).toEqual(['news.test']);
  });

  it('the menu item is created on web pages, and a click on it adds the site', async () => {
    const menus = fakeMenus();
    await createMenus('Pause this site during quiet hours');
    expect(menus.items).toEqual([
      expect.objectContaining({ id: PAUSE_SITE_MENU, title: 'Pause this site during quiet hours' }),
    ]);
    listenToShortcuts();
    menus.click('https://example.com/page');
    await vi.waitFor(async () => expect(await sites()).toEqual(['example.com']));
  });

  it('is skipped without an error where the browser has no menus (Firefox for Android)', async () => {
    setMenus(undefined);
    (fakeBrowser as unknown as { commands?: object }).commands = undefined;
    await expect(createMenus('x')).resolves.toBeUndefined();
    expect(() => listenToShortcuts()).not.toThrow();
  });
});

describe('keyboard commands', () => {
  it('"Start quiet hours now" starts them', async () => {
    const commands = fakeCommands();
    setMenus(undefined);
    listenToShortcuts();
    commands.press('start-now');
    await vi.waitFor(async () =>
      expect((await readRaw('override')) as { kind: string }).toMatchObject({ kind: 'start' }),
    );
  });

  it('"Pause for tonight" opens the popup at its question, and pauses nothing itself', async () => {
    const commands = fakeCommands();
    setMenus(undefined);
    const action = installFakeAction('browserAction') as { openPopup?: () => Promise<void> };
    action.openPopup = vi.fn(async () => undefined);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    listenToShortcuts();
    commands.press('pause-tonight');
    // Opened in the key press's own turn: Firefox allows it only then.
    expect(action.openPopup).toHaveBeenCalledOnce();
    // The popup that opens takes the request once; the next open is an ordinary one.
    await vi.waitFor(async () => expect(await takePauseAsk(Date.now())).toBe(true));
    expect(await takePauseAsk(Date.now())).toBe(false);
    expect(tabs).not.toHaveBeenCalled();
    expect(await readRaw('override')).toBeUndefined();
  });

  it('"Pause for tonight" opens the popup in a tab where the browser cannot open it', async () => {
    const commands = fakeCommands();
    setMenus(undefined);
    const action = installFakeAction('action') as { openPopup?: () => Promise<void> };
    action.openPopup = vi.fn(async () => {
      throw new Error('Could not find an active browser window.');
    });
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    listenToShortcuts();
    commands.press('pause-tonight');
    await vi.waitFor(() =>
      expect(tabs).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') }),
    );
    expect(await takePauseAsk(Date.now())).toBe(true);
  });

  it('a request the popup did not take soon is not put to a later open', async () => {
    const commands = fakeCommands();
    setMenus(undefined);
    const action = installFakeAction('action') as { openPopup?: () => Promise<void> };
    action.openPopup = vi.fn(async () => undefined);
    listenToShortcuts();
    commands.press('pause-tonight');
    expect(await takePauseAsk(Date.now() + 60_000)).toBe(false);
    expect(await takePauseAsk(Date.now())).toBe(false);
  });
});
