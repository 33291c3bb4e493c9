import { customElementShadowRoots } from '../shadow-hosts';
import { clockCandidateOffsets, findClockTimes, mayContainClockTime } from '../clock-text';

/** Where the scan puts what it finds. */
export interface ScanSink {
  /** The readings of one unit (a run of sibling text nodes, or a `<time>` element); none is fine. */
  set(unit: Node, ranges: AbstractRange[]): void;
  /** An open shadow root met on the way; its contents are scanned too. */
  shadowRoot(root: ShadowRoot): void;
}

// Text that is never painted as page text (or is the user's own typing), and the title, which
// `title.ts` handles. Local names: lower case in HTML and XHTML alike, unlike tag names.
const SKIPPED = new Set(['script', 'style', 'noscript', 'textarea', 'title', 'template']);

// Node's constants as literals: each lookup of `Node` from a content script's world costs a
// little, and the walk makes thousands.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;

/**
 * The first scan of a document or shadow root, built to stay cheap on pages of many thousand
 * text nodes: elements whose text holds no candidate are skipped whole, and only `<time>`
 * elements are found with a selector. Open shadow roots are found by {@link scanShadowHosts},
 * except in shadow trees, which are small and walked whole.
 */
export function scanTree(root: Document | ShadowRoot, sink: ScanSink): void {
  if (root.nodeType !== DOCUMENT_NODE) {
    scanSubtree(root, sink);
    return;
  }
  const top = (root as Document).documentElement;
  if (top) scanElement(top, sink);
}

/**
 * {@link scanTree} for one element of the light DOM and everything under it: one regex pass
 * over all its text, natively joined, says where readings may be, and the walk then skips every
 * element whose text holds no candidate without visiting its descendants. Text with no candidate
 * (most pages at night) costs one native call and one regex pass.
 */
export function scanElement(top: Element, sink: ScanSink): void {
  const name = top.localName;
  if (SKIPPED.has(name)) return;
  if (name === 'time') {
    scanTime(top, sink);
    return;
  }
  for (const time of top.getElementsByTagName('time')) scanTime(time, sink);
  const text = top.textContent ?? '';
  const candidates = clockCandidateOffsets(text);
  if (candidates.length > 0) {
    const texts = top.ownerDocument.createTreeWalker(top, SHOW_TEXTS);
    visitCandidates(top, 0, text.length, { next: 0, candidates, handled: new Set(), sink, texts });
  }
}

interface Cursor {
  /** Index of the first candidate offset not yet passed. */
  next: number;
  candidates: number[];
  handled: Set<Node>;
  sink: ScanSink;
  /** Walks text nodes only; repositioned for each small subtree. */
  texts: TreeWalker;
}

// Children whose text the walk never enters: not page text, or a unit of its own.
const NOT_ENTERED = new Set([...SKIPPED, 'time']);

/**
 * Walks the children of `parent`, whose text is `[position, end)` of the joined text, into the
 * subtrees that hold a candidate.
 */
function visitCandidates(parent: Element, position: number, end: number, cursor: Cursor): void {
  if (end - position <= SMALL_TEXT) {
    visitSmall(parent, position, end, cursor);
    return;
  }
  const { candidates } = cursor;
  // The last element child's text length follows from the parent's, so wrapper chains and
  // the biggest child of a page are never read twice.
  const lastElement = parent.lastElementChild;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (cursor.next >= candidates.length) return;
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const after = position + (child as Text).length;
      if (candidates[cursor.next]! < after) {
        passCandidates(cursor, after);
        scanCandidate(child as Text, cursor);
      }
      position = after;
    } else if (type === ELEMENT_NODE) {
      const after =
        child === lastElement
          ? end - trailingTextLength(child)
          : position + (child.textContent?.length ?? 0);
      if (candidates[cursor.next]! < after) {
        if (NOT_ENTERED.has((child as Element).localName)) passCandidates(cursor, after);
        else visitCandidates(child as Element, position, after, cursor);
      }
      position = after;
    }
  }
}

/**
 * Up to this many characters, a subtree holds few nodes: walking its text nodes costs less than
 * reading each child element's text to skip it.
 */
const SMALL_TEXT = 256;
const SHOW_TEXTS = 0x4 | 0x8; // NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION

/** {@link visitCandidates} for a small subtree: its text nodes in order, elements unvisited. */
function visitSmall(root: Element, position: number, end: number, cursor: Cursor): void {
  const { candidates, texts } = cursor;
  texts.currentNode = root;
  // The subtree's text ends at `end`, so the walk never leaves it.
  for (let node = texts.nextNode(); node && position < end; node = texts.nextNode()) {
    const after = position + (node as Text).length;
    if (candidates[cursor.next]! < after) {
      passCandidates(cursor, after);
      scanCandidate(node as Text, cursor);
      if (cursor.next >= candidates.length || candidates[cursor.next]! >= end) return;
    }
    position = after;
  }
}

/** The length of the text that follows `node` among its siblings (its parent's text counts it). */
function trailingTextLength(node: Node): number {
  let length = 0;
  for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
    const type = sibling.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) length += (sibling as Text).length;
  }
  return length;
}

function passCandidates(cursor: Cursor, end: number): void {
  while (cursor.next < cursor.candidates.length && cursor.candidates[cursor.next]! < end)
    cursor.next++;
}

function scanCandidate(node: Text, { handled, sink }: Cursor): void {
  if (handled.has(node)) return;
  if (node.previousSibling?.nodeType === TEXT_NODE || node.nextSibling?.nodeType === TEXT_NODE) {
    // Part of a run of sibling text nodes ({hours}:{minutes}): read the run once, as one text.
    let first = node;
    while (first.previousSibling?.nodeType === TEXT_NODE) first = first.previousSibling as Text;
    for (let n: Node | null = first; n?.nodeType === TEXT_NODE; n = n.nextSibling) handled.add(n);
    scanRun(first, sink);
    return;
  }
  const times = findClockTimes(node.data);
  if (times.length === 0) return;
  const parent = node.parentElement;
  if (parent && !isMaskedText(parent)) return;
  sink.set(
    node,
    times.map(([start, end]) => staticRange(node, start, node, end)),
  );
}

/**
 * Finds every open shadow root in the document and scans it. Finding them means visiting
 * every element, so the mask runs this at once on ordinary pages and when the page is idle on
 * very large ones. Shadow roots inside shadow trees are found as those are walked.
 */
export function scanShadowHosts(doc: Document, sink: ScanSink): void {
  scanShadowHostsIn(doc, sink);
}

/** {@link scanShadowHosts} for the elements under `root` (itself included). */
export function scanShadowHostsIn(root: Node, sink: ScanSink): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      sink.shadowRoot(shadow);
      scanSubtree(shadow, sink);
    }
  }
}

/**
 * Finds the open shadow roots of custom elements (the usual hosts) natively, without visiting
 * every element from script: cheap enough to run again after a burst of changes. Roots in
 * `known` are left out.
 */
export function scanCustomElementHosts(
  doc: Document,
  sink: ScanSink,
  known: ReadonlySet<ShadowRoot>,
): void {
  for (const shadow of customElementShadowRoots(doc)) {
    if (known.has(shadow)) continue;
    sink.shadowRoot(shadow);
    scanSubtree(shadow, sink);
  }
}

/**
 * Scans a subtree the page has just added, open shadow roots included. Added subtrees are
 * small, so this simply walks elements and text together.
 */
export function scanSubtree(root: Node, sink: ScanSink): void {
  if (root.nodeType === TEXT_NODE) {
    rescanText(root as Text, sink);
    return;
  }
  if (root.nodeType === ELEMENT_NODE && !enterElement(root as Element, sink)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      // A run of sibling text nodes is read once, from its first node.
      if (node.previousSibling?.nodeType !== TEXT_NODE) scanRun(node as Text, sink);
      node = walker.nextNode();
    } else if (enterElement(node as Element, sink)) {
      node = walker.nextNode();
    } else {
      node = nextSkippingChildren(walker, root);
    }
  }
}

/** Rescans the unit a changed text node belongs to. */
export function rescanText(text: Text, sink: ScanSink): void {
  const parent = text.parentElement;
  if (parent) {
    const time = parent.closest('time');
    if (time) {
      scanTime(time, sink);
      return;
    }
    if (!isMaskedText(parent)) return;
  }
  let first = text;
  while (first.previousSibling?.nodeType === TEXT_NODE) first = first.previousSibling as Text;
  scanRun(first, sink);
}

/** Handles an element met in the walk; false when its children are not to be walked. */
function enterElement(element: Element, sink: ScanSink): boolean {
  if (SKIPPED.has(element.localName)) return false;
  if (element.localName === 'time') {
    scanTime(element, sink);
    return false;
  }
  const shadow = element.shadowRoot;
  if (shadow) {
    sink.shadowRoot(shadow);
    scanSubtree(shadow, sink);
  }
  return true;
}

function nextSkippingChildren(walker: TreeWalker, root: Node): Node | null {
  let node: Node | null = walker.currentNode;
  while (node && node !== root) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    node = walker.parentNode();
  }
  return null;
}

/**
 * Whether text whose parent is `parent` is masked: not code, a form field or the title, not part
 * of a `<time>` (masked as one unit), not the user's own typing.
 */
function isMaskedText(parent: Element): boolean {
  if (SKIPPED.has(parent.localName)) return false;
  // One query with simple selectors first: most text is in neither.
  if (!parent.closest('time,[contenteditable]')) return true;
  return !parent.closest('time') && !isEditable(parent);
}

/** Whether `element` is editable: the nearest valid `contenteditable` above it decides. */
function isEditable(element: Element): boolean {
  for (
    let e = element.closest('[contenteditable]');
    e;
    e = e.parentElement?.closest('[contenteditable]') ?? null
  ) {
    const value = e.getAttribute('contenteditable')!.toLowerCase();
    if (value === 'false') return false;
    // Any other value is invalid and inherits from further up.
    if (value === '' || value === 'true' || value === 'plaintext-only') return true;
  }
  return false;
}

function scanRun(first: Text, sink: ScanSink): void {
  // Frameworks often split one reading over sibling text nodes ({hours}:{minutes}).
  if (first.nextSibling?.nodeType !== TEXT_NODE) {
    const text = first.data;
    const times = mayContainClockTime(text) ? findClockTimes(text) : [];
    if (times.length > 0 && first.parentElement && !isMaskedText(first.parentElement)) return;
    sink.set(
      first,
      times.map(([start, end]) => staticRange(first, start, first, end)),
    );
    return;
  }
  const nodes: Text[] = [];
  for (let n: Node | null = first; n?.nodeType === TEXT_NODE; n = n.nextSibling) {
    nodes.push(n as Text);
  }
  // A run may have grown at its start: its old first node's readings now belong to this one.
  for (let i = 1; i < nodes.length; i++) sink.set(nodes[i]!, []);
  if (first.parentElement && !isMaskedText(first.parentElement)) return;
  sink.set(first, rangesOver(nodes));
}

function scanTime(time: Element, sink: ScanSink): void {
  const nodes: Text[] = [];
  const walker = time.ownerDocument.createTreeWalker(time, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  sink.set(time, rangesOver(nodes));
}

/** The readings in the text of `nodes` read as one string, as ranges across the nodes. */
function rangesOver(nodes: Text[]): AbstractRange[] {
  const text = nodes.map((n) => n.data).join('');
  if (!mayContainClockTime(text)) return [];
  const times = findClockTimes(text);
  if (times.length === 0) return [];
  const ranges: AbstractRange[] = [];
  for (const [start, end] of times) {
    const [startNode, startOffset] = locate(nodes, start, false);
    const [endNode, endOffset] = locate(nodes, end, true);
    ranges.push(staticRange(startNode, startOffset, endNode, endOffset));
  }
  return ranges;
}

/** The node and offset of a position in the joined text (an end prefers the earlier node). */
function locate(nodes: Text[], position: number, isEnd: boolean): [Text, number] {
  let before = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (position < before + length || (isEnd && position === before + length)) {
      return [node, position - before];
    }
    before += length;
  }
  const last = nodes[nodes.length - 1]!;
  return [last, last.data.length];
}

function staticRange(
  startContainer: Node,
  startOffset: number,
  endContainer: Node,
  endOffset: number,
): AbstractRange {
  // Static ranges cost nothing when the page edits its DOM; the observer replaces stale ones
  // before the next frame is painted.
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

/** Rescans whatever a changed node can affect: its unit, or its whole subtree. */
export function rescanNode(node: Node, sink: ScanSink): void {
  if (node.nodeType === TEXT_NODE) {
    rescanText(node as Text, sink);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const time = (node as Element).closest('time');
  if (time) scanTime(time, sink);
  else scanSubtree(node, sink);
}
