import { clockCandidateOffsets, findClockTimes, mayContainClockTime } from '../clock-text';

/** Where the scan puts what it finds. */
export interface ScanSink {
  /** The readings of one unit (a run of sibling text nodes, or a `<time>` element); none is fine. */
  set(unit: Node, ranges: AbstractRange[]): void;
  /** An open shadow root met on the way; its contents are scanned too. */
  shadowRoot(root: ShadowRoot): void;
}

// Text that is never painted as page text (or is the user's own typing), and the title,
// which `title.ts` handles.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'TEMPLATE']);
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/**
 * The first scan of a document or shadow root, built to stay cheap on pages of many thousand
 * text nodes: only text nodes are walked (no element is visited from script), and what needs
 * elements is found natively (XPath, selectors). Runs of sibling text nodes, `<time>` elements
 * and custom elements' open shadow roots are handled; shadow roots of built-in elements are
 * found later by {@link scanOtherShadowHosts}.
 */
export function scanTree(root: Document | ShadowRoot, sink: ScanSink): void {
  // XPath takes no shadow root as its context; shadow trees are small, so walk them whole.
  if (root.nodeType !== Node.DOCUMENT_NODE) {
    scanSubtree(root, sink);
    return;
  }
  const doc = root as Document;
  const handled = new Set<Node>();
  for (const time of root.querySelectorAll('time')) scanTime(time, sink);
  // One regex pass over all the text, natively joined, says where readings may be; the walk
  // then skips every element whose text holds no candidate without visiting its descendants.
  const top = doc.documentElement;
  if (!top) return;
  const candidates = clockCandidateOffsets(top.textContent ?? '');
  if (candidates.length > 0) {
    const cursor = { next: 0, candidates, handled, sink };
    visitCandidates(top, 0, cursor);
  }
  for (const host of evaluate(doc, root, CUSTOM_ELEMENTS)) {
    const shadow = (host as Element).shadowRoot;
    if (shadow) {
      sink.shadowRoot(shadow);
      scanSubtree(shadow, sink);
    }
  }
}

interface Cursor {
  /** Index of the first candidate offset not yet passed. */
  next: number;
  candidates: number[];
  handled: Set<Node>;
  sink: ScanSink;
}

/**
 * Walks the children of `parent`, whose text starts at `position` in the joined text, into the
 * subtrees that hold a candidate; returns the position after its text.
 */
function visitCandidates(parent: Node, position: number, cursor: Cursor): number {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (cursor.next >= cursor.candidates.length) return position;
    if (child.nodeType === Node.TEXT_NODE) {
      const end = position + (child as Text).length;
      if (cursor.candidates[cursor.next]! < end) {
        while (cursor.next < cursor.candidates.length && cursor.candidates[cursor.next]! < end)
          cursor.next++;
        scanCandidate(child as Text, cursor);
      }
      position = end;
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      // textContent is what the joined text holds for this element (comments count nothing).
      const end = position + (child.textContent?.length ?? 0);
      if (cursor.candidates[cursor.next]! < end) visitCandidates(child, position, cursor);
      position = end;
    }
  }
  return position;
}

function scanCandidate(node: Text, { handled, sink }: Cursor): void {
  if (handled.has(node)) return;
  const parent = node.parentElement;
  if (
    node.previousSibling?.nodeType === Node.TEXT_NODE ||
    node.nextSibling?.nodeType === Node.TEXT_NODE
  ) {
    // Part of a run of sibling text nodes ({hours}:{minutes}): read the run once, as one text.
    if (parent?.closest('time')) return;
    let first = node;
    while (first.previousSibling?.nodeType === Node.TEXT_NODE)
      first = first.previousSibling as Text;
    for (let n: Node | null = first; n?.nodeType === Node.TEXT_NODE; n = n.nextSibling)
      handled.add(n);
    scanRun(first, sink);
    return;
  }
  const times = findClockTimes(node.data);
  if (times.length === 0) return;
  if (parent && (isSkippedParent(parent) || parent.closest('time'))) return;
  sink.set(
    node,
    times.map(([start, end]) => staticRange(node, start, node, end)),
  );
}

/**
 * Finds open shadow roots on built-in elements (`<div>` hosts, declarative shadow DOM), which
 * {@link scanTree} leaves out because finding them means visiting every element; the mask runs
 * this once when the page is idle.
 */
export function scanOtherShadowHosts(doc: Document, sink: ScanSink): void {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    // Shadow roots inside this one were found by scanSubtree, custom elements' by scanTree.
    if (!(node as Element).localName.includes('-')) {
      sink.shadowRoot(shadow);
      scanSubtree(shadow, sink);
    }
  }
}

const CUSTOM_ELEMENTS = './/*[contains(local-name(), "-")]';

function evaluate(doc: Document, root: Node, expression: string): Node[] {
  const result = doc.evaluate(expression, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const nodes: Node[] = [];
  for (let i = 0; i < result.snapshotLength; i++) nodes.push(result.snapshotItem(i)!);
  return nodes;
}

/**
 * Scans a subtree the page has just added, open shadow roots included. Added subtrees are
 * small, so this simply walks elements and text together.
 */
export function scanSubtree(root: Node, sink: ScanSink): void {
  if (root.nodeType === Node.TEXT_NODE) {
    rescanText(root as Text, sink);
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && !enterElement(root as Element, sink)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      // A run of sibling text nodes is read once, from its first node.
      if (node.previousSibling?.nodeType !== Node.TEXT_NODE) scanRun(node as Text, sink);
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
    if (isSkippedParent(parent)) return;
  }
  let first = text;
  while (first.previousSibling?.nodeType === Node.TEXT_NODE) first = first.previousSibling as Text;
  scanRun(first, sink);
}

/** Handles an element met in the walk; false when its children are not to be walked. */
function enterElement(element: Element, sink: ScanSink): boolean {
  if (SKIPPED.has(element.tagName)) return false;
  if (element.tagName === 'TIME') {
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

function isSkippedParent(parent: Element): boolean {
  return SKIPPED.has(parent.tagName) || parent.closest(EDITABLE) !== null;
}

function scanRun(first: Text, sink: ScanSink): void {
  // Frameworks often split one reading over sibling text nodes ({hours}:{minutes}).
  if (first.nextSibling?.nodeType !== Node.TEXT_NODE) {
    const text = first.data;
    const times = mayContainClockTime(text) ? findClockTimes(text) : [];
    if (times.length > 0 && first.parentElement && isSkippedParent(first.parentElement)) return;
    sink.set(
      first,
      times.map(([start, end]) => staticRange(first, start, first, end)),
    );
    return;
  }
  const nodes: Text[] = [];
  for (let n: Node | null = first; n?.nodeType === Node.TEXT_NODE; n = n.nextSibling) {
    nodes.push(n as Text);
  }
  // A run may have grown at its start: its old first node's readings now belong to this one.
  for (let i = 1; i < nodes.length; i++) sink.set(nodes[i]!, []);
  if (first.parentElement && isSkippedParent(first.parentElement)) return;
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
  if (node.nodeType === Node.TEXT_NODE) {
    rescanText(node as Text, sink);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const time = (node as Element).closest('time');
  if (time) scanTime(time, sink);
  else scanSubtree(node, sink);
}
