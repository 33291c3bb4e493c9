import type { LiveState } from '../live-state';
import { extensionAlive, onPublishedNight, readPublishedNight } from '../page-api';
import { pageHighlightApi } from './highlights';
import { ClockMask } from './mask';
import { answerClockMaskAsks, type ClockMaskState } from './messages';
import { clockHidingOn, frameUrls, masksPage } from './wanted';

/**
 * The clock mask's life in one frame. It outlives a single injection: the background may inject
 * the script again (the next night, or a tab that got it both ways), and the second copy finds
 * this one and only asks it to look at the night again.
 */
export class PageClockMask {
  private mask: ClockMask | null = null;
  private revealed = false;
  private retired = false;
  private detachers: Array<() => void> = [];

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Reads the published night and follows it; a copy whose extension is gone retires. */
  async refresh(): Promise<void> {
    if (!this.alive()) return;
    let live: LiveState;
    try {
      live = await readPublishedNight();
    } catch {
      // Storage fails once the extension's context is gone (an update or reload).
      return this.retire();
    }
    this.follow(live);
  }

  /**
   * Whether this copy's extension is still there. After an update or reload Chromium leaves the
   * old copy running with a dead context: `runtime.id` is gone and it would never hear the night
   * end. Such a copy undoes everything at once and retires, and the new version takes over.
   */
  alive(): boolean {
    if (this.retired) return false;
    const alive = extensionAlive();
    if (!alive) this.retire();
    return alive;
  }

  /** Undoes everything, stops listening and never starts again. */
  retire(): void {
    this.retired = true;
    this.stopMask();
    this.detach();
  }

  /** What the mask is doing now. */
  get state(): ClockMaskState {
    return this.mask ? 'masking' : this.revealed ? 'revealed' : 'idle';
  }

  /** Masks or unmasks as the night says; once the night is off, listens to nothing at all. */
  follow(live: LiveState): void {
    if (this.retired) return;
    if (!clockHidingOn(live)) {
      this.stopMask();
      this.detach();
      return;
    }
    this.attach();
    const wanted = !this.revealed && masksPage(live, frameUrls(this.win));
    if (wanted && !this.mask) this.startMask();
    else if (!wanted) this.stopMask();
  }

  /** Shows this page's times until it is reloaded or closed. */
  reveal(): ClockMaskState {
    this.revealed = true;
    this.stopMask();
    return this.state;
  }

  private startMask(): void {
    const highlights = pageHighlightApi(this.win);
    // Without the Highlight API nothing can be masked without rewriting the page: stay out.
    if (!highlights) return;
    this.mask = new ClockMask({
      doc: this.win.document,
      highlights,
      maskTitle: this.win === this.win.top,
    });
  }

  private stopMask(): void {
    this.mask?.stop();
    this.mask = null;
  }

  private attach(): void {
    if (this.detachers.length > 0) return;
    // A dead context shows nowhere else: no event reaches it. Only while the night runs.
    const check = this.win.setInterval(() => this.alive(), LIVENESS_MS);
    this.detachers.push(() => this.win.clearInterval(check));
    this.detachers.push(
      onPublishedNight((live) => this.follow(live)),
      answerClockMaskAsks((ask) => (ask.clockMask === 'reveal' ? this.reveal() : this.state)),
    );
  }

  private detach(): void {
    for (const detach of this.detachers) {
      try {
        detach();
      } catch {
        // Removing a listener from a dead context can throw; there is nothing left to remove.
      }
    }
    this.detachers = [];
  }
}

/** How often a masking copy checks that its extension is still there. */
export const LIVENESS_MS = 2000;

const INSTANCE = Symbol.for('quiet-hours.clock-mask');

/**
 * Starts the clock mask in this frame, or wakes the one already there. A copy left by an
 * earlier version (same world, dead context) is retired first and replaced.
 */
export function runClockMask(win: Window & typeof globalThis = window): PageClockMask {
  const holder = win as unknown as Record<symbol, PageClockMask | undefined>;
  let page = holder[INSTANCE];
  if (!page?.alive()) page = holder[INSTANCE] = new PageClockMask(win);
  void page.refresh();
  return page;
}
