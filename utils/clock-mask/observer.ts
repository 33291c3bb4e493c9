/** What a batch carries: the records, or 'all' after a burst too big to be worth reading one by one. */
export type Batch = MutationRecord[] | 'all';

/**
 * Beyond this many records in a frame, one full rescan is cheaper than following each. A page
 * re-rendering a big table or ticker changes a few thousand text nodes a frame: following
 * those (a regex test each, most holding no reading) costs a few ms, a full rescan of a large
 * page every frame far more.
 */
export const BURST_LIMIT = 10000;

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** Schedules work before the next paint; `requestAnimationFrame` in pages. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * One MutationObserver for a document and its shadow roots, delivering at most one batch per
 * animation frame. Work done in `requestAnimationFrame` runs before that frame is painted, so a
 * clock the page rewrites is masked again before anyone sees it.
 */
export class BatchedObserver {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private overflow = false;
  private frame: number | null = null;

  constructor(
    win: Window & typeof globalThis,
    private readonly onBatch: (batch: Batch) => void,
    private readonly frames: FrameScheduler = {
      request: (cb) => win.requestAnimationFrame(cb),
      cancel: (handle) => win.cancelAnimationFrame(handle),
    },
  ) {
    this.observer = new win.MutationObserver((records) => this.collect(records));
  }

  /** Watches `root` (a document or a shadow root) and everything under it. */
  observe(root: Node): void {
    this.observer.observe(root, OPTIONS);
  }

  /**
   * Throws away records queued but not yet delivered: called right after the mask's own
   * writes (the title), so it never reacts to itself.
   */
  discard(): void {
    this.observer.takeRecords();
  }

  /** Stops watching everything and drops any batch not yet delivered. */
  disconnect(): void {
    this.observer.disconnect();
    if (this.frame !== null) this.frames.cancel(this.frame);
    this.frame = null;
    this.pending = [];
    this.overflow = false;
  }

  private collect(records: MutationRecord[]): void {
    this.add(records);
    if (this.frame === null) this.frame = this.frames.request(() => this.flush());
  }

  private add(records: MutationRecord[]): void {
    if (this.overflow) return;
    if (this.pending.length + records.length > BURST_LIMIT) {
      this.overflow = true;
      this.pending = [];
    } else {
      for (const record of records) this.pending.push(record);
    }
  }

  private flush(): void {
    this.frame = null;
    this.add(this.observer.takeRecords());
    const batch: Batch = this.overflow ? 'all' : this.pending;
    this.pending = [];
    this.overflow = false;
    this.onBatch(batch);
  }
}
