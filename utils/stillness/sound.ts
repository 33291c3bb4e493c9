import { browser, type Tabs } from '../browser';
import type { LiveState } from '../live-state';
import { stillAppliesTo } from './wanted';

/**
 * Whether a tab that has just started making sound is to be muted: the night keeps new sound
 * down on its page, and the person is not in that tab (a tab in the background started it on
 * its own). A tab someone is looking at plays on.
 */
export function mutesNewSound(
  live: LiveState,
  tab: Pick<Tabs.Tab, 'active' | 'url' | 'mutedInfo'>,
): boolean {
  return !tab.active && !tab.mutedInfo?.muted && stillAppliesTo(live, 'keepSoundDown', tab.url);
}

/** Whether this extension muted the tab (the popup's "Turn its sound back on"). */
export function mutedByUs(tab: Pick<Tabs.Tab, 'mutedInfo'> | undefined): boolean {
  const info = tab?.mutedInfo;
  return !!info?.muted && info.reason === 'extension' && info.extensionId === browser.runtime.id;
}
