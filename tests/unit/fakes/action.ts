import { onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** A toolbar button that remembers its badge and title, and counts every change made to it. */
export function fakeAction() {
  const state = { text: '', title: 'Quiet Hours', color: '' };
  return {
    state,
    getBadgeText: vi.fn(async () => state.text),
    getTitle: vi.fn(async () => state.title),
    setBadgeText: vi.fn(async ({ text }: { text: string }) => void (state.text = text)),
    setTitle: vi.fn(async ({ title }: { title: string }) => void (state.title = title)),
    setBadgeBackgroundColor: vi.fn(
      async ({ color }: { color: string }) => void (state.color = color),
    ),
  };
}

/** Installs a fake as `browser.action` (MV3) or `browser.browserAction` (MV2 Firefox). */
export function installFakeAction(as: 'action' | 'browserAction' = 'action') {
  const action = fakeAction();
  const target = fakeBrowser as unknown as Record<string, unknown>;
  const saved = { action: target.action, browserAction: target.browserAction };
  // fakeBrowser.reset() walks every API, so the originals go back before the next test.
  onTestFinished(() => {
    Object.assign(target, saved);
  });
  target.action = as === 'action' ? action : undefined;
  target.browserAction = as === 'browserAction' ? action : undefined;
  return action;
}
