import { expect, fixture, html } from '@open-wc/testing';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/all.js';
import { clippedText, overlappingText, textBoxes } from './layout-audit.js';

const TAGS = [
  html`<org-chart></org-chart>`,
  html`<duty-list></duty-list>`,
  html`<leader-card leader-id="wu-guiyuan"></leader-card>`,
  html`<leader-list></leader-list>`,
  html`<staffing-summary></staffing-summary>`,
];

async function frames(n = 8): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

async function audit(template: unknown, width: number): Promise<{ overlaps: string[]; clipped: string[]; boxes: number }> {
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

  for (const template of TAGS) {
    for (const width of [1280, 390]) {
      const tag = (template as { strings: string[] }).strings[0]!.match(/<([\w-]+)/)![1];
      it(`<${tag}> at ${width} px has no overlapping or cut-off text`, async () => {
        const result = await audit(template, width);
        expect(result.boxes).to.be.greaterThan(3);
        expect(result.overlaps.slice(0, 5)).to.deep.equal([]);
        expect(result.clipped.slice(0, 5)).to.deep.equal([]);
      });
    }
  }
});

describe('the text audit itself', () => {
  it('reports text boxes drawn over each other and text cut off by its box', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="position: relative; display: flow-root; width: 300px; height: 100px">
      <span style="position: absolute; left: 0; top: 0">组织结构图</span>
      <span style="position: absolute; left: 10px; top: 4px">主要职责</span>
      <p style="width: 40px; overflow: hidden; white-space: nowrap; margin: 60px 0 0">市行政服务中心国土局窗口</p>
    </div>`);
    expect(overlappingText(textBoxes(el)).length).to.equal(1);
    expect(clippedText(el).length).to.equal(1);
  });
});
