import { expect, fixture, html } from '@open-wc/testing';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/all.js';
import { textBoxes } from './layout-audit.js';

const ELEMENTS = [
  html`<org-chart></org-chart>`,
  html`<org-chart style="display: block; width: 380px"></org-chart>`,
  html`<duty-list></duty-list>`,
  html`<duty-list kind="adjustments"></duty-list>`,
  html`<leader-card leader-id="zhang-yan"></leader-card>`,
  html`<leader-list></leader-list>`,
  html`<staffing-summary></staffing-summary>`,
  html`<org-profile></org-profile>`,
];

// Parts that only wrap everything: text directly inside them is not a piece one can style.
const CONTAINERS = new Set(['base', 'viewport', 'canvas']);

/** The nearest element, within the same shadow root, that carries a part name other than a container. */
function partOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const parts = (e.getAttribute('part') ?? '').split(/\s+/).filter(Boolean);
    if (parts.length > 0) return parts.some((p) => !CONTAINERS.has(p)) ? e : null;
  }
  return null;
}

describe('every visible piece can be styled from the page with ::part', () => {
  for (const template of ELEMENTS) {
    const name = (template.strings[0] ?? '').trim();
    it(`${name}: all text sits inside an element with a part name`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px">${template}</div>`);
      const el = wrapper.firstElementChild!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      for (let i = 0; i < 8; i++) await new Promise((r) => requestAnimationFrame(r));
      const missing = [...new Set(textBoxes(el).map((b) => b.element))]
        .filter((e) => !partOf(e))
        .map(
          (e) =>
            `${(e.getRootNode() as ShadowRoot).host?.localName} ${e.localName}.${e.className}: ` +
            `${e.textContent!.trim().slice(0, 16)}`,
        );
      expect([...new Set(missing)].slice(0, 8)).to.deep.equal([]);
    });
  }
});
