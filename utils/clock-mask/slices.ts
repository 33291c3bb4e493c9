import { rescanText, scanElement, scanShadowHostsIn, scanSubtree, type ScanSink } from './scan';

/** A subtree of at most this many elements is scanned in one piece (a few ms at most). */
const PIECE_ELEMENTS = 1500;
/** An element with up to this many children is a wrapper whose children are counted together. */
const FEW_CHILDREN = 8;
/** A slice ends once it has worked this long, so the page's own tasks get the main thread. */
export const SLICE_MS = 8;

/**
 * The first scan of a very large document, in slices that yield to the page. It goes in
 * document order, top first, so the first slice (run at once) masks what a page opened at its
 * top shows first; the rest follows in later tasks, each under {@link SLICE_MS} but for one
 * piece. The document is cut into pieces of at most {@link PIECE_ELEMENTS} elements, each read
 * afresh when its turn comes, so changes the page makes between slices never put a piece's text
 * offsets out of step (the observer rescans what changed). Open shadow roots are found piece by
 * piece too.
 */
export class SlicedScan {
  /** What is left to scan, the next piece last. */
  private readonly stack: Node[];
  /**
   * How many elements are under some nodes of the stack, when known without counting: an
   * element's last element child has its parent's count less its siblings'. On a page whose
   * bulk sits in one chain of wrappers, that chain is never counted twice.
   */
  private readonly counts = new Map<Node, number>();
  private timer: number | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly sink: ScanSink,
    /** Called after each slice, with when it started (the mask shows what it found). */
    private readonly afterSlice: (start: number) => void,
    /** How many elements the document holds, as the mask counted them. */
    elements: number,
  ) {
    const top = win.document.documentElement;
    this.stack = top ? [top] : [];
    if (top) this.counts.set(top, elements - 1);
  }

  /** Whether every piece has been scanned. */
  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Runs the first slice now and schedules the others. */
  run(): void {
    this.timer = null;
    const start = this.win.performance.now();
    const deadline = start + SLICE_MS;
    // Cutting big elements into pieces is not progress: each slice scans at least one piece.
    let scanned = false;
    while (this.stack.length > 0 && (!scanned || this.win.performance.now() < deadline))
      scanned = this.step() || scanned;
    this.afterSlice(start);
    if (this.stack.length > 0) this.timer = this.win.setTimeout(() => this.run(), 0);
  }

  /** Stops before the next slice. */
  cancel(): void {
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = null;
    this.stack.length = 0;
  }

  /** Scans or cuts the next node; true when it scanned a piece. */
  private step(): boolean {
    const node = this.stack.pop()!;
    const known = this.counts.get(node);
    this.counts.delete(node);
    if (!node.isConnected) return false;
    if (node.nodeType === Node.TEXT_NODE) {
      rescanText(node as Text, this.sink);
      return true;
    }
    const element = node as Element;
    const count = known ?? element.getElementsByTagName('*').length;
    if (count <= PIECE_ELEMENTS) {
      scanElement(element, this.sink);
      scanShadowHostsIn(element, this.sink);
      return true;
    }
    // Too big for one piece: its children are pieces of their own (text runs from their first node).
    const shadow = element.shadowRoot;
    if (shadow) {
      this.sink.shadowRoot(shadow);
      scanSubtree(shadow, this.sink);
    }
    const children: Node[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === Node.ELEMENT_NODE) children.push(child);
      else if (type === Node.TEXT_NODE && child.previousSibling?.nodeType !== Node.TEXT_NODE)
        children.push(child);
    }
    // A wrapper of a few children: count them now, and the last one (often the bulk) for free.
    const last = element.lastElementChild;
    if (last && element.childElementCount <= FEW_CHILDREN) {
      let rest = count - element.childElementCount;
      for (let child = element.firstElementChild; child && child !== last;) {
        const own = child.getElementsByTagName('*').length;
        this.counts.set(child, own);
        rest -= own;
        child = child.nextElementSibling;
      }
      this.counts.set(last, rest);
    }
    for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]!);
    return false;
  }
}
