import { findClockTimes } from '../clock-text';

/** What stands in for a reading in the tab title: it says a time was there without telling it. */
export const TITLE_MASK = '··:··';

/** `title` with each reading replaced, or null when it holds none. */
export function maskTitleText(title: string): string | null {
  const times = findClockTimes(title);
  if (times.length === 0) return null;
  let masked = '';
  let from = 0;
  for (const [start, end] of times) {
    masked += title.slice(from, start) + TITLE_MASK;
    from = end;
  }
  return masked + title.slice(from);
}

/**
 * Keeps readings out of the tab title. The title is the one thing the mask has to rewrite
 * (a tab strip can't be highlighted); the page's own title is kept, raw, and put back exactly
 * when masking stops, unless the page has set another one since.
 */
export class TitleMask {
  private original: string | null = null;
  private written: string | null = null;

  constructor(private readonly doc: Document) {}

  /** Masks the title if the page has put a reading in it; true when it wrote the title. */
  update(): boolean {
    const current = this.raw();
    if (current === null || current === this.written) return false;
    this.original = current;
    const masked = maskTitleText(current);
    this.written = masked;
    if (masked === null) return false;
    this.doc.title = masked;
    return true;
  }

  /** Puts the page's own title back; true when it wrote the title. */
  restore(): boolean {
    const wrote = this.written !== null && this.raw() === this.written && this.original !== null;
    if (wrote) this.doc.title = this.original!;
    this.written = null;
    this.original = null;
    return wrote;
  }

  private raw(): string | null {
    return this.doc.querySelector('title')?.textContent ?? null;
  }
}
