import { expect, oneEvent } from '@open-wc/testing';
import type { ChartRootEvent } from '../../src/events.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { focused, item, items, mountChart, settle } from './org-chart-helpers.js';

// Drill-down: any unit can become the chart's root, with a breadcrumb back to the organisation.

const crumbs = (el: OrgChart): string[] =>
  [...el.querySelectorAll('[part~="breadcrumb"] [part~="crumb"]')].map((c) => c.textContent!.trim());
const drillButton = (el: OrgChart): HTMLButtonElement =>
  [...el.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find(
    (b) => b.textContent === '只看所选机构',
  )!;
const ids = (el: OrgChart): string[] => items(el).map((i) => i.dataset['id']!);

describe('<org-chart> drill-down', () => {
  it('focusUnit shows the chart from that unit down, with the way back to the organisation', async () => {
    const el = await mountChart({ data: smallDataset(), expandDepth: 5 });
    expect(ids(el)).to.include('office');
    expect(el.querySelector('[part~="breadcrumb"]'), 'no breadcrumb for the whole chart').to.equal(null);

    el.focusUnit('planning-division');
    await settle(el);
    expect(el.rootUnit).to.equal('planning-division');
    expect(el.getAttribute('root-unit')).to.equal('planning-division');
    expect(ids(el)).to.deep.equal(['planning-division', 'survey-team']);
    expect(item(el, 'planning-division')!.getAttribute('aria-level'), "the unit is the tree's first level").to.equal(
      '1',
    );
    expect(crumbs(el)).to.deep.equal(['示例市自然资源局', '内设机构', '规划处']);
    const current = el.querySelector('[part~="crumb"][aria-current="location"]')!;
    expect(current.textContent!.trim()).to.equal('规划处');
    expect(
      el.querySelectorAll('[part~="crumb"] button').length,
      'the organisation is a button, the kind group text',
    ).to.equal(1);
    await expect(el).to.be.accessible();

    el.focusUnit();
    await settle(el);
    expect(ids(el)).to.include('office');
    expect(el.hasAttribute('root-unit')).to.equal(false);
  });

  it('the breadcrumb leads back: an event for the page, and focus stays in the tree', async () => {
    const el = await mountChart({ data: smallDataset(), expandDepth: 5 });
    el.rootUnit = 'planning-division';
    await settle(el);
    const back = el.querySelector<HTMLButtonElement>('[part~="crumb"] button')!;
    back.focus();
    setTimeout(() => back.click());
    const event = (await oneEvent(el, 'chart-root')) as ChartRootEvent;
    expect(event.detail).to.deep.equal({ unitId: null });
    await settle(el);
    expect(el.rootUnit).to.equal(undefined);
    expect(ids(el)).to.include('office');
    expect(focused(el), 'the organisation box has focus, not the vanished button').to.equal(ids(el)[0]);
  });

  it('the toolbar shows the selected unit on its own; nothing to do without a selection below the root', async () => {
    const el = await mountChart({ data: smallDataset(), expandDepth: 5 });
    expect(drillButton(el).disabled).to.equal(true);
    item(el, 'planning-division')!.click();
    await settle(el);
    expect(el.selected).to.equal('planning-division');
    expect(drillButton(el).disabled).to.equal(false);
    setTimeout(() => drillButton(el).click());
    const event = (await oneEvent(el, 'chart-root')) as ChartRootEvent;
    expect(event.detail).to.deep.equal({ unitId: 'planning-division' });
    await settle(el);
    expect(ids(el)[0]).to.equal('planning-division');
    expect(focused(el)).to.equal('planning-division');
    expect(drillButton(el).disabled, 'the selected unit is the root now').to.equal(true);
  });

  it('selecting a unit outside the part shown shows the whole organisation again', async () => {
    const el = await mountChart({ data: smallDataset(), expandDepth: 5 });
    el.rootUnit = 'planning-division';
    await settle(el);
    el.selected = 'east-branch';
    await settle(el);
    expect(el.rootUnit).to.equal(undefined);
    expect(item(el, 'east-branch')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('a root-unit the dataset does not have is announced, and the whole chart is shown', async () => {
    const el = await mountChart({ data: smallDataset() });
    el.setAttribute('root-unit', 'no-such-unit');
    await settle(el);
    expect(el.querySelector('[part~="notice"]')!.textContent).to.contain('no-such-unit');
    expect(ids(el)).to.include('office');
  });

  it("keeps the drill-down in the leadership view, from the unit's box under its leader", async () => {
    const el = await mountChart({ data: smallDataset(), view: 'leadership', expandDepth: 5 });
    el.focusUnit('office');
    await settle(el);
    expect(items(el)[0]!.textContent).to.contain('办公室');
    expect(crumbs(el)[0]).to.equal('示例市自然资源局');
    expect(crumbs(el).at(-1)).to.equal('办公室');
  });
});
