import { browser, type Tabs } from '../browser';
import { readLiveState } from '../storage/local';
import { stillAppliesTo } from '../stillness/wanted';

/**
 * Whether a tab that has just started making sound is to be muted: the night keeps new sound
 * down on its page, and the person is not in that tab (a tab in the background started it on
 * its own). A tab someone unmuted, or is looking at, plays on.
 */
export function mutesNewSound(
  live: Parameters<typeof stillAppliesTo>[0],
  tab: Pick<Tabs.Tab, 'active' | 'url' | 'mutedInfo'>,
): boolean {
  return !tab.active && !tab.mutedInfo?.muted && stillAppliesTo(live, 'keepSoundDown', tab.url);
}

/**
 * "Keep new sound down" (issue 16): mutes a tab that starts making sound at night while the
 * person is in another tab. `tabs.update({ muted })` needs no permission; the popup says so for
 * the current tab and unmutes it in one click. Registered at start, in the first turn.
 */
export function watchSound(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.audible !== true) return;
    void readLiveState()
      .then((live) => {
        if (mutesNewSound(live, tab)) return browser.tabs.update(tabId, { muted: true });
      })
      .catch(() => undefined);
  });
}

/** Whether this extension muted the tab (the popup's "Turn its sound back on"). */
export function mutedByUs(tab: Pick<Tabs.Tab, 'mutedInfo'> | undefined): boolean {
  const info = tab?.mutedInfo;
  return !!info?.muted && info.reason === 'extension' && info.extensionId === browser.runtime.id;
}
