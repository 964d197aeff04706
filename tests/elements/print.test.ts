import { expect, fixture, html } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/all.js';
import type { DutyList } from '../../src/elements/duty-list/duty-list.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { exportCodeLoaded } from './export-code.js';
import { items, mountChart, settle } from './org-chart-helpers.js';
import { startPrinting, stopPrinting } from './printing.js';

const data = json as {
  organization: { duties: { text: { zh: string } }[] };
  units: { id: string; name: { zh: string } }[];
};

const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));
const isShown = (node: Element): boolean =>
  (node as HTMLElement).checkVisibility() && node.getBoundingClientRect().height > 0;
const part = (el: Element, name: string): HTMLElement | null => el.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('printing <org-chart>', () => {
  afterEach(stopPrinting);

  it('prints the whole tree, every node open, within the page width and without the toolbar', async () => {
    const el = await mountChart({ expandDepth: 1 });
    el.zoomIn();
    el.zoomIn();
    await settle(el);
    // On screen the internal units are closed.
    expect(items(el).some((n) => n.dataset['id'] === 'general-office')).to.equal(false);
    await exportCodeLoaded();
    await startPrinting();
    expect(part(el, 'toolbar')!.checkVisibility()).to.equal(false);
    expect(part(el, 'viewport')!.checkVisibility()).to.equal(false);
    const drawing = part(el, 'print')!;
    expect(isShown(drawing)).to.equal(true);
    const page = el.getBoundingClientRect();
    const box = drawing.getBoundingClientRect();
    expect(box.left).to.be.at.least(page.left - 0.5);
    expect(box.right).to.be.at.most(page.right + 0.5);
    const texts = [...drawing.querySelectorAll('text')].map((t) => t.textContent).join('');
    for (const unit of data.units) expect(texts, unit.id).to.contain(unit.name.zh);
    // Text stays real text in the print (selectable and sharp), in the page's language.
    expect(drawing.getAttribute('lang')).to.equal('zh-CN');
  });

  it('scales a wide chart down to a narrow page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px"><org-chart view="leadership" orientation="horizontal"></org-chart></div>`,
    );
    const el = wrapper.querySelector('org-chart') as OrgChart;
    await settle(el);
    await exportCodeLoaded();
    await startPrinting();
    const drawing = part(el, 'print') as unknown as SVGSVGElement;
    const natural = Number(drawing.getAttribute('width'));
    expect(natural).to.be.greaterThan(640);
    const shown = drawing.getBoundingClientRect();
    expect(shown.width).to.be.at.most(640.5);
    // Scaled, not squeezed: the drawing keeps its proportions.
    expect(shown.width / shown.height).to.be.closeTo(natural / Number(drawing.getAttribute('height')), 0.02);
  });

  it('goes back to the interactive chart after printing, with the view the reader had', async () => {
    const el = await mountChart();
    el.zoomIn();
    await settle(el);
    const before = { ...el.transform };
    await exportCodeLoaded();
    await startPrinting();
    // Long enough for the chart to see its area vanish behind the drawing.
    for (let i = 0; i < 4; i++) await frame();
    await stopPrinting();
    await settle(el);
    expect(part(el, 'print')).to.equal(null);
    expect(isShown(part(el, 'toolbar')!)).to.equal(true);
    expect(isShown(part(el, 'viewport')!)).to.equal(true);
    expect(el.transform).to.deep.equal(before);
  });

  it('prints a narrow chart as the drawing too, not as the list', async () => {
    const el = await mountChart({}, 400);
    await exportCodeLoaded();
    await startPrinting();
    expect(part(el, 'list')!.checkVisibility()).to.equal(false);
    expect(isShown(part(el, 'print')!)).to.equal(true);
  });
});

describe('printing <duty-list>', () => {
  afterEach(stopPrinting);

  async function mount(markup: string): Promise<DutyList> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    wrapper.innerHTML = markup;
    const el = wrapper.querySelector('duty-list')!;
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await frame();
    }
    return el;
  }

  const rests = (el: DutyList): HTMLElement[] => [...el.querySelectorAll<HTMLElement>('[part~="rest"]')];

  it('prints every folded item whole, without the toggles and the filter', async () => {
    const el = await mount('<duty-list></duty-list>');
    expect(rests(el).length).to.be.greaterThan(0);
    expect(rests(el).every((r) => !isShown(r))).to.equal(true);
    await startPrinting();
    for (const rest of rests(el)) expect(isShown(rest), rest.textContent!.slice(0, 20)).to.equal(true);
    for (const toggle of el.querySelectorAll('[part~="toggle"]')) expect(toggle.checkVisibility()).to.equal(false);
    expect(part(el, 'filter')!.checkVisibility()).to.equal(false);
    // Every duty, in full, is in the printed text.
    const printed = [...el.querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => li.innerText).join('\n');
    for (const duty of data.organization.duties) expect(printed).to.contain(duty.text.zh.slice(-12));
  });

  it('prints the items a filter hid, since the printed page has no filter', async () => {
    const el = await mount('<duty-list filter="测绘"></duty-list>');
    const items = [...el.querySelectorAll<HTMLElement>('[part~="item"]')];
    expect(items.filter(isShown).length).to.be.lessThan(items.length);
    await startPrinting();
    expect(items.filter(isShown).length).to.equal(items.length);
    expect(part(el, 'filter-status')!.checkVisibility()).to.equal(false);
  });

  it('folds the items again after printing', async () => {
    const el = await mount('<duty-list></duty-list>');
    await startPrinting();
    await stopPrinting();
    expect(rests(el).every((r) => !isShown(r))).to.equal(true);
    expect(isShown(el.querySelector('[part~="toggle"]')!)).to.equal(true);
  });
});

describe('printing <org-profile>', () => {
  afterEach(stopPrinting);

  it('prints its chart as the whole drawing and its duties unfolded', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"><org-profile></org-profile></div>`);
    const profile = wrapper.firstElementChild!;
    for (let i = 0; i < 8; i++) {
      await (profile as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await frame();
    }
    await exportCodeLoaded();
    await startPrinting();
    const chart = profile.querySelector('org-chart')!;
    const drawing = part(chart, 'print')!;
    expect(isShown(drawing)).to.equal(true);
    expect(drawing.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    for (const list of profile.querySelectorAll('duty-list')) {
      for (const rest of list.querySelectorAll('[part~="rest"]')) expect(isShown(rest)).to.equal(true);
    }
  });
});
