/**
 * Registers a tag unless it already is. A second copy of the script on a portal page (or a page
 * that already has the tag) gets a warning instead of the DOMException customElements.define throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(
        `gov-org-elements: <${tag}> is already defined on this page (a second copy of the script?); ` +
          'the first definition stays.',
      );
    }
    return;
  }
  customElements.define(tag, element);
}
