import { expect, fixture, html } from '@open-wc/testing';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/all.js';
import { clippedText, overlappingText, textBoxes } from './layout-audit.js';

const TAGS = [
  { tag: 'org-chart', large: html`<org-chart large-text></org-chart>`, plain: html`<org-chart></org-chart>` },
  { tag: 'duty-list', large: html`<duty-list large-text></duty-list>`, plain: html`<duty-list></duty-list>` },
  {
    tag: 'leader-card',
    large: html`<leader-card large-text leader-id="wu-guiyuan"></leader-card>`,
    plain: html`<leader-card leader-id="wu-guiyuan"></leader-card>`,
  },
  { tag: 'leader-list', large: html`<leader-list large-text></leader-list>`, plain: html`<leader-list></leader-list>` },
  {
    tag: 'staffing-summary',
    large: html`<staffing-summary large-text></staffing-summary>`,
    plain: html`<staffing-summary></staffing-summary>`,
  },
  { tag: 'org-profile', large: html`<org-profile large-text></org-profile>`, plain: html`<org-profile></org-profile>` },
];

async function frames(n = 8): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

async function audit(
  template: unknown,
  width: number,
): Promise<{ overlaps: string[]; clipped: string[]; boxes: number }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.firstElementChild!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await frames();
  const boxes = textBoxes(el);
  return { overlaps: overlappingText(boxes), clipped: clippedText(el), boxes: boxes.length };
}

describe('text at 200% size', () => {
  before(() => (document.documentElement.style.fontSize = '200%'));
  after(() => (document.documentElement.style.fontSize = ''));

  for (const { tag, plain } of TAGS) {
    for (const width of [1280, 390]) {
      it(`<${tag}> at ${width} px has no overlapping or cut-off text`, async () => {
        const result = await audit(plain, width);
        expect(result.boxes).to.be.greaterThan(3);
        expect(result.overlaps.slice(0, 5)).to.deep.equal([]);
        expect(result.clipped.slice(0, 5)).to.deep.equal([]);
      });
    }
  }
});

describe('large-text (适老化) mode', () => {
  for (const { tag, large } of TAGS) {
    for (const width of [1280, 390]) {
      it(
        `<${tag} large-text> at ${width} px: text ≥ 18 px, lines ≥ 1.3, targets ≥ 60 px, ` +
          'nothing overlaps or is cut off',
        async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${large}</div>`);
          const el = wrapper.firstElementChild!;
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await frames(10);
          const boxes = textBoxes(el);
          expect(boxes.length).to.be.greaterThan(3);
          const small = [...new Set(boxes.map((b) => b.element))].filter(
            (e) => parseFloat(getComputedStyle(e).fontSize) < 18 - 0.01,
          );
          expect(
            small.map((e) => `${e.localName}.${e.className} ${getComputedStyle(e).fontSize}`).slice(0, 5),
          ).to.deep.equal([]);
          // A letter avatar (role="img") is a picture of one glyph, not a line of text.
          const tight = [...new Set(boxes.map((b) => b.element))]
            .filter((e) => !e.closest('[role="img"]'))
            .filter((e) => {
              const cs = getComputedStyle(e);
              return cs.lineHeight !== 'normal' && parseFloat(cs.lineHeight) < 1.3 * parseFloat(cs.fontSize) - 0.01;
            });
          expect(
            tight.map((e) => `${e.localName}.${e.className} ${getComputedStyle(e).lineHeight}`).slice(0, 5),
          ).to.deep.equal([]);
          const controls = allShadow(el).filter(
            (e) => e.matches('button, input, select, [role="treeitem"]') && e.getBoundingClientRect().width > 0,
          );
          const smallTargets = controls.filter((c) => {
            const r = c.getBoundingClientRect();
            return r.width < 60 - 0.5 || r.height < 60 - 0.5;
          });
          expect(
            smallTargets
              .map(
                (c) =>
                  `${c.localName}${c.getAttribute('part') ? `[${c.getAttribute('part')}]` : ''} ` +
                  `${Math.round(c.getBoundingClientRect().width)}×${Math.round(c.getBoundingClientRect().height)}`,
              )
              .slice(0, 5),
          ).to.deep.equal([]);
          expect(overlappingText(boxes).slice(0, 5)).to.deep.equal([]);
          expect(clippedText(el).slice(0, 5)).to.deep.equal([]);
          if (tag === 'org-chart' && width > 600) {
            // The chart never scales the larger boxes back down, and starts with the organisation in view.
            const chart = el as unknown as { transform: { k: number } };
            expect(chart.transform.k).to.be.at.least(1);
            const rootBox = el.querySelector('[data-type="organization"]')!.getBoundingClientRect();
            const view = el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
            expect(rootBox.left >= view.left && rootBox.right <= view.right && rootBox.top >= view.top).to.equal(true);
          }
        },
      );
    }
  }
});

function allShadow(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: Element | ShadowRoot): void => {
    for (const child of root.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(host.shadowRoot ?? host);
  return out;
}

describe('the text audit itself', () => {
  it('reports text boxes drawn over each other and text cut off by its box', async () => {
    const box = 'position: relative; display: flow-root; width: 300px; height: 100px';
    const el = await fixture<HTMLDivElement>(html`<div style=${box}>
      <span style="position: absolute; left: 0; top: 0">组织结构图</span>
      <span style="position: absolute; left: 10px; top: 4px">主要职责</span>
      <p style="width: 40px; overflow: hidden; white-space: nowrap; margin: 60px 0 0">市行政服务中心国土局窗口</p>
    </div>`);
    expect(overlappingText(textBoxes(el)).length).to.equal(1);
    expect(clippedText(el).length).to.equal(1);
  });
});
