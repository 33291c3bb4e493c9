import { neutralName } from '../page-names';

/** What the mask needs of the CSS Custom Highlight API (the browser's, or a fake in tests). */
export interface HighlightApi {
  registry: HighlightRegistry;
  create(): Highlight;
}

/** The page's own Highlight API, or undefined where the browser has none (masking then stays off). */
export function pageHighlightApi(win: Window & typeof globalThis): HighlightApi | undefined {
  const registry = win.CSS?.highlights;
  const Ctor = win.Highlight;
  if (!registry || typeof Ctor !== 'function') return undefined;
  return { registry, create: () => new Ctor() };
}

/**
 * The masked readings of one document, by scan unit (a run of sibling text nodes, keyed by its
 * first node, or a `<time>` element). One highlight holds every range, so a unit's readings can
 * be replaced without touching the others: a ticking clock costs one delete and one add.
 */
export class ClockHighlights {
  private readonly units = new Map<Node, AbstractRange[]>();
  private readonly highlight: Highlight;
  /**
   * The name the highlight is registered under, and styled by (see `style.ts`): random for each
   * mask, since the page can list the registry's names.
   */
  readonly name = neutralName();

  constructor(private readonly api: HighlightApi) {
    this.highlight = api.create();
  }

  /**
   * Puts the highlight in the page's registry, which is when it starts to paint. The first scan
   * fills it before this: in Chromium each range added to a registered highlight schedules
   * repaint work, about 1.5 ms of the bench page's first scan.
   */
  register(): void {
    this.api.registry.set(this.name, this.highlight);
  }

  /** Replaces the ranges masked for `unit` (none: the unit is forgotten). */
  set(unit: Node, ranges: AbstractRange[]): void {
    const old = this.units.get(unit);
    if (old === undefined && ranges.length === 0) return;
    if (old) for (const range of old) this.highlight.delete(range);
    if (ranges.length === 0) {
      this.units.delete(unit);
      return;
    }
    for (const range of ranges) this.highlight.add(range);
    this.units.set(unit, ranges);
  }

  /** Forgets units the page has removed, so their ranges don't linger in memory. */
  prune(): void {
    for (const [unit, ranges] of this.units) {
      if (unit.isConnected) continue;
      for (const range of ranges) this.highlight.delete(range);
      this.units.delete(unit);
    }
  }

  /** Unmasks everything, keeping the highlight registered (before a full rescan). */
  reset(): void {
    this.highlight.clear();
    this.units.clear();
  }

  /** How many readings are masked now. */
  get size(): number {
    return this.highlight.size;
  }

  /** Removes every range and the highlight itself from the page's registry. */
  clear(): void {
    this.highlight.clear();
    this.units.clear();
    if (this.api.registry.get(this.name) === this.highlight) this.api.registry.delete(this.name);
  }
}
