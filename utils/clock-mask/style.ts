/**
 * How a masked reading looks, for the highlight registered as `name`: a block in the text's own colour, so the glyphs vanish into it
 * and it sits in the page's palette on light and dark pages alike. `::highlight()` accepts only
 * colours, text decorations and text shadows (no blur, no `color: transparent` in every
 * browser), so the glyphs are painted in the same colour as the block; the shadow and
 * decorations the page may give the text are turned off so no outline gives a digit away.
 */
export function maskCss(name: string): string {
  return `::highlight(${name}) {
  background-color: currentcolor;
  color: currentcolor;
  text-shadow: none;
  text-decoration: none;
}`;
}

/**
 * The mask's style, adopted by the document and by each open shadow root (a document's rules
 * don't reach inside shadow trees). A constructed sheet adds no element to the page, and
 * leaving it again removes every trace. Nothing is built or adopted until the first reading is
 * masked ({@link MaskStyle.show}): adopting a sheet makes the browser restyle the whole document,
 * which a page showing no time of day should never pay for.
 */
export class MaskStyle {
  private sheet: CSSStyleSheet | null = null;
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly highlightName: string,
  ) {}

  /** Whether the sheet is adopted (from the first masked reading on). */
  get shown(): boolean {
    return this.sheet !== null;
  }

  /** Adopts the sheet into `root` once it is shown (again, if the page replaced its adopted sheets). */
  adopt(root: Document | ShadowRoot): void {
    this.roots.add(root);
    const sheet = this.sheet;
    if (!sheet) return;
    const sheets = root.adoptedStyleSheets;
    if (!sheets.includes(sheet)) root.adoptedStyleSheets = [...sheets, sheet];
  }

  /** Builds the sheet and adopts it into every root met so far. */
  show(): void {
    if (this.sheet) return;
    this.sheet = new this.doc.defaultView!.CSSStyleSheet();
    this.sheet.replaceSync(maskCss(this.highlightName));
    this.repair();
  }

  /** Whether the sheet is still adopted by every root (pages may overwrite the list). */
  isIntact(): boolean {
    const sheet = this.sheet;
    if (!sheet) return true;
    for (const root of this.roots) if (!root.adoptedStyleSheets.includes(sheet)) return false;
    return true;
  }

  /** Re-adopts the sheet wherever the page dropped it. */
  repair(): void {
    for (const root of this.roots) this.adopt(root);
  }

  /** Removes the sheet from every root it was adopted by. */
  removeAll(): void {
    const sheet = this.sheet;
    if (sheet)
      for (const root of this.roots) {
        const sheets = root.adoptedStyleSheets;
        if (sheets.includes(sheet)) root.adoptedStyleSheets = sheets.filter((s) => s !== sheet);
      }
    this.roots.clear();
    this.sheet = null;
  }
}
