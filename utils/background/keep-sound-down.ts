import { browser } from '../browser';
import { readLiveState } from '../storage/local';
import { mutesNewSound } from '../stillness/sound';

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
