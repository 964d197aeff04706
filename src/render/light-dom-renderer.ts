import { LitElementRenderer } from '@lit-labs/ssr';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { OrgDataElement } from '../elements/shared/org-data-element.js';

let rendered = 0;

/**
 * Server rendering for our elements, which render into their light DOM. Lit's server renderer
 * only writes an element's own content as a declarative shadow root; we let it, and
 * `renderElement` then unwraps that template, so the content lands as the element's children
 * (with Lit's hydration markers). Every element gets the `data-goe-id` its browser side reads:
 * its id prefix, and the sign that it was rendered here.
 */
export class LightDomRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof OrgDataElement;
  }

  override connectedCallback(): void {
    if (!this.element!.hasAttribute('data-goe-id'))
      this.element!.setAttribute(
        'data-goe-id',
        `s${(++rendered).toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      );
    super.connectedCallback();
  }

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult {
    const element = this.element as unknown as { render(): unknown };
    return [() => renderValue(element.render(), renderInfo)];
  }
}
