import type { LiveState } from '../live-state';
import { isTouchableUrl } from '../page-access';
import { siteMatches } from '../site-pattern';
import { dimmingOn } from './strength';

/** Whether a page may be dimmed at all: the browser lets us, and the user never excluded it. */
export function mayDim(url: string | undefined, undimmed: string[]): boolean {
  return isTouchableUrl(url) && !undimmed.some((site) => siteMatches(site, url!));
}

/**
 * Whether the page at `url` is dimmed under the night as published: dimming runs, the browser
 * lets extensions change the page, and the user left its site neither untouched nor undimmed. The popup can use it
 * to say what happens to the current tab.
 */
export function dimmingAppliesTo(url: string | undefined, live: LiveState): boolean {
  return dimmingOn(live) && mayDim(url, live.undimmed);
}
