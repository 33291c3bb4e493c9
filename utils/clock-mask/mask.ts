import { ClockHighlights, type HighlightApi } from './highlights';
import { BatchedObserver, type Batch, type FrameScheduler } from './observer';
import {
  rescanNode,
  scanCustomElementHosts,
  scanShadowHosts,
  scanTree,
  type ScanSink,
} from './scan';
import { SlicedScan } from './slices';
import { MaskStyle } from './style';
import { TitleMask } from './title';

/**
 * User Timing names the mask reports its work under, in the bench build only (see `timing`
 * below): a page can observe every measure, so the shipped mask makes none.
 */
export const SCAN_MEASURE = 'qh-clock-scan';
export const UPDATE_MEASURE = 'qh-clock-update';
/** One slice of a sliced first scan (`qh-clock-scan` then spans them all). */
export const SLICE_MEASURE = 'qh-clock-slice';

/** Up to this many elements, the first scan also visits every element for shadow roots. */
const EAGER_ELEMENT_LIMIT = 3000;
/** Beyond this many elements, the first scan goes in slices that yield to the page. */
const SLICED_ELEMENT_LIMIT = 20000;

/** What one document's mask is given. */
export interface ClockMaskOptions {
  doc: Document;
  highlights: HighlightApi;
  /** Only the top frame's title shows in the tab strip. */
  maskTitle: boolean;
  /** Overrides `requestAnimationFrame`, for tests. */
  frames?: FrameScheduler;
}

/**
 * Masks every reading in one document (and its open shadow roots) while it runs, and undoes
 * everything when stopped: highlights, adopted style, observer, title.
 */
export class ClockMask {
  private readonly doc: Document;
  private readonly highlights: ClockHighlights;
  private readonly style: MaskStyle;
  private readonly title: TitleMask | null;
  private readonly observer: BatchedObserver;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly sink: ScanSink;

  private idle: number | null = null;
  private slices: SlicedScan | null = null;

  constructor(options: ClockMaskOptions) {
    const start = import.meta.env.QH_BENCH ? performance.now() : 0;
    this.doc = options.doc;
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.highlights = new ClockHighlights(options.highlights);
    this.style = new MaskStyle(this.doc, this.highlights.name);
    this.title = options.maskTitle ? new TitleMask(this.doc) : null;
    this.observer = new BatchedObserver(win, (batch) => this.update(batch), options.frames);
    this.sink = {
      set: (unit, ranges) => this.highlights.set(unit, ranges),
      shadowRoot: (root) => this.addShadowRoot(root),
    };
    this.style.adopt(this.doc);
    this.observer.observe(this.doc);
    this.maskTitle();
    // A huge page is told by the live list of its elements at the limit, which walks no further:
    // counting every element of a page that size took most of a frame.
    const all = this.doc.getElementsByTagName('*');
    if (all.item(SLICED_ELEMENT_LIMIT)) {
      let first = true;
      this.slices = new SlicedScan(win, this.sink, (sliceStart) => {
        this.show();
        if (import.meta.env.QH_BENCH) {
          // The first slice runs in the same task as everything above.
          measure(SLICE_MEASURE, first ? start : sliceStart);
          if (this.slices?.done) measure(SCAN_MEASURE, start);
        }
        first = false;
      });
      this.slices.run();
      return;
    }
    // The list has met its end, so it knows its length now without walking again.
    const elements = all.length;
    scanTree(this.doc, this.sink);
    // Shadow roots can only all be found by visiting every element: at once on ordinary pages,
    // when the page is idle on larger ones, so their first scan stays one short task.
    if (elements <= EAGER_ELEMENT_LIMIT) {
      scanShadowHosts(this.doc, this.sink);
      this.show();
      if (import.meta.env.QH_BENCH) measure(SCAN_MEASURE, start);
    } else {
      this.show();
      if (import.meta.env.QH_BENCH) measure(SCAN_MEASURE, start);
      const later = (cb: () => void) =>
        win.requestIdleCallback
          ? win.requestIdleCallback(cb, { timeout: 500 })
          : win.setTimeout(cb, 50);
      this.idle = later(() => {
        this.idle = null;
        scanShadowHosts(this.doc, this.sink);
        this.show();
      });
    }
  }

  /** How many readings are masked now. */
  get maskedCount(): number {
    return this.highlights.size;
  }

  /** Undoes everything the mask did to the page. */
  stop(): void {
    const win = this.doc.defaultView;
    if (this.idle !== null) (win?.cancelIdleCallback ?? win?.clearTimeout)?.(this.idle);
    this.slices?.cancel();
    this.observer.disconnect();
    this.highlights.clear();
    this.style.removeAll();
    this.shadowRoots.clear();
    this.title?.restore();
  }

  private update(batch: Batch): void {
    if (import.meta.env.QH_BENCH) timing(UPDATE_MEASURE, () => this.rescan(batch));
    else this.rescan(batch);
  }

  private rescan(batch: Batch): void {
    if (batch === 'all') {
      this.highlights.reset();
      scanTree(this.doc, this.sink);
      for (const root of this.shadowRoots) if (root.host.isConnected) scanTree(root, this.sink);
      scanCustomElementHosts(this.doc, this.sink, this.shadowRoots);
    } else {
      this.follow(batch);
    }
    this.show();
    if (!this.style.isIntact()) this.style.repair();
    this.maskTitle();
  }

  /**
   * Adopts the style and registers the highlight once there is a reading to mask, never
   * before: both make the browser restyle or repaint the whole page, which a page showing no
   * time of day should not pay for. The first scan fills the highlight before it is registered,
   * since in Chromium each range added to a registered highlight schedules repaint work.
   */
  private show(): void {
    if (this.style.shown || this.highlights.size === 0) return;
    this.style.show();
    this.highlights.register();
  }

  /** Rescans only what the records touched, each node once. */
  private follow(records: MutationRecord[]): void {
    const touched = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        touched.add(record.target);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) touched.add(node);
      // Text nodes either side may have joined into, or split from, a run.
      if (record.previousSibling?.nodeType === Node.TEXT_NODE) touched.add(record.previousSibling);
      if (record.nextSibling?.nodeType === Node.TEXT_NODE) touched.add(record.nextSibling);
      const time = (record.target as Element).closest?.('time');
      if (time) touched.add(time);
    }
    if (removed) this.highlights.prune();
    for (const node of touched) if (node.isConnected) rescanNode(node, this.sink);
  }

  private maskTitle(): void {
    // The title is the mask's only write to the page: drop the records it causes.
    if (this.title?.update()) this.observer.discard();
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.style.adopt(root);
    this.observer.observe(root);
  }
}

/**
 * Runs `work` and, in the bench build, reports its duration as a User Timing measure (see
 * {@link measure}).
 */
function timing(name: string, work: () => void): void {
  const start = performance.now();
  work();
  measure(name, start);
}

/**
 * In the bench build only (`QH_BENCH`, a build-time constant, so the shipped build holds none
 * of this): reports the time since `start` as a User Timing measure and clears it at once. A
 * PerformanceObserver (the bench page's) still receives every entry, and so could any page,
 * which is why the shipped build makes none.
 */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  } catch {
    // A browser without User Timing 3 options simply reports nothing.
  }
}
