import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
import { focused, item, mountChart, settle } from './org-chart-helpers.js';

// The find box lists its matches with the way to each (an APG combobox with a listbox).

const input = (el: OrgChart): HTMLInputElement => el.querySelector<HTMLInputElement>('[part~="find-input"]')!;
const list = (el: OrgChart): HTMLElement => el.querySelector<HTMLElement>('[part~="find-list"]')!;
const options = (el: OrgChart): HTMLElement[] => [...list(el).querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: OrgChart): string => el.querySelector('[part~="find-status"]')!.textContent!.trim();

async function type(el: OrgChart, text: string): Promise<void> {
  input(el).focus();
  input(el).select(); // typing replaces what is there
  await sendKeys({ type: text });
  await settle(el);
}

describe('<org-chart> find list', () => {
  it('lists every match with the way to it, as a combobox popup', async () => {
    const el = await mountChart({ expandDepth: 1 });
    await type(el, '分局');
    expect(input(el).getAttribute('role')).to.equal('combobox');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).getAttribute('aria-controls')).to.equal(list(el).id);
    expect(list(el).hidden).to.equal(false);
    expect(options(el).map((o) => o.querySelector('[part~="find-name"]')!.textContent)).to.deep.equal([
      '沧浪分局',
      '金阊分局',
      '平江分局',
      '姑苏分局',
    ]);
    const path = options(el)[0]!.querySelector('[part~="find-path"]')!.textContent!;
    expect(path.replace(/\s+/g, ' ')).to.equal('苏州市国土资源局 › 派出机构');
    await expect(el).to.be.accessible();
  });

  it('↓ and ↑ move through the list; Enter shows the highlighted match and keeps focus in the box', async () => {
    const el = await mountChart({ expandDepth: 1 });
    await type(el, '分局');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const active = options(el)[1]!;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(active.id);
    expect(active.getAttribute('aria-selected')).to.equal('true');
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true').length).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(list(el).hidden, 'the list closes').to.equal(true);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement).to.equal(input(el));
    expect(item(el, 'jinchang-branch')!.tabIndex, "the match is the tree's tab stop").to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('jinchang-branch');
  });

  it('a click on a match shows it; Escape closes the list, a second Escape clears the box', async () => {
    const el = await mountChart({ expandDepth: 1 });
    await type(el, '分局');
    options(el)[3]!.click();
    await settle(el);
    expect(item(el, 'gusu-branch')!.tabIndex).to.equal(0);
    expect(list(el).hidden).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(list(el).hidden, '↓ opens it again').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(list(el).hidden).to.equal(true);
    expect(input(el).value).to.equal('分局');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(input(el).value).to.equal('');
    expect(status(el)).to.equal('');
  });

  it('in 20,000 units, says how many match, lists the first 50 with their paths, and shows a deep one', async () => {
    const data = syntheticOrg(20000, 7) as { units: { id: string; parentId: string; name: { zh: string } }[] };
    const el = await mountChart({ data, expandDepth: 1 });
    const byId = new Map(data.units.map((u) => [u.id, u]));
    // The deepest unit, and the names on the way to it.
    const depth = (id: string): number => (byId.has(id) ? 1 + depth(byId.get(id)!.parentId) : 0);
    const deepest = data.units.reduce((a, b) => (depth(b.id) > depth(a.id) ? b : a));
    await type(el, deepest.name.zh);
    expect(status(el)).to.match(/^找到 [\d,]+ 个/);
    const option = options(el).find((o) => o.querySelector('[part~="find-name"]')!.textContent === deepest.name.zh)!;
    const way: string[] = [];
    for (let u = byId.get(deepest.parentId); u; u = byId.get(u.parentId)) way.unshift(u.name.zh);
    expect(option.querySelector('[part~="find-path"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(way.join(' › '));
    option.click();
    await settle(el);
    expect(item(el, deepest.id), 'opened the way to it and drew it').to.not.equal(null);

    await type(el, '处');
    expect(options(el).length).to.equal(50);
    const total = Number(
      status(el)
        .match(/找到 ([\d,]+) 个/)![1]!
        .replace(/,/g, ''),
    );
    expect(total).to.be.greaterThan(1000);
  });
});
