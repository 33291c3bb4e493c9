import { frameUrls } from '../clock-mask/wanted';
import type { LiveState } from '../live-state';
import { canonicalSiteMatches } from '../site-pattern';
import { LIVE_STATE_KEY } from '../storage/live-key';

/**
 * The few extension APIs the guard needs, straight from the browser: the guard goes into every
 * page and frame at night, so it stays far below the 4 KB without the polyfill. Both
 * browsers return promises here (Chromium's MV3 `chrome`, Firefox's `browser`).
 */
interface GuardApi {
  runtime?: { id?: string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: GuardStorageListener): void;
      removeListener(listener: GuardStorageListener): void;
    };
  };
}
type GuardStorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const api = (): GuardApi =>
  ((globalThis as { browser?: GuardApi }).browser ?? (globalThis as { chrome?: GuardApi }).chrome)!;

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

/** What a missing state means: quiet hours are not running. */
const OFF = { phase: 'off', neverTouch: [] } as unknown as LiveState;

/**
 * "Autoplay waits for a click" in one frame: a video or audio that starts playing with no click,
 * tap or key behind it is paused at once. Listens in the document and in each open shadow root
 * (media events do not cross into the document from one); media already playing when the guard
 * arrives is left alone. Follows the published night and stops entirely when it ends.
 */
export class AutoplayGuard {
  /** Unknown until the published night has been read. */
  private guarding: boolean | undefined;
  /** Media paused before the night was known, to be let go if it turns out not to apply. */
  private held: HTMLMediaElement[] = [];
  private readonly roots = new Set<Document | ShadowRoot>();
  private observer: MutationObserver | null = null;
  private detachers: Array<() => void> = [];
  private retired = false;
  private readonly onPlay = (event: Event) => this.check(event);

  constructor(private readonly win: Win) {}

  /** Starts listening at once, before the night is read, so nothing starts in between. */
  start(): void {
    const doc = this.win.document;
    this.listen(doc);
    // Only the added nodes themselves, not their subtrees: while a big page is parsed this runs
    // for every element, so it stays one property read each. The walks at DOMContentLoaded and
    // load find roots deeper down.
    this.observer = new this.win.MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          const shadow = (node as Element).shadowRoot;
          if (shadow) this.addRoot(shadow);
        }
    });
    this.observer.observe(doc, { childList: true, subtree: true });
    const scan = () => this.findRoots(doc);
    doc.addEventListener('DOMContentLoaded', scan);
    this.win.addEventListener('load', scan);
    this.detachers.push(
      () => doc.removeEventListener('DOMContentLoaded', scan),
      () => this.win.removeEventListener('load', scan),
    );
    const onChanged: GuardStorageListener = (changes, area) => {
      const change = area === 'local' ? changes[LIVE_STATE_KEY] : undefined;
      // A removed state reads as no night at all.
      if (change) this.follow((change.newValue as LiveState | undefined) ?? OFF);
    };
    const { onChanged: events } = api().storage;
    events.addListener(onChanged);
    this.detachers.push(() => events.removeListener(onChanged));
  }

  /** Reads the published night and follows it. */
  async refresh(): Promise<void> {
    try {
      const stored = await api().storage.local.get(LIVE_STATE_KEY);
      this.follow((stored[LIVE_STATE_KEY] as LiveState | undefined) ?? OFF);
    } catch {
      // Storage fails once the extension's context is gone (an update or reload).
      this.retire();
    }
  }

  /** Guards or stops as the night says; once it is off, listens to nothing at all. */
  follow(live: LiveState): void {
    if (this.retired) return;
    this.guarding = guardsPage(live, frameUrls(this.win));
    if (this.guarding) this.held = [];
    else this.retire();
  }

  /** Whether this copy's extension is still there (an update leaves old copies without one). */
  alive(): boolean {
    if (this.retired) return false;
    try {
      if (api().runtime?.id) return true;
    } catch {
      // A dead context throws here.
    }
    this.retire();
    return false;
  }

  /** Stops listening for good, and lets go of anything paused before the night was known. */
  retire(): void {
    if (this.retired) return;
    this.retired = true;
    this.observer?.disconnect();
    for (const root of this.roots) root.removeEventListener('play', this.onPlay, true);
    this.roots.clear();
    for (const detach of this.detachers) {
      try {
        detach();
      } catch {
        // Removing a listener from a dead context can throw; there is nothing left to remove.
      }
    }
    this.detachers = [];
    for (const media of this.held) void media.play().catch(() => undefined);
    this.held = [];
  }

  private check(event: Event): void {
    const media = event.target as HTMLMediaElement;
    if (!(media instanceof this.win.HTMLMediaElement)) return;
    if (this.guarding === false || !this.alive() || personActed(this.win)) return;
    media.pause();
    if (this.guarding === undefined) this.held.push(media);
  }

  private listen(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    // `play` does not bubble; capturing sees it for every media element under the root.
    root.addEventListener('play', this.onPlay, true);
  }

  /** Listens in every open shadow root under `node` and watches it for more. */
  private findRoots(node: Node): void {
    if (this.retired) return;
    const walker = this.win.document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el: Node | null = walker.currentNode; el; el = walker.nextNode()) {
      const shadow = (el as Element).shadowRoot;
      if (shadow) this.addRoot(shadow);
    }
  }

  /** Listens in a newly found shadow root, watches it, and looks for roots inside it. */
  private addRoot(shadow: ShadowRoot): void {
    if (this.retired || this.roots.has(shadow)) return;
    this.listen(shadow);
    this.observer?.observe(shadow, { childList: true, subtree: true });
    this.findRoots(shadow);
  }
}

const INSTANCE = Symbol.for('quiet-hours.autoplay-guard');

/**
 * Starts the guard in this frame, unless a live one is already here (a tab can get the script
 * both from the registration and from the injection into open tabs).
 */
export function runAutoplayGuard(win: Win = window): AutoplayGuard {
  const holder = win as unknown as Record<symbol, AutoplayGuard | undefined>;
  let guard = holder[INSTANCE];
  if (guard?.alive()) {
    void guard.refresh();
    return guard;
  }
  guard = holder[INSTANCE] = new AutoplayGuard(win);
  guard.start();
  void guard.refresh();
  return guard;
}
