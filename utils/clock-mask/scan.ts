import { findClockTimes, mayContainClockTime } from '../clock-text';

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
 * Scans `root` and everything under it, open shadow roots included, and reports every unit's
 * readings. Elements are visited too, so shadow hosts and `<time>` elements are found in the
 * same pass; text nodes without a likely reading cost one regex test.
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
