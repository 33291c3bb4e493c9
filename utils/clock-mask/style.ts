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
 * leaving it again removes every trace.
 */
export class MaskStyle {
  private readonly sheet: CSSStyleSheet;
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(doc: Document, highlightName: string) {
    const Sheet = doc.defaultView!.CSSStyleSheet;
    this.sheet = new Sheet();
    this.sheet.replaceSync(maskCss(highlightName));
  }

  /** Adopts the sheet into `root` (again, if the page replaced its adopted sheets). */
  adopt(root: Document | ShadowRoot): void {
    this.roots.add(root);
    const sheets = root.adoptedStyleSheets;
    if (!sheets.includes(this.sheet)) root.adoptedStyleSheets = [...sheets, this.sheet];
  }

  /** Whether the sheet is still adopted by every root (pages may overwrite the list). */
  isIntact(): boolean {
    for (const root of this.roots) if (!root.adoptedStyleSheets.includes(this.sheet)) return false;
    return true;
  }

  /** Re-adopts the sheet wherever the page dropped it. */
  repair(): void {
    for (const root of this.roots) this.adopt(root);
  }

  /** Removes the sheet from every root it was adopted by. */
  removeAll(): void {
    for (const root of this.roots) {
      const sheets = root.adoptedStyleSheets;
      if (sheets.includes(this.sheet))
        root.adoptedStyleSheets = sheets.filter((s) => s !== this.sheet);
    }
    this.roots.clear();
  }
}
