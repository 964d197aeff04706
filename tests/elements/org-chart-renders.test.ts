import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers/wait.js';
import { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { item, mountChart, settle } from './org-chart-helpers.js';

/** Counts the chart's renders (Lit calls update() once per render) while `action` runs and settles. */
async function rendersDuring(el: OrgChart, action: () => void | Promise<void>): Promise<number> {
  // A web font finishing its load re-measures the boxes: a render, but not one this change caused.
  await document.fonts.ready;
  await settle(el);
  let renders = 0;
  const update = (el as unknown as { update: (c: unknown) => void }).update;
  Object.defineProperty(el, 'update', {
    configurable: true,
    value(this: OrgChart, changed: unknown) {
      renders++;
      update.call(this, changed);
    },
  });
  try {
    await action();
    await settle(el);
  } finally {
    delete (el as unknown as { update?: unknown }).update;
  }
  return renders;
}

/**
 * Focuses a box once the page has the keyboard. A page that is not the focused tab (other test
 * files run beside this one) gets its focus events only when the first key arrives: the render
 * they cause would be counted as the key's.
 */
async function focusInPage(target: HTMLElement): Promise<void> {
  if (!document.hasFocus()) await sendKeys({ press: 'Shift' });
  target.focus();
  expect(document.activeElement, 'the box has focus').to.equal(target);
  expect(document.hasFocus(), 'the page has the keyboard').to.equal(true);
}

describe('<org-chart> while its data loads', () => {
  it('holds its chart area, so what follows stays put, and draws the boxes in its first update with data', async () => {
    const src = `/__fault__/slow?ms=800&file=data/suzhou-land-resources-bureau.json&${Math.random()}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><org-chart src=${src}></org-chart><p>下文</p></div>`,
    );
    const el = wrapper.querySelector('org-chart')!;
    const after = wrapper.querySelector('p')!;
    const boxes = (): number => el.querySelectorAll('[role="treeitem"]').length;
    // Whether each update that had the data already showed boxes.
    const readyUpdates: boolean[] = [];
    el.addController({ hostUpdated: () => el.dataState.status === 'ready' && readyUpdates.push(boxes() > 0) });
    await until(() => el.querySelector('[part~="status"]') !== null, 'the loading status');
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.dataState.status, 'still loading').to.equal('loading');
    const area = el.querySelector<HTMLElement>('[part~="viewport"]');
    expect(area, 'the chart area while loading').to.exist;
    expect(area!.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(el.querySelector('[part~="status"]')!.textContent).to.contain('正在载入');
    const before = after.getBoundingClientRect().top;
    await until(() => boxes() > 0, 'the boxes', 5000);
    await el.updateComplete;
    const height = el.querySelector('[part~="viewport"]')!.getBoundingClientRect().height;
    // The toolbar takes the status's row: what follows moves by a few pixels at most, not by the chart.
    expect(Math.abs(after.getBoundingClientRect().top - before)).to.be.lessThan(height * 0.1);
    expect(readyUpdates[0], 'boxes drawn in the first update with data').to.equal(true);
  });
});

describe('<org-chart> forced inline by the page (an important inline style) while its data loads', () => {
  it('still holds its chart area: the status row gives the width an inline box lacks', async () => {
    const src = `/__fault__/slow?ms=800&file=data/suzhou-land-resources-bureau.json&${Math.random()}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><org-chart style="display: inline !important" src=${src}></org-chart></div>`,
    );
    const el = wrapper.querySelector('org-chart')!;
    await until(() => el.querySelector('[part~="status"]') !== null, 'the loading status');
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(el.dataState.status, 'still loading').to.equal('loading');
    const area = el.querySelector<HTMLElement>('[part~="viewport"]');
    expect(area, 'the chart area, not the phone list').to.exist;
    expect(area!.getBoundingClientRect().height).to.be.greaterThan(300);
  });
});

describe('<org-chart> loaded narrow, then given room', () => {
  it('fits the chart to its real area, not to the narrow one it loaded in', async () => {
    const src = `/__fault__/slow?ms=300&file=data/suzhou-land-resources-bureau.json&${Math.random()}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><org-chart src=${src}></org-chart></div>`,
    );
    const el = wrapper.querySelector('org-chart')!;
    await until(() => el.querySelector('[part~="list"]') !== null, 'the narrow list', 5000);
    wrapper.style.width = '1000px';
    await until(() => el.querySelector('[part~="viewport"] [role="treeitem"]') !== null, 'the chart', 5000);
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    // Drawn where a chart that loaded in the wide area draws it.
    const fresh = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px"><org-chart src=${src}></org-chart></div>`,
    );
    const other = fresh.querySelector('org-chart')!;
    await until(() => other.querySelector('[part~="viewport"] [role="treeitem"]') !== null, 'the other chart', 5000);
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
    const place = (chart: Element): number => {
      const area = chart.querySelector('[part~="viewport"]')!.getBoundingClientRect();
      const root = chart.querySelector('[role="treeitem"][data-type="organization"]')!.getBoundingClientRect();
      return root.left - area.left;
    };
    // A fit for the 400 px area it loaded in would be some 300 px off.
    expect(Math.abs(place(el) - place(other))).to.be.lessThan(20);
  });
});

describe('<org-chart> renders once per change', () => {
  // The overview's code arrives once per page, with a render of its own: here, before counting.
  before(async () => {
    const wide = await mountChart({ view: 'leadership' }, 1024);
    await until(() => !!wide.querySelector('[part~="minimap"]'), 'the overview is loaded');
  });

  it('fits the whole tree in one render', async () => {
    const el = await mountChart();
    el.zoomIn();
    await settle(el);
    expect(await rendersDuring(el, () => el.fit())).to.equal(1);
    expect(el.transform.k).to.be.lessThan(1.25);
  });

  it('reveals a unit selected from outside in one render, with the unit on screen', async () => {
    const el = await mountChart({ expandDepth: 1 });
    const renders = await rendersDuring(el, () => {
      el.selected = 'cadastral-division';
    });
    expect(renders).to.equal(1);
    const view = el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    const r = item(el, 'cadastral-division')!.getBoundingClientRect();
    expect(r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom).to.equal(true);
  });

  it('opens a branch from the keyboard in one render, keeping the box where it was', async () => {
    const el = await mountChart({ expandDepth: 1 });
    const group = el.querySelector<HTMLElement>('[role="treeitem"][data-type="group"]')!;
    await focusInPage(group);
    await settle(el);
    const before = group.getBoundingClientRect();
    expect(group.getAttribute('aria-expanded')).to.equal('false');
    // In a top-down chart the arrow from parent to children (ArrowDown) opens a closed box.
    const renders = await rendersDuring(el, () => sendKeys({ press: 'ArrowDown' }));
    expect(renders).to.equal(1);
    const after = item(el, group.dataset['id']!)!;
    expect(after.getAttribute('aria-expanded')).to.equal('true');
    expect(after.getBoundingClientRect().left).to.be.closeTo(before.left, 0.5);
    expect(after.getBoundingClientRect().top).to.be.closeTo(before.top, 0.5);
  });

  it('moves focus to the next box and scrolls to it in one render', async () => {
    const el = await mountChart();
    const [first, second] = [...el.querySelectorAll<HTMLElement>('[role="treeitem"][data-type="group"]')];
    await focusInPage(first!);
    await settle(el);
    const renders = await rendersDuring(el, () => sendKeys({ press: 'ArrowRight' }));
    expect(renders).to.equal(1);
    expect((document.activeElement as HTMLElement).dataset['id']).to.equal(second!.dataset['id']);
  });
});

describe('<org-chart> public surface', () => {
  it('has exactly the documented methods on its prototype: the user API, no helper plumbing', () => {
    const lifecycle = new Set(['constructor', 'willUpdate', 'updated', 'render', 'renderDataset']);
    const methods = Object.getOwnPropertyNames(OrgChart.prototype).filter((name) => {
      const d = Object.getOwnPropertyDescriptor(OrgChart.prototype, name)!;
      return typeof d.value === 'function' && !lifecycle.has(name);
    });
    expect(methods.sort()).to.deep.equal([
      'collapseAll',
      'expandAll',
      'exportPng',
      'exportSvg',
      'fit',
      'focusUnit',
      'resetView',
      'zoomIn',
      'zoomOut',
    ]);
  });
});
