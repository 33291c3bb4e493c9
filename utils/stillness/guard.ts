import { frameUrls } from '../clock-mask/wanted';
import { customElementShadowRoots } from '../shadow-hosts';
import type { LiveState } from '../live-state';
import { canonicalSiteMatches } from '../site-pattern';
import { extensionAlive, onPublishedNight, readPublishedNight } from '../page-api';

/**
 * Whether the frame at `urls` (its own address and its top page's, as far as it can be read)
 * keeps autoplay waiting: the night asks for it and the user never excluded the site.
 */
export function guardsPage(live: LiveState, urls: string[]): boolean {
  // A state published by an older version has no `still` at all.
  if (live.phase === 'off' || live.still?.autoplayWaits !== true) return false;
  return !live.neverTouch.some((site) => urls.some((url) => canonicalSiteMatches(site, url)));
}

/**
 * Whether the page has a click, tap or key behind it right now: the browser's own transient
 * user activation, which a script cannot fake and which lapses a few seconds after the person
 * acted. A browser without the API is trusted, so nothing is paused on a guess.
 */
export function personActed(win: Window): boolean {
  const activation = (win.navigator as Navigator & { userActivation?: { isActive: boolean } })
    .userActivation;
  return activation ? activation.isActive : true;
}

type Win = Window & typeof globalThis;

/** A guard running in one frame. */
export interface AutoplayGuard {
  /** Reads the published night and follows it. */
  refresh(): Promise<void>;
  /** Whether this copy's extension is still there (an update leaves old copies without one). */
  alive(): boolean;
  /** Stops listening for good, and lets go of anything paused before the night was known. */
  retire(): void;
}

/**
 * "Autoplay waits for a click" in one frame: a video or audio that starts playing with no click,
 * tap or key behind it is paused at once. Listens in the document and in each open shadow root
 * (media events do not cross into the document from one), from the moment it starts, before the
 * night is read, so nothing starts in between; media already playing when the guard arrives in
 * an open tab is left alone. Follows the published night; once it is off, listens to nothing.
 *
 * Finding shadow roots is the costly part, because every node a content script touches costs
 * it. So nothing watches the page while it is parsed (that alone cost a heavy page about 50 ms):
 * at `DOMContentLoaded` and `load` the browser's XPath finds the roots of custom elements, and
 * only then does an observer look at what the page adds. A root found that way may hold media
 * that started before it was found; a guard that came with the page pauses it then, by the same
 * rule. Written as one closure, not a class, because it goes into every page and frame at night
 * and the minifier can shorten only local names.
 */
export function startAutoplayGuard(win: Win): AutoplayGuard {
  const doc = win.document;
  // Every listener is tied to this signal, so retiring removes them all at once.
  const stop = new AbortController();
  const { signal } = stop;
  // Registered copies arrive while the page loads; a tab already open gets one later.
  const cameWithPage = doc.readyState === 'loading';
  const roots = new Set<Document | ShadowRoot>();
  /** Unknown until the published night has been read. */
  let guarding: boolean | undefined;
  /** Media paused before the night was known, to be let go if it turns out not to apply. */
  let held: HTMLMediaElement[] = [];

  const retire = () => {
    if (signal.aborted) return;
    stop.abort();
    observer.disconnect();
    for (const media of held) void media.play().catch(() => undefined);
    held = [];
  };
  const alive = () => {
    if (signal.aborted) return false;
    if (!extensionAlive()) retire();
    return !signal.aborted;
  };
  const follow = (live: LiveState) => {
    if (signal.aborted) return;
    guarding = guardsPage(live, frameUrls(win));
    if (guarding) held = [];
    else retire();
  };
  /** Pauses `target` if it is media that started with nobody acting, while the night asks. */
  const check = (target: EventTarget | null) => {
    const media = target as HTMLMediaElement;
    if (!(media instanceof win.HTMLMediaElement)) return;
    if (guarding === false || !alive() || personActed(win)) return;
    media.pause();
    if (guarding === undefined) held.push(media);
  };
  const listen = (root: Document | ShadowRoot) => {
    if (roots.has(root)) return false;
    roots.add(root);
    // `play` does not bubble; capturing sees it for every media element under the root.
    root.addEventListener('play', (event) => check(event.target), { capture: true, signal });
    return true;
  };
  /** Listens in a shadow root, watches it, and looks inside it (shadow trees are small). */
  const addRoot = (shadow: ShadowRoot) => {
    if (signal.aborted || !listen(shadow)) return;
    observer.observe(shadow, WATCH);
    const walker = doc.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT);
    for (
      let el = walker.nextNode() as Element | null;
      el;
      el = walker.nextNode() as Element | null
    ) {
      if (el.shadowRoot) addRoot(el.shadowRoot);
      if (cameWithPage && el instanceof win.HTMLMediaElement && !el.paused) check(el);
    }
  };
  /** Roots on an element the page added, and on the custom elements inside it. */
  const observer = new win.MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        const element = node as Element;
        if (element.shadowRoot) addRoot(element.shadowRoot);
        if (element.firstElementChild) customElementShadowRoots(element).forEach(addRoot);
      }
  });
  /** The document's custom-element roots, then what the page adds from now on. */
  const findRoots = () => {
    if (signal.aborted) return;
    customElementShadowRoots(doc).forEach(addRoot);
    observer.observe(doc, WATCH);
  };

  listen(doc);
  if (cameWithPage) doc.addEventListener('DOMContentLoaded', findRoots, { signal });
  else findRoots();
  // Custom elements defined late in the page's loading have their roots by now.
  win.addEventListener('load', findRoots, { signal });
  const unlisten = onPublishedNight(follow);
  signal.addEventListener('abort', () => {
    try {
      unlisten();
    } catch {
      // Removing a listener from a dead context can throw; there is nothing left to remove.
    }
  });
  return {
    async refresh() {
      try {
        follow(await readPublishedNight());
      } catch {
        // Storage fails once the extension's context is gone (an update or reload).
        retire();
      }
    },
    alive,
    retire,
  };
}

/** What the observer watches: elements added anywhere below. */
const WATCH: MutationObserverInit = { childList: true, subtree: true };

const INSTANCE = Symbol.for('quiet-hours.autoplay-guard');

/**
 * Starts the guard in this frame, unless a live one is already here (a tab can get the script
 * both from the registration and from the injection into open tabs).
 */
export function runAutoplayGuard(win: Win = window): AutoplayGuard {
  const holder = win as unknown as Record<symbol, AutoplayGuard | undefined>;
  let guard = holder[INSTANCE];
  if (!guard?.alive()) guard = holder[INSTANCE] = startAutoplayGuard(win);
  void guard.refresh();
  return guard;
}
