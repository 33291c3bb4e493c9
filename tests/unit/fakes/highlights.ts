import type { HighlightApi } from '../../../utils/clock-mask/highlights';
import type { FrameScheduler } from '../../../utils/clock-mask/observer';

/**
 * What happy-dom lacks for the clock mask: the Highlight API, StaticRange and XPath (only the
 * expression the scan uses), plus a frame scheduler the test runs by hand.
 */
export class FakeHighlight extends Set<AbstractRange> {}

/** A Highlight API over plain Map and Set, as the browsers' registry behaves. */
export function fakeHighlightApi(): HighlightApi & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry: registry as unknown as HighlightRegistry & Map<string, FakeHighlight>,
    create: () => new FakeHighlight() as unknown as Highlight,
  };
}

/** The text each range of the mask's highlight (the one in the registry) covers, in order. */
export function maskedTexts(api: HighlightApi): string[] {
  const registry = api.registry as unknown as Map<string, FakeHighlight>;
  const [highlight] = registry.values();
  if (!highlight) return [];
  return [...highlight].map(rangeText);
}

function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  collapsed: boolean;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed =
      this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** The XPath expression the scan uses, evaluated by walking the tree. */
function fakeEvaluate(expression: string, context: Node) {
  let nodes: Node[];
  if (expression.includes('local-name'))
    nodes = allNodes(context).filter(
      (n) => n.nodeType === 1 && (n as Element).localName.includes('-'),
    );
  else throw new Error(`The fake XPath does not know ${expression}`);
  return { snapshotLength: nodes.length, snapshotItem: (i: number) => nodes[i] ?? null };
}

/** Installs StaticRange and document.evaluate into happy-dom; returns an undo. */
export function installDomFakes(): () => void {
  const g = globalThis as any;
  const hadRange = g.StaticRange;
  g.StaticRange = FakeStaticRange;
  g.XPathResult ??= { ORDERED_NODE_SNAPSHOT_TYPE: 7 };
  const proto = Object.getPrototypeOf(document) as any;
  const hadEvaluate = proto.evaluate;
  proto.evaluate = (expression: string, context: Node) => fakeEvaluate(expression, context);
  return () => {
    g.StaticRange = hadRange;
    proto.evaluate = hadEvaluate;
  };
}

/** Animation frames that run only when the test says so. */
export function manualFrames(): FrameScheduler & { run(): void; pending(): number } {
  let queue = new Map<number, () => void>();
  let next = 1;
  return {
    request(callback) {
      queue.set(next, callback);
      return next++;
    },
    cancel(handle) {
      queue.delete(handle);
    },
    run() {
      const callbacks = [...queue.values()];
      queue = new Map();
      for (const callback of callbacks) callback();
    },
    pending: () => queue.size,
  };
}
