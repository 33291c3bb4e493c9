/** Elements whose name has a hyphen: custom elements, which are where pages put shadow roots. */
const CUSTOM_ELEMENTS = './/*[contains(local-name(), "-")]';

/**
 * The open shadow roots of the custom elements under `root` (a document or an element), found
 * by the browser's own XPath engine. A content script that visits every element itself pays for
 * each one it touches (its isolated world wraps them all); this touches only custom elements,
 * so it is cheap enough for any page. Roots on built-in elements (a `div` with a shadow) are not
 * found here: callers that need them look at elements as they are added.
 */
export function customElementShadowRoots(root: Document | Element): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found = doc.evaluate(
    CUSTOM_ELEMENTS,
    root,
    null,
    XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
    null,
  );
  const roots: ShadowRoot[] = [];
  for (let i = 0; i < found.snapshotLength; i++) {
    const shadow = (found.snapshotItem(i) as Element).shadowRoot;
    if (shadow) roots.push(shadow);
  }
  return roots;
}
