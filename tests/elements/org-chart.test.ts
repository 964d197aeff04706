import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import json from '../../data/suzhou-land-resources-bureau.json';
import { boxRect, focused, item, items, mountChart, overlaps, settle } from './org-chart-helpers.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';

const data = json as {
  units: { id: string; name: { zh: string } }[];
  people: { id: string; supervises?: unknown[] }[];
};

async function expandAll(el: OrgChart): Promise<void> {
  el.expandAll();
  el.fit();
  await settle(el);
}

function boxes(el: OrgChart): { id: string; r: DOMRect }[] {
  return items(el).map((node) => ({ id: node.dataset['id']!, r: boxRect(node) }));
}

describe('<org-chart> with no attributes', () => {
  it('shows the bundled bureau with every unit by name', async () => {
    const el = await mountChart();
    const units = items(el).filter((n) => n.dataset['type'] === 'unit');
    expect(units.map((n) => n.dataset['id']).sort()).to.deep.equal(data.units.map((u) => u.id).sort());
    for (const unit of data.units) expect(item(el, unit.id)!.textContent).to.contain(unit.name.zh);
    expect(item(el, 'suzhou-land-resources-bureau')!.textContent).to.contain('16 项职责');
  });

  it('fits a 1280-px column without scaling the boxes below their natural size', async () => {
    const el = await mountChart();
    expect(el.transform.k).to.equal(1);
    const view = el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    for (const { id, r } of boxes(el)) {
      expect(r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom, id).to.equal(
        true,
      );
    }
  });

  it('puts the bureau, its kind groups and its units on tree levels 1, 2 and 3', async () => {
    const el = await mountChart();
    expect(item(el, 'suzhou-land-resources-bureau')!.getAttribute('aria-level')).to.equal('1');
    expect(item(el, 'kind:internal')!.getAttribute('aria-level')).to.equal('2');
    expect(item(el, 'kind:internal')!.getAttribute('aria-setsize')).to.equal('5');
    const office = item(el, 'general-office')!;
    expect([
      office.getAttribute('aria-level'),
      office.getAttribute('aria-posinset'),
      office.getAttribute('aria-setsize'),
    ]).to.deep.equal(['3', '1', '12']);
    const group = office.closest('[role="group"]')!;
    expect(el.querySelector<HTMLElement>(`[aria-owns="${group.id}"]`)!.dataset['id']).to.equal('kind:internal');
  });
});

describe('<org-chart> layout in the DOM', () => {
  for (const view of ['structure', 'leadership'] as const) {
    for (const orientation of ['vertical', 'horizontal'] as const) {
      it(`has no overlapping boxes in the ${view} view, ${orientation}, fully expanded`, async () => {
        const el = await mountChart({ view, orientation });
        await expandAll(el);
        const rects = boxes(el);
        expect(rects.length).to.be.greaterThan(20);
        expect(
          overlaps(rects),
          JSON.stringify(
            overlaps(rects)
              .slice(0, 3)
              .map((p) => p.split(' × ').map((id) => rects.find((r) => r.id === id)!.r))
              .map((rs) => rs.map((r) => [r.left, r.top, r.width, r.height].map(Math.round))),
          ),
        ).to.deep.equal([]);
        // No label is cut off: every line fits its box.
        for (const node of items(el)) {
          const label = node.querySelector<HTMLElement>('.label')!;
          expect(label.scrollWidth, node.dataset['id']).to.be.at.most(node.clientWidth);
        }
      });
    }
  }

  it('shows each leader with the units they supervise, in source order', async () => {
    const el = await mountChart({ view: 'leadership' });
    const people = items(el).filter((n) => n.dataset['type'] === 'person');
    expect(people.map((n) => n.dataset['id'])).to.deep.equal(data.people.map((p) => `person:${p.id}`));
    const supervised = items(el).filter((n) => n.dataset['type'] === 'unit');
    expect(supervised.length).to.equal(data.people.reduce((n, p) => n + (p.supervises?.length ?? 0), 0));
    // The unit that appears under two leaders appears twice, each time with the name the source uses there.
    expect(item(el, 'zhang-yan/cadastral-division')!.textContent).to.contain('地籍管理处');
    expect(item(el, 'shao-fanrong/cadastral-division')!.textContent).to.contain('测绘管理处');
  });
});

describe('<org-chart> expand and collapse', () => {
  it('collapses a node from its toggle mark, fires unit-toggle and hides the children', async () => {
    const el = await mountChart();
    const group = item(el, 'kind:internal')!;
    expect(group.getAttribute('aria-expanded')).to.equal('true');
    const event = oneEvent(el, 'unit-toggle');
    group.querySelector<HTMLElement>('.toggle')!.click();
    expect((await event).detail).to.deep.equal({ id: 'kind:internal', expanded: false });
    await settle(el);
    expect(item(el, 'kind:internal')!.getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'general-office')).to.equal(null);
  });

  it('starts with only the bureau open at expand-depth 1, and opens everything on expandAll', async () => {
    const el = await mountChart({ expandDepth: 1 });
    expect(items(el).length).to.equal(6);
    await expandAll(el);
    expect(items(el).length).to.equal(1 + 5 + data.units.length);
    el.collapseAll();
    await settle(el);
    expect(items(el).length).to.equal(6);
  });
});

describe('<org-chart> keyboard', () => {
  it('has exactly one tab stop in the tree', async () => {
    const el = await mountChart();
    const stops = items(el).filter((n) => n.tabIndex === 0);
    expect(stops.map((n) => n.dataset['id'])).to.deep.equal(['suzhou-land-resources-bureau']);
  });

  it('reaches every node with arrow keys alone', async () => {
    const el = await mountChart();
    item(el, 'suzhou-land-resources-bureau')!.focus();
    const seen = new Set<string>([focused(el)!]);
    for (let depth = 1; depth <= 2; depth++) {
      // Down goes one generation in; Right walks the whole generation, across cousins.
      await sendKeys({ press: 'Home' });
      for (let d = 0; d < depth; d++) await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      for (let i = 0; i < 30; i++) {
        seen.add(focused(el)!);
        await sendKeys({ press: 'ArrowRight' });
      }
      await settle(el);
      seen.add(focused(el)!);
    }
    expect(seen.size).to.equal(items(el).length);
  });

  it('collapses with ArrowUp, opens with ArrowDown, and moves to the parent from a child', async () => {
    const el = await mountChart();
    item(el, 'kind:internal')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(item(el, 'kind:internal')!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('general-office');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused(el)).to.equal('kind:internal');
  });

  it('maps arrows to the layout in a horizontal chart', async () => {
    const el = await mountChart({ orientation: 'horizontal' });
    item(el, 'kind:internal')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('general-office');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('cultivated-land-protection-division');
  });

  it('selects with Enter and Space, firing unit-select with the unit id and reflecting selected', async () => {
    const el = await mountChart();
    item(el, 'finance-division')!.focus();
    let event = oneEvent(el, 'unit-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.equal('finance-division');
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('finance-division');
    expect(item(el, 'finance-division')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    event = oneEvent(el, 'unit-select');
    await sendKeys({ press: ' ' });
    expect((await event).detail).to.equal('personnel-division');
  });

  it('jumps by type-ahead on Latin and Chinese names', async () => {
    const el = await mountChart();
    item(el, 'suzhou-land-resources-bureau')!.focus();
    await sendKeys({ type: 'fin' });
    await settle(el);
    expect(focused(el)).to.equal('finance-division');
    await new Promise((r) => setTimeout(r, 600));
    // An IME does not send keydown for composed characters; keyboards that type characters directly do.
    item(el, 'finance-division')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: '档', bubbles: true, composed: true }),
    );
    await settle(el);
    expect(focused(el)).to.equal('archives-division');
  });
});

describe('<org-chart> selection', () => {
  it('reveals a unit set through the selected attribute, without firing unit-select', async () => {
    const el = await mountChart({ expandDepth: 1 });
    let fired = false;
    el.addEventListener('unit-select', () => (fired = true));
    el.setAttribute('selected', 'cadastral-division');
    await settle(el);
    const node = item(el, 'cadastral-division')!;
    expect(node.getAttribute('aria-selected')).to.equal('true');
    const view = el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    expect(r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom).to.equal(true);
    expect(fired).to.equal(false);
  });

  it('says so when selected names no unit of the dataset', async () => {
    const el = await mountChart({ selected: 'no-such-unit' });
    expect(el.querySelector('[part~="notice"]')!.textContent).to.contain('no-such-unit');
    expect(items(el).length).to.be.greaterThan(20);
  });
});

describe('<org-chart> in a narrow container', () => {
  it('becomes an indented list with the same tree and keys', async () => {
    const el = await mountChart({}, 380);
    expect(el.querySelector('[part~="viewport"]')).to.equal(null);
    const tree = el.querySelector('ul[role="tree"]')!;
    expect(tree).to.exist;
    expect(items(el).filter((n) => n.dataset['type'] === 'unit').length).to.equal(data.units.length);
    item(el, 'suzhou-land-resources-bureau')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)).to.equal('kind:internal');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused(el)).to.equal('suzhou-land-resources-bureau');
    expect(tree.scrollWidth).to.be.at.most(380);
  });

  it('switches back to the chart when the container widens', async () => {
    const el = await mountChart({}, 380);
    el.parentElement!.style.width = '1000px';
    await settle(el);
    expect(el.querySelector('[part~="viewport"]')).to.exist;
  });
});

describe('<org-chart> errors', () => {
  it('lists what is wrong with invalid data and fires org-error', async () => {
    const bad = structuredClone(json) as Record<string, any>;
    bad.units[2].parentId = 'nowhere';
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('org-chart');
    const event = oneEvent(el, 'org-error');
    el.data = bad;
    wrapper.append(el);
    const { detail } = await event;
    expect(detail.kind).to.equal('data');
    const panel = el.querySelector('[part~="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('/units/2/parentId');
    expect(panel.textContent).to.contain('nowhere');
    wrapper.remove();
  });

  it('offers a retry for a src that fails, and shows the data once it loads', async () => {
    const el = await mountChart({ src: '/no/such/dataset.json' });
    await settle(el);
    const panel = el.querySelector('[part~="error"]')!;
    expect(panel.textContent).to.contain('HTTP 404');
    expect(panel.querySelector('button')!.textContent).to.contain('重试');
    el.src = '/data/suzhou-land-resources-bureau.json';
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(items(el).length).to.be.greaterThan(20);
  });
});

describe('<org-chart> accessibility', () => {
  it('passes axe as a chart', async () => {
    const el = await mountChart();
    await expect(el).to.be.accessible();
  });

  it('passes axe as a narrow list', async () => {
    const el = await mountChart({}, 380);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the leadership view with a selection', async () => {
    const el = await mountChart({ view: 'leadership', selected: 'finance-division' });
    await expect(el).to.be.accessible();
  });
});

describe('<org-chart> find box', () => {
  it('finds units typed in Chinese, opens the way to them and makes the first one the tab stop', async () => {
    const el = await mountChart({ expandDepth: 1 });
    const input = el.querySelector<HTMLInputElement>('[part~="find-input"]')!;
    input.focus();
    await sendKeys({ type: '分局' });
    await settle(el);
    expect(el.querySelector('[part~="find-status"]')!.textContent).to.contain('找到 4 个');
    expect(
      items(el)
        .filter((n) => n.classList.contains('found'))
        .map((n) => n.dataset['id']),
    ).to.deep.equal(['canglang-branch', 'jinchang-branch', 'pingjiang-branch', 'gusu-branch']);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(item(el, 'jinchang-branch')!.tabIndex).to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('jinchang-branch');
  });

  it('says when nothing matches', async () => {
    const el = await mountChart();
    const input = el.querySelector<HTMLInputElement>('[part~="find-input"]')!;
    input.focus();
    await sendKeys({ type: '教育局' });
    await settle(el);
    expect(el.querySelector('[part~="find-status"]')!.textContent).to.contain('没有找到');
  });
});

describe('<org-chart> languages', () => {
  it('shows English names and interface text under lang="en", keeping Chinese where English is missing', async () => {
    const el = await mountChart();
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(item(el, 'general-office')!.querySelector('.label')!.textContent).to.equal('General Office');
    expect(item(el, 'general-office')!.querySelector('.label')!.getAttribute('lang')).to.equal('en');
    expect(item(el, 'general-office')!.textContent).to.contain('4 duties');
    expect(el.querySelector('[part~="toolbar"] button')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(el.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal(
      'Organisation chart of Suzhou Municipal Bureau of Land and Resources',
    );
  });

  it('follows the lang of an ancestor when it changes', async () => {
    const el = await mountChart();
    el.parentElement!.setAttribute('lang', 'en');
    await settle(el);
    expect(item(el, 'finance-division')!.textContent).to.contain('Finance');
    el.parentElement!.setAttribute('lang', 'zh-CN');
    await settle(el);
    expect(item(el, 'finance-division')!.textContent).to.contain('财务处');
  });
});

describe('<org-chart> network failures', () => {
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  it('fires org-error for a failed src and loads the data when Retry is pressed', async () => {
    let calls = 0;
    window.fetch = (input, init) =>
      ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('org-chart');
    const error = oneEvent(el, 'org-error');
    el.src = '/data/suzhou-land-resources-bureau.json?retry-test';
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.kind).to.equal('network');
    expect(detail.reason).to.contain('Failed to fetch');
    await settle(el);
    el.querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(calls).to.equal(2);
    expect(items(el).length).to.be.greaterThan(20);
    wrapper.remove();
  });
});

describe('<org-chart> numbers', () => {
  it('formats counts for the interface language', async () => {
    const units = Array.from({ length: 1200 }, (_, i) => ({
      id: `u${i}`,
      parentId: 'big',
      kind: 'internal',
      name: { zh: `单位${i}`, en: `Unit ${i}` },
    }));
    const dataset = {
      schemaVersion: 1,
      asOf: '2026-01-01',
      organization: { id: 'big', name: { zh: '大机关', en: 'Big Office' } },
      units,
      people: [],
      sources: [{ id: 's', title: { zh: '来源' } }],
    };
    const el = await mountChart({ data: dataset, expandDepth: 1 });
    expect(item(el, 'kind:internal')!.textContent).to.contain(`${new Intl.NumberFormat('zh-CN').format(1200)} 个机构`);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(item(el, 'kind:internal')!.textContent).to.contain('1,200 units');
  });
});

describe('<org-chart> wrapped English names', () => {
  it('keeps the space where a line break falls between words, so the accessible name reads as shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1280px" lang="en"><org-chart large-text></org-chart></div>`,
    );
    const el = wrapper.querySelector('org-chart')!;
    await settle(el);
    const root = el.querySelector('[role="treeitem"][data-type="organization"]')!;
    const label = root.querySelector('[part~="label"]')!;
    expect(label.querySelectorAll('.line').length, 'the name wraps').to.be.greaterThan(1);
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Suzhou Municipal Bureau of Land and Resources');
    await expect(el).to.be.accessible();
  });

  it('joins the wrapped lines back with their space in the narrow list', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 380px" lang="en"><org-chart large-text></org-chart></div>`,
    );
    const el = wrapper.querySelector('org-chart')!;
    await settle(el);
    const row = el.querySelector('[role="treeitem"][data-type="organization"] [part~="label"]')!;
    expect(row.textContent!.trim()).to.equal('Suzhou Municipal Bureau of Land and Resources');
  });
});
