import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/leader-card.js';
import '../../src/define/leader-list.js';
import '../../src/define/org-chart.js';
import type { LeaderList } from '../../src/elements/leader-list/leader-list.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { settle } from './org-chart-helpers.js';

interface Text {
  zh: string;
  en?: string;
}
const data = json as unknown as {
  organization: { name: Text };
  units: { id: string; name: Text }[];
  people: { id: string; name: Text; romanizedName?: string; supervises?: { unitId: string; asWritten?: Text }[] }[];
};

async function mountList(
  width: number,
  attrs: Record<string, string> = {},
  props: Partial<LeaderList> = {},
): Promise<LeaderList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('leader-list');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const cards = (el: HTMLElement): HTMLElement[] => [...el.querySelectorAll<HTMLElement>('[part~="card"]')];
const cardOf = (el: HTMLElement, personId: string): HTMLElement =>
  el.querySelector<HTMLElement>(`[part~="card"][data-person="${personId}"]`)!;
const links = (root: ParentNode): HTMLAnchorElement[] => [
  ...root.querySelectorAll<HTMLAnchorElement>('a[part~="unit-link"]'),
];
const highlightedIn = (chart: OrgChart): string[] =>
  [...chart.querySelectorAll<HTMLElement>('[role="treeitem"].highlighted')].map((n) => n.dataset['id']!).sort();
const unitsOf = (personId: string): string[] =>
  data.people
    .find((p) => p.id === personId)!
    .supervises!.map((s) => s.unitId)
    .sort();

async function mouseOver(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.left + 12), Math.round(r.top + 12)] });
}

afterEach(async () => {
  await resetMouse();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<leader-list>', () => {
  it('shows every leader of the dataset, in source order, as a named list of cards', async () => {
    const el = await mountList(1200);
    const list = el.querySelector('[part~="list"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal(`${data.organization.name.zh}领导班子`);
    expect([...list.children].every((li) => li.tagName === 'LI')).to.equal(true);
    expect(cards(el).map((c) => c.querySelector('[part~="name"]')!.textContent!.trim())).to.deep.equal(
      data.people.map((p) => p.name.zh),
    );
  });

  it('renders each card exactly as <leader-card> renders that leader', async () => {
    const el = await mountList(1200);
    for (const person of data.people) {
      const single = document.createElement('leader-card');
      single.setAttribute('leader-id', person.id);
      el.parentElement!.append(single);
      await single.updateComplete;
      const expected = single.querySelector('[part~="card"]')!;
      const actual = cardOf(el, person.id);
      expect(actual.textContent, person.id).to.equal(expected.textContent);
      expect(links(actual).map((a) => a.getAttribute('href'))).to.deep.equal(
        links(expected).map((a) => a.getAttribute('href')),
      );
      // 分管 links in source order, in the source's wording.
      expect(links(actual).map((a) => a.textContent)).to.deep.equal(
        (person.supervises ?? []).map((s) => s.asWritten?.zh ?? data.units.find((u) => u.id === s.unitId)!.name.zh),
      );
      single.remove();
    }
  });

  it('lays the cards out in several columns on a wide page and in one column on a phone', async () => {
    const wide = await mountList(1200);
    const tops = cards(wide).map((c) => Math.round(c.getBoundingClientRect().top));
    expect(tops.filter((t) => t === tops[0]).length).to.be.greaterThan(1);
    const phone = await mountList(360);
    const rects = cards(phone).map((c) => c.getBoundingClientRect());
    expect(new Set(rects.map((r) => Math.round(r.left))).size).to.equal(1);
    for (const r of rects) expect(r.width).to.be.at.most(360);
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.top).to.be.greaterThan(rects[i - 1]!.bottom - 1);
    expect(phone.scrollWidth).to.be.at.most(360);
  });

  it('switches to English names, with the Chinese name beside each', async () => {
    const el = await mountList(1200, { lang: 'en' });
    const list = el.querySelector('[part~="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal(`Leadership of ${data.organization.name.en}`);
    for (const person of data.people) {
      const spans = [...cardOf(el, person.id).querySelector('[part~="name"]')!.querySelectorAll('span')];
      expect(spans.map((s) => [s.textContent, s.getAttribute('lang')])).to.deep.equal([
        [person.name.en, 'en'],
        [person.name.zh, 'zh-CN'],
      ]);
    }
  });

  it('says so when the dataset lists no leaders', async () => {
    const variant = structuredClone(json) as any;
    variant.people = [];
    delete variant.notes; // they point at people
    const el = await mountList(800, {}, { data: variant });
    expect(el.querySelector('[part~="notice"]')!.textContent).to.contain('没有列出');
  });
});

/** A list linked to a chart; the chart comes first or second in the page. */
async function mountLinked(chartFirst: boolean): Promise<{ list: LeaderList; chart: OrgChart }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><button>before</button></div>`);
  const list = document.createElement('leader-list');
  list.setAttribute('for', 'c');
  const chart = document.createElement('org-chart');
  chart.id = 'c';
  if (chartFirst) wrapper.append(chart, list);
  else wrapper.append(list, chart);
  await settle(chart);
  await list.updateComplete;
  return { list, chart };
}

describe('<leader-list> linked to an <org-chart>', () => {
  it('highlights the units of the leader under the pointer, follows the pointer, and clears on leaving', async () => {
    const { list, chart } = await mountLinked(true);
    await mouseOver(cardOf(list, 'zhang-yan'));
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal(unitsOf('zhang-yan'));
    await mouseOver(cardOf(list, 'jiao-hongxuan'));
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal(unitsOf('jiao-hongxuan'));
    await mouseOver(list.parentElement!.querySelector('button')!);
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal([]);
  });

  it("highlights the focused leader's units and selects a unit with Enter", async () => {
    const { list, chart } = await mountLinked(false);
    list.parentElement!.querySelector('button')!.focus();
    // 吴维群 has three links; the fourth Tab lands on 周春's only link.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    await settle(chart);
    expect((document.activeElement as HTMLElement).dataset['unit']).to.equal('land-reserve-center');
    expect(highlightedIn(chart)).to.deep.equal(['land-reserve-center']);
    const event = oneEvent(list, 'unit-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.equal('land-reserve-center');
    await settle(chart);
    expect(chart.selected).to.equal('land-reserve-center');
    expect(location.hash).to.equal('');
  });

  it('without for, lets the link jump to its #unit= anchor and fires unit-select', async () => {
    const el = await mountList(1200);
    const event = oneEvent(el, 'unit-select');
    links(cardOf(el, 'zhang-xiaoshen'))[0]!.click();
    expect((await event).detail).to.equal('discipline-inspection-office');
    expect(location.hash).to.equal('#unit=discipline-inspection-office');
  });
});

describe('<leader-list> accessibility', () => {
  it('passes axe in Chinese', async () => {
    await expect(await mountList(1200)).to.be.accessible();
  });

  it('passes axe in English on a phone', async () => {
    await expect(await mountList(360, { lang: 'en' })).to.be.accessible();
  });
});
