import type { LiveState } from '../live-state';
import { siteMatches } from '../site-pattern';

/** Whether the night as published asks for times to be masked at all. */
export function clockHidingOn(live: LiveState): boolean {
  return live.phase !== 'off' && live.clockHiding;
}

/**
 * Whether the page at `urls` (the frame's own address, and the top page's when it can be read)
 * is to be masked: the night asks for it and the user never excluded the site.
 */
export function masksPage(live: LiveState, urls: string[]): boolean {
  if (!clockHidingOn(live)) return false;
  return !live.neverTouch.some((site) => urls.some((url) => siteMatches(site, url)));
}

/** The addresses a frame answers to: its own, and its top page's as far as it can be read. */
export function frameUrls(win: Window): string[] {
  const urls = [win.location.href];
  if (win.top === win) return urls;
  try {
    urls.push(win.top!.location.href);
  } catch {
    // A cross-origin top page keeps its address to itself; Chromium still tells its origin.
    const ancestors = win.location.ancestorOrigins;
    if (ancestors) for (let i = 0; i < ancestors.length; i++) urls.push(ancestors[i]! + '/');
  }
  return urls;
}
