import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/org-profile.js';
import type { OrgProfile } from '../../src/elements/org-profile/org-profile.js';

type Json = {
  organization: { duties: unknown[]; establishingDocuments: { number: string }[] };
  units: { id: string; duties?: unknown[] }[];
  people: unknown[];
  notes: unknown[];
  sources: unknown[];
};
const data = json as unknown as Json;

async function mountProfile(width = 1280, lang?: string): Promise<OrgProfile> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${lang ?? 'zh-CN'}><org-profile></org-profile></div>`,
  );
  const el = wrapper.querySelector('org-profile')!;
  await el.updateComplete;
  // Let the nested elements render.
  for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r));
  return el;
}

const root = (el: OrgProfile): HTMLElement => el;
const headings = (el: OrgProfile): string[] =>
  [...root(el).querySelectorAll('[part~="section-heading"]')].map((h) => h.textContent!.trim());

describe('<org-profile>', () => {
  it('composes every section of a 机构职能 page, in order', async () => {
    const el = await mountProfile();
    expect(root(el).querySelector('h1')!.textContent).to.equal('苏州市国土资源局');
    expect(headings(el)).to.deep.equal([
      '设立依据',
      '主要职责',
      '职责调整',
      '机构设置',
      '内设机构职责',
      '领导信息',
      '人员编制',
      '数据说明',
      '资料来源',
    ]);
    expect(root(el).querySelectorAll('h2').length).to.equal(headings(el).length);
  });

  it('shows the establishing documents with their 文号 and the as-of date', async () => {
    const el = await mountProfile();
    const numbers = [...root(el).querySelectorAll('[part~="documents"] td.number')].map((td) => td.textContent!.trim());
    expect(numbers).to.deep.equal(data.organization.establishingDocuments.map((d) => d.number));
    expect(root(el).querySelector('[part~="as-of"]')!.textContent).to.contain('2015年9月2日');
  });

  it(
    'holds the chart, a duty list per unit with duties, every leader, ' + 'the staffing and all notes and sources',
    async () => {
      const el = await mountProfile();
      expect(root(el).querySelector('org-chart')).to.exist;
      const unitLists = [...root(el).querySelectorAll('duty-list[unit-id]')].map((d) => d.getAttribute('unit-id'));
      expect(unitLists).to.deep.equal(data.units.filter((u) => u.duties?.length).map((u) => u.id));
      expect(root(el).querySelector('leader-list')).to.exist;
      expect(root(el).querySelector('staffing-summary')).to.exist;
      expect(root(el).querySelectorAll('[part~="notes"] > li').length).to.equal(data.notes.length);
      expect(root(el).querySelectorAll('[part~="sources"] > li').length).to.equal(data.sources.length);
    },
  );

  it('records the source’s contradictions with both readings', async () => {
    const el = await mountProfile();
    const discrepancies = [...root(el).querySelectorAll('.note--discrepancy')];
    expect(discrepancies.length).to.be.greaterThan(2);
    const text = discrepancies.map((d) => d.textContent).join('\n');
    expect(text).to.contain('正科级').and.to.contain('正处级建制').and.to.contain('纪检监察室');
  });

  it('switches to English with the page language', async () => {
    const el = await mountProfile(1280, 'en');
    expect(root(el).querySelector('h1')!.textContent).to.equal('Suzhou Municipal Bureau of Land and Resources');
    expect(headings(el)[1]).to.equal('Main responsibilities');
    expect(root(el).querySelector('[part~="as-of"]')!.textContent).to.contain('September 2, 2015');
  });

  it('passes a language change on the page down to every part', async () => {
    const el = await mountProfile();
    el.parentElement!.setAttribute('lang', 'en');
    for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r));
    const duties = root(el).querySelector('duty-list')!;
    expect(duties.textContent).to.contain('Bear responsibility');
    expect(root(el).querySelector('staffing-summary')!.querySelector('caption')!.textContent).to.contain('Staffing');
    expect(root(el).querySelector('leader-list')!.textContent).to.contain('Wu Weiqun');
    const chart = root(el).querySelector('org-chart')!;
    expect(chart.querySelector('[data-id="general-office"]')!.textContent).to.contain('General Office');
  });

  it('marks the units a leader supervises in the chart while the leader is focused', async () => {
    const el = await mountProfile();
    const list = root(el).querySelector('leader-list')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const link = [...list.querySelectorAll<HTMLElement>('a, leader-card')]
      .map((n) => (n.localName === 'leader-card' ? n.querySelector('a') : n))
      .find(Boolean) as HTMLElement;
    link.focus();
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
    const chart = root(el).querySelector('org-chart')!;
    await chart.updateComplete;
    expect(chart.querySelectorAll('.highlighted').length).to.be.greaterThan(0);
  });

  it('can be walked with the keyboard alone from top to bottom', async () => {
    const el = await mountProfile();
    const seen = new Set<string>();
    el.focus();
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      const active: Element | null = document.activeElement;
      if (active) seen.add(active.localName + (active.getAttribute('role') ? `[${active.getAttribute('role')}]` : ''));
    }
    expect(seen).to.include('div[treeitem]');
    expect([...seen].some((s) => s.startsWith('input'))).to.equal(true);
    expect(seen).to.include('a');
  });

  it(
    'operates with the keyboard alone: ' + 'unfolds a duty, selects a unit in the chart, follows a leader link',
    async () => {
      const el = await mountProfile();
      const chart = root(el).querySelector('org-chart')!;
      const deepActive = (): HTMLElement | null => document.activeElement as HTMLElement | null;
      const done = { unfolded: false, selected: false, linked: false };
      el.focus();
      for (let i = 0; i < 200 && !(done.unfolded && done.selected && done.linked); i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (!active) continue;
        if (!done.unfolded && active.localName === 'button' && active.getAttribute('aria-expanded') === 'false') {
          await sendKeys({ press: 'Enter' });
          await new Promise((r) => requestAnimationFrame(r));
          done.unfolded = active.getAttribute('aria-expanded') === 'true';
        } else if (!done.selected && active.getAttribute('role') === 'treeitem') {
          await sendKeys({ press: 'ArrowDown' }); // into the kind groups
          await sendKeys({ press: 'ArrowDown' }); // into the first group's units
          await sendKeys({ press: 'Enter' });
          await chart.updateComplete;
          done.selected = chart.getAttribute('selected') === 'general-office';
        } else if (!done.linked && active.localName === 'a' && active.getAttribute('href')?.startsWith('#unit=')) {
          const unit = active.getAttribute('href')!.slice('#unit='.length);
          await sendKeys({ press: 'Enter' });
          await chart.updateComplete;
          done.linked = chart.getAttribute('selected') === unit;
        }
      }
      expect(done).to.deep.equal({ unfolded: true, selected: true, linked: true });
    },
  );

  it('passes axe in Chinese and in English, and at phone width', async () => {
    await expect(await mountProfile()).to.be.accessible();
    await expect(await mountProfile(1280, 'en')).to.be.accessible();
    await expect(await mountProfile(390)).to.be.accessible();
  });
});
