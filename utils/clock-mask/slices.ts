import { rescanText, scanElement, scanShadowHostsIn, scanSubtree, type ScanSink } from './scan';

/** A subtree of at most this many elements is scanned in one piece (a few ms at most). */
const PIECE_ELEMENTS = 1500;
/** An element with up to this many children is a wrapper: its children are stacked at once. */
const FEW_CHILDREN = 8;
/** A slice ends once it has worked this long, so the page's own tasks get the main thread. */
export const SLICE_MS = 8;
/**
 * The first slice, run at once, scans pieces of at least this many elements whatever the time:
 * more than a screenful on any ordinary page, so what a page opened at its top shows is masked
 * before its first frame even on a busy machine.
 */
const FIRST_SLICE_ELEMENTS = 800;

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
  /** What is left to scan, the next piece last: nodes, and cursors over long child lists. */
  private readonly stack: Array<Node | Siblings>;
  private timer: number | null = null;
  private first = true;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly sink: ScanSink,
    /** Called after each slice, with when it started (the mask shows what it found). */
    private readonly afterSlice: (start: number) => void,
  ) {
    const top = win.document.documentElement;
    this.stack = top ? [top] : [];
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
    const least = this.first ? FIRST_SLICE_ELEMENTS : 1;
    this.first = false;
    let scanned = 0;
    while (this.stack.length > 0 && (scanned < least || this.win.performance.now() < deadline))
      scanned += this.step();
    this.afterSlice(start);
    if (this.stack.length > 0) this.timer = this.win.setTimeout(() => this.run(), 0);
  }

  /** Stops before the next slice. */
  cancel(): void {
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = null;
    this.stack.length = 0;
  }

  /** Scans or cuts the next node; how many elements it scanned (at least 1 for a piece). */
  private step(): number {
    const next = this.stack.pop()!;
    if (next instanceof Siblings) {
      const node = next.take();
      if (next.node) this.stack.push(next);
      if (node) this.stack.push(node);
      return 0;
    }
    const node = next;
    if (!node.isConnected) return 0;
    if (node.nodeType === Node.TEXT_NODE) {
      rescanText(node as Text, this.sink);
      return 1;
    }
    const element = node as Element;
    // Whether it is more than a piece is asked of the element's live list of descendants at
    // the piece's size, which walks no further than that: counting a huge page's wrappers
    // in full cost the first slice as much as its scanning.
    const descendants = element.getElementsByTagName('*');
    if (!descendants.item(PIECE_ELEMENTS)) {
      scanElement(element, this.sink);
      scanShadowHostsIn(element, this.sink);
      return descendants.length + 1;
    }
    // Too big for one piece: its children are pieces of their own (text runs from their first node).
    const shadow = element.shadowRoot;
    if (shadow) {
      this.sink.shadowRoot(shadow);
      scanSubtree(shadow, this.sink);
    }
    // A long list of children (a chat log's messages) is gone through a piece at a time, so
    // the first slice touches only the first few rather than every one of thousands.
    if (element.childElementCount > FEW_CHILDREN) {
      this.stack.push(new Siblings(element));
      return 0;
    }
    const children: Node[] = [];
    for (let child = firstPiece(element.firstChild); child; child = firstPiece(child.nextSibling))
      children.push(child);
    for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]!);
    return 0;
  }
}

/**
 * The first node from `node` on that starts a piece: an element, or the first of a run of text
 * nodes (a run is read as one text from its first node).
 */
function firstPiece(node: Node | null): Node | null {
  for (let n = node; n; n = n.nextSibling) {
    if (n.nodeType === Node.ELEMENT_NODE) return n;
    if (n.nodeType === Node.TEXT_NODE && n.previousSibling?.nodeType !== Node.TEXT_NODE) return n;
  }
  return null;
}

/**
 * A cursor over an element's children, handed out one piece at a time in document order. If
 * the page takes out the child the cursor stands on, the rest of the list can no longer be
 * told from there, so the cursor hands out the whole element once more, to be scanned again
 * (scanning a node twice sets the same ranges).
 */
class Siblings {
  /** The next child to hand out; null once they all are. */
  node: Node | null;

  constructor(private readonly parent: Element) {
    this.node = firstPiece(parent.firstChild);
  }

  /** The next piece, and the cursor moved past it. */
  take(): Node | null {
    const node = this.node;
    if (!node) return null;
    if (node.parentNode !== this.parent) {
      this.node = null;
      return this.parent.isConnected ? this.parent : null;
    }
    this.node = firstPiece(node.nextSibling);
    return node;
  }
}
