import { browser, type Storage } from '../browser';
import type { LiveState } from '../live-state';
import { LIVE_STATE, readLiveState } from '../storage/local';
import { pageHighlightApi } from './highlights';
import { ClockMask } from './mask';
import { clockMaskMessaging, isFromExtension, type ClockMaskState } from './messages';
import { clockHidingOn, frameUrls, masksPage } from './wanted';

/**
 * The clock mask's life in one frame. It outlives a single injection: the background may inject
 * the script again (the next night, or a tab that got it both ways), and the second copy finds
 * this one and only asks it to look at the night again.
 */
export class PageClockMask {
  private mask: ClockMask | null = null;
  private revealed = false;
  private detachers: Array<() => void> = [];

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Reads the published night and follows it. */
  async refresh(): Promise<void> {
    this.follow(await readLiveState());
  }

  /** What the mask is doing now. */
  get state(): ClockMaskState {
    return this.mask ? 'masking' : this.revealed ? 'revealed' : 'idle';
  }

  /** Masks or unmasks as the night says; once the night is off, listens to nothing at all. */
  follow(live: LiveState): void {
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
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const live = LIVE_STATE.changed(changes, area);
      if (live) this.follow(live.value);
    };
    browser.storage.onChanged.addListener(onChanged);
    this.detachers.push(() => browser.storage.onChanged.removeListener(onChanged));
    this.detachers.push(
      clockMaskMessaging.onMessage('clockMaskState', ({ sender }) => {
        if (!isFromExtension(sender)) throw new Error('Not allowed');
        return this.state;
      }),
      clockMaskMessaging.onMessage('revealClockTimes', ({ sender }) => {
        if (!isFromExtension(sender)) throw new Error('Not allowed');
        return this.reveal();
      }),
    );
  }

  private detach(): void {
    for (const detach of this.detachers) detach();
    this.detachers = [];
  }
}

const INSTANCE = Symbol.for('quiet-hours.clock-mask');

/** Starts the clock mask in this frame, or wakes the one already there. */
export function runClockMask(win: Window & typeof globalThis = window): PageClockMask {
  const holder = win as unknown as Record<symbol, PageClockMask | undefined>;
  const page = (holder[INSTANCE] ??= new PageClockMask(win));
  void page.refresh();
  return page;
}
