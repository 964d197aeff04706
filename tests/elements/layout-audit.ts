/**
 * Measures what a reader would see as broken text: boxes of text that overlap each other, and
 * text cut off by its container. Walks into every open shadow root.
 */

export interface TextBox {
  readonly element: Element;
  readonly rect: DOMRect;
  readonly label: string;
}

/** Every element below a root, through open shadow roots. */
export function* walk(root: Element | ShadowRoot): Generator<Element> {
  for (const child of root.children) {
    yield child;
    if (child.shadowRoot) yield* walk(child.shadowRoot);
    yield* walk(child);
  }
}

const visible = (el: Element): boolean => {
  const style = getComputedStyle(el);
  // aria-hidden content (e.g. the staffing picture) is still seen, so it is measured too.
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/** Elements that hold text directly (a text node child with something other than spaces). */
export function textBoxes(host: Element): TextBox[] {
  const out: TextBox[] = [];
  for (const el of walk(host.shadowRoot ?? host)) {
    if (el.matches('style, script, svg *, .probe, .probe *')) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!ownText || !visible(el)) continue;
    // What the chart's viewport hides (overflow: hidden) is not seen: measure only its visible part.
    const clip = el.closest('[part~="viewport"]')?.getBoundingClientRect();
    // Inline text can wrap into a box that covers its neighbours' line boxes; use its line rects.
    for (const line of el.getClientRects()) {
      const rect = clip ? intersect(line, clip) : line;
      if (rect && rect.width > 0.5 && rect.height > 0.5)
        out.push({
          element: el,
          rect,
          label: `${el.localName}.${el.className}:${el.textContent!.trim().slice(0, 12)}`,
        });
    }
  }
  return out;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect | undefined {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : undefined;
}

/** Pairs of text boxes that overlap by more than a pixel in both directions. */
export function overlappingText(boxes: readonly TextBox[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.rect.left - b.rect.left);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.rect.left < a.rect.right - 1; j++) {
      const b = sorted[j]!;
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 1 && h > 1) found.push(`${a.label} × ${b.label}`);
    }
  }
  return found;
}

/** Elements whose content is wider or taller than their box while overflow hides it. */
export function clippedText(host: Element): string[] {
  const found: string[] = [];
  for (const el of walk(host.shadowRoot ?? host)) {
    if (!(el instanceof HTMLElement) || !visible(el) || el.matches('.probe, [part~="viewport"], [part~="canvas"]'))
      continue;
    const style = getComputedStyle(el);
    const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
      found.push(
        `${el.localName}.${el.className} ` +
          `(${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
      );
    }
  }
  return found;
}
