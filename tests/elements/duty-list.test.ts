import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/duty-list.js';
import '../../src/define/org-chart.js';
import type { DutyList } from '../../src/elements/duty-list/duty-list.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { item as chartItem, settle as settleChart } from './org-chart-helpers.js';

interface Text {
  zh: string;
  en?: string;
}
interface Duty {
  number?: Text;
  text: Text;
}
const data = json as unknown as {
  organization: {
    id: string;
    name: Text;
    duties: Duty[];
    adjustments: { kind: string; number: Text; title: Text; items: Duty[] }[];
  };
  units: { id: string; name: Text; duties?: Duty[] }[];
};
const org = data.organization;
const unit = (id: string) => data.units.find((u) => u.id === id)!;

async function mount(markup: string, width = 960): Promise<DutyList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector('duty-list')!;
  await settle(el);
  return el;
}

/** Lets the chart link's mutation observers and the element's render run. */
async function settle(el: DutyList): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

const $ = (el: DutyList, selector: string) => el.querySelector<HTMLElement>(selector);
const $$ = (el: DutyList, selector: string) => [...el.querySelectorAll<HTMLElement>(selector)];
const items = (el: DutyList) => $$(el, '[part~="item"]');
const shown = (el: DutyList) => items(el).filter((li) => !li.hidden && li.checkVisibility());
const textOf = (li: HTMLElement) => li.querySelector<HTMLElement>('[part~="text"]')!.textContent;
const numberOf = (li: HTMLElement) => li.querySelector<HTMLElement>('[part~="number"]')?.textContent?.trim();
const restOf = (li: HTMLElement) => li.querySelector<HTMLElement>('[part~="rest"]');
const toggleOf = (li: HTMLElement) => li.querySelector<HTMLButtonElement>('button[part~="toggle"]');
const status = (el: DutyList) => $(el, '[role="status"]')!.textContent!.trim();
const isVisible = (node: HTMLElement) => node.checkVisibility() && node.getBoundingClientRect().height > 0;

async function typeFilter(el: DutyList, text: string): Promise<void> {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await settle(el);
}

describe('<duty-list> with no attributes', () => {
  it('shows the 16 main duties verbatim in source order, each with its own number', async () => {
    const el = await mount('<duty-list></duty-list>');
    const list = $(el, 'ol[part~="list"]')!;
    expect(items(el).length).to.equal(org.duties.length);
    items(el).forEach((li, i) => {
      expect(numberOf(li)).to.equal(org.duties[i]!.number!.zh);
      expect(textOf(li)).to.equal(org.duties[i]!.text.zh);
    });
    // The visible numbers are the source's: no list markers, the label is part of the item's text.
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    expect(
      items(el)[10]!
        .textContent!.trim()
        .startsWith(`（十一）${org.duties[10]!.text.zh.slice(0, 10)}`),
    ).to.equal(true);
  });

  it('names the list after the organisation', async () => {
    const el = await mount('<duty-list></duty-list>');
    const name = $(el, 'ol[part~="list"]')!.getAttribute('aria-label')!;
    expect(name).to.contain(org.name.zh);
    expect(name).to.contain('主要职责');
  });

  it('passes axe', async () => {
    const el = await mount('<duty-list></duty-list>');
    await expect(el).to.be.accessible();
  });
});

describe('<duty-list unit-id>', () => {
  it("shows the unit's duties verbatim, keeping the source's trailing ；and 。", async () => {
    const el = await mount('<duty-list unit-id="regulations-supervision-division"></duty-list>');
    const expected = unit('regulations-supervision-division').duties!.map((d) => d.text.zh);
    expect(items(el).map(textOf)).to.deep.equal(expected);
    expect(items(el).map((li) => li.textContent!.trim().slice(-1))).to.deep.equal(expected.map((t) => t.slice(-1)));
    expect(expected.at(-1)).to.match(/。$/);
    expect($(el, 'ol')!.getAttribute('aria-label')).to.contain('法规监察处');
  });

  it('says so when the id names no unit', async () => {
    const el = await mount('<duty-list unit-id="no-such-unit"></duty-list>');
    const message = $(el, '[role="alert"]')!;
    expect(message.textContent).to.contain('no-such-unit');
    expect(isVisible(message)).to.equal(true);
    expect($(el, 'ol')).to.equal(null);
  });

  it('says so when the unit has no duties', async () => {
    const el = await mount('<duty-list unit-id="canglang-branch"></duty-list>');
    expect($(el, '[part~="notice"]')!.textContent).to.contain(unit('canglang-branch').name.zh);
    expect($(el, 'ol')).to.equal(null);
  });

  it('passes axe with a unit and with an unknown id', async () => {
    await expect(await mount('<duty-list unit-id="finance-division"></duty-list>')).to.be.accessible();
    await expect(await mount('<duty-list unit-id="no-such-unit"></duty-list>')).to.be.accessible();
  });
});

describe('<duty-list kind="adjustments">', () => {
  it('groups the adjustments by kind under the headings of the data, items verbatim', async () => {
    const el = await mount('<duty-list kind="adjustments"></duty-list>');
    const groups = $$(el, '[part~="group"]');
    expect(groups.length).to.equal(org.adjustments.length);
    groups.forEach((group, g) => {
      const adjustment = org.adjustments[g]!;
      const heading = group.querySelector('[part~="group-heading"]')!;
      // A real h3 (heading-level's default): outlines built by page toolbars list h1–h6 only.
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent!.trim()).to.equal(adjustment.number.zh + adjustment.title.zh);
      const list = group.querySelector('ol')!;
      expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect([...list.querySelectorAll<HTMLElement>('[part~="item"]')].map(textOf)).to.deep.equal(
        adjustment.items.map((i) => i.text.zh),
      );
    });
    expect($(el, 'ol[part~="list"]')!.getAttribute('aria-label')).to.contain('职责调整');
    await expect(el).to.be.accessible();
  });

  it('names a group by its kind when the data gives no title', async () => {
    const copy = structuredClone(json) as any;
    delete copy.organization.adjustments[1].title;
    const el = await mount('<duty-list kind="adjustments"></duty-list>');
    el.data = copy;
    await settle(el);
    expect($$(el, '[part~="group-heading"]')[1]!.textContent!.trim()).to.equal('（二）取消的职责');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($$(el, '[part~="group-heading"]')[1]!.textContent!.trim()).to.equal('(2) Responsibilities cancelled');
    expect($$(el, '[part~="group-heading"]')[0]!.textContent!.trim()).to.equal(`(1) ${org.adjustments[0]!.title.en}`);
  });
});

describe('<duty-list> in English', () => {
  it('shows the English of the main duties and keeps unit duties in Chinese, marked zh-CN', async () => {
    const el = await mount('<duty-list lang="en"></duty-list>');
    items(el).forEach((li, i) => {
      expect(numberOf(li)).to.equal(org.duties[i]!.number!.en);
      expect(textOf(li)).to.equal(org.duties[i]!.text.en);
      expect(li.querySelector('[part~="text"]')!.hasAttribute('lang')).to.equal(false);
    });
    expect($(el, 'ol')!.getAttribute('aria-label')).to.equal(`Main responsibilities of ${org.name.en}`);
    expect($(el, 'label')!.textContent).to.equal('Filter duties');
    await expect(el).to.be.accessible();

    el.unitId = 'finance-division';
    await settle(el);
    const texts = items(el).map((li) => li.querySelector<HTMLElement>('[part~="text"]')!);
    expect(texts.map((t) => t.textContent)).to.deep.equal(unit('finance-division').duties!.map((d) => d.text.zh));
    expect(texts.every((t) => t.getAttribute('lang') === 'zh-CN')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('follows the lang of an ancestor when it changes', async () => {
    const el = await mount('<duty-list></duty-list>');
    el.parentElement!.setAttribute('lang', 'en');
    await settle(el);
    expect(textOf(items(el)[15]!)).to.equal(org.duties[15]!.text.en);
    el.parentElement!.setAttribute('lang', 'zh-CN');
    await settle(el);
    expect(textOf(items(el)[15]!)).to.equal(org.duties[15]!.text.zh);
  });
});

describe('<duty-list> long items', () => {
  it('folds the items longer than 100 characters, showing about their first sentence', async () => {
    const el = await mount('<duty-list></duty-list>');
    items(el).forEach((li, i) => {
      const text = org.duties[i]!.text.zh;
      expect(Boolean(toggleOf(li)), `${i}: ${text.length}`).to.equal(text.length > 100);
      if (!toggleOf(li)) return;
      const head = li.querySelector<HTMLElement>('[part~="head"]')!.textContent!;
      expect(text.startsWith(head)).to.equal(true);
      expect(head.length).to.be.within(1, 90);
      const firstStop = text.indexOf('。') + 1;
      if (firstStop <= 60) expect(head).to.equal(text.slice(0, firstStop));
    });
  });

  it('keeps the whole text in the DOM, folded in hidden="until-found" behind a disclosure button', async () => {
    const el = await mount('<duty-list></duty-list>');
    const li = items(el)[0]!;
    expect(textOf(li)).to.equal(org.duties[0]!.text.zh);
    const rest = restOf(li)!;
    const button = toggleOf(li)!;
    expect(rest.getAttribute('hidden')).to.equal('until-found');
    expect(isVisible(rest)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(rest.id);
    expect(button.textContent!.trim()).to.equal('展开全文');

    button.click();
    await settle(el);
    expect(rest.hasAttribute('hidden')).to.equal(false);
    expect(isVisible(rest)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('收起');

    button.click();
    await settle(el);
    expect(rest.getAttribute('hidden')).to.equal('until-found');
    expect(isVisible(rest)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens and closes with the keyboard', async () => {
    const el = await mount('<duty-list></duty-list>');
    const button = toggleOf(items(el)[1]!)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('expands an item when find-in-page fires beforematch on its folded part', async () => {
    const el = await mount('<duty-list></duty-list>');
    const li = items(el)[2]!;
    restOf(li)!.dispatchEvent(new Event('beforematch'));
    await settle(el);
    expect(toggleOf(li)!.getAttribute('aria-expanded')).to.equal('true');
    expect(restOf(li)!.hasAttribute('hidden')).to.equal(false);
  });

  it("is revealed by the browser's own text search (a scroll-to-text fragment)", async () => {
    // window.find() reports the text found but neither reveals until-found content nor fires
    // beforematch (Chromium 156); a text fragment goes through the same reveal as find-in-page.
    const el = await mount('<duty-list></duty-list>');
    const li = items(el)[0]!;
    // A whole clause: text fragments match only at word boundaries.
    const phrase = restOf(li)!.textContent!.split(/[，。；]/)[1]!;
    expect(phrase.length).to.be.greaterThan(5);
    expect(isVisible(restOf(li)!)).to.equal(false);
    const url = location.href;
    location.hash = `:~:text=${encodeURIComponent(phrase)}`;
    for (let i = 0; i < 20 && restOf(li)!.hasAttribute('hidden'); i++) await new Promise((r) => setTimeout(r, 50));
    history.replaceState(null, '', url);
    await settle(el);
    expect(toggleOf(li)!.getAttribute('aria-expanded')).to.equal('true');
    expect(isVisible(restOf(li)!)).to.equal(true);
  });

  it('passes axe with folded and open items', async () => {
    const el = await mount('<duty-list></duty-list>');
    toggleOf(items(el)[0]!)!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('<duty-list> filter', () => {
  const containing = (word: string) => org.duties.filter((d) => d.text.zh.includes(word));

  it('marks matches, hides the other items, counts them aloud and reflects the filter', async () => {
    const el = await mount('<duty-list></duty-list>');
    await typeFilter(el, '规划');
    expect(el.getAttribute('filter')).to.equal('规划');
    const expected = containing('规划');
    expect(shown(el).map(numberOf)).to.deep.equal(expected.map((d) => d.number!.zh));
    expect(status(el)).to.contain(`${expected.length} 项包含`);
    expect(status(el)).to.contain(`共 ${org.duties.length} 项`);
    const marks = $$(el, 'mark[part~="match"]');
    expect(marks.length).to.equal(expected.reduce((n, d) => n + d.text.zh.split('规划').length - 1, 0));
    expect(marks.every((m) => m.textContent === '规划' && isVisible(m))).to.equal(true);
    // Marks leave the text verbatim.
    expect(shown(el).map(textOf)).to.deep.equal(expected.map((d) => d.text.zh));
    await expect(el).to.be.accessible();
  });

  it('unfolds long items that match', async () => {
    const el = await mount('<duty-list filter="土地利用总体规划"></duty-list>');
    const matching = shown(el);
    expect(matching.length).to.be.greaterThan(0);
    expect(matching.length).to.equal(containing('土地利用总体规划').length);
    for (const li of matching) {
      expect(toggleOf(li)!.getAttribute('aria-expanded')).to.equal('true');
      expect(isVisible(li.querySelector('mark')!)).to.equal(true);
    }
  });

  it('takes its initial value from the filter attribute', async () => {
    const el = await mount('<duty-list filter="耕地"></duty-list>');
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('耕地');
    expect(shown(el).length).to.equal(containing('耕地').length);
  });

  it("ignores full and half width and case, marking the source's own characters", async () => {
    const el = await mount('<duty-list filter="县市(区)"></duty-list>');
    const marks = $$(el, 'mark');
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((m) => m.textContent === '县市（区）')).to.equal(true);
    el.setAttribute('lang', 'en');
    el.filter = 'ＬＡＮＤ ＵＳＥ';
    await settle(el);
    const expected = org.duties.filter((d) => /land use/i.test(d.text.en!));
    expect(expected.length).to.be.greaterThan(0);
    expect(shown(el).length).to.equal(expected.length);
    expect($$(el, 'mark').every((m) => m.textContent!.toLowerCase() === 'land use')).to.equal(true);
  });

  it('shows everything again when the filter is cleared', async () => {
    const el = await mount('<duty-list filter="耕地"></duty-list>');
    await typeFilter(el, '');
    expect(el.hasAttribute('filter')).to.equal(false);
    expect(shown(el).length).to.equal(org.duties.length);
    expect($$(el, 'mark').length).to.equal(0);
    expect(status(el)).to.equal('');
  });

  it('says when nothing matches', async () => {
    const el = await mount('<duty-list></duty-list>');
    await typeFilter(el, '教育');
    expect(shown(el).length).to.equal(0);
    expect(status(el)).to.contain('其中 0 项');
    expect(status(el)).to.contain(`共 ${org.duties.length} 项`);
  });

  it('hides adjustment groups without a match', async () => {
    const el = await mount('<duty-list kind="adjustments" filter="加强"></duty-list>');
    const groups = $$(el, '[part~="group"]').filter((g) => !g.hidden);
    expect(groups.map((g) => g.querySelector('[part~="group-heading"]')!.textContent!.trim())).to.deep.equal([
      '（三）强化的职责',
    ]);
    expect(status(el)).to.contain('其中 4 项');
  });
});

describe('<duty-list for> linked to an <org-chart>', () => {
  async function linked(markup: string): Promise<{ list: DutyList; chart: OrgChart }> {
    const list = await mount(markup, 1280);
    const chart = list.parentElement!.querySelector('org-chart')!;
    await settleChart(chart);
    await settle(list);
    return { list, chart };
  }

  async function selectInChart(chart: OrgChart, list: DutyList, unitId: string): Promise<void> {
    chartItem(chart, unitId)!.click();
    await settleChart(chart);
    await settle(list);
  }

  for (const order of ['chart first', 'list first']) {
    it(
      `shows the duties of the unit selected in the chart (${order}) ` + 'and goes back when the selection is cleared',
      async () => {
        const chart = '<org-chart id="c"></org-chart>';
        const dl = '<duty-list for="c"></duty-list>';
        const { list, chart: el } = await linked(order === 'chart first' ? chart + dl : dl + chart);
        expect(items(list).length).to.equal(org.duties.length);
        await selectInChart(el, list, 'finance-division');
        expect(items(list).map(textOf)).to.deep.equal(unit('finance-division').duties!.map((d) => d.text.zh));
        expect($(list, '[part~="caption"]')!.textContent).to.contain('财务处');
        el.selected = undefined;
        await settleChart(el);
        await settle(list);
        expect(items(list).map(textOf)).to.deep.equal(org.duties.map((d) => d.text.zh));
        await expect(list).to.be.accessible();
      },
    );
  }

  it('goes back to its own unit-id when the chart selection is cleared', async () => {
    const { list, chart } = await linked(
      '<org-chart id="c"></org-chart><duty-list for="c" unit-id="general-office"></duty-list>',
    );
    expect(items(list).map(textOf)).to.deep.equal(unit('general-office').duties!.map((d) => d.text.zh));
    await selectInChart(chart, list, 'archives-division');
    expect(items(list).map(textOf)).to.deep.equal(unit('archives-division').duties!.map((d) => d.text.zh));
    chart.removeAttribute('selected');
    await settle(list);
    expect(items(list).map(textOf)).to.deep.equal(unit('general-office').duties!.map((d) => d.text.zh));
  });

  it('links to a chart added after the list', async () => {
    const list = await mount('<duty-list for="late"></duty-list>', 1280);
    const chart = document.createElement('org-chart');
    chart.id = 'late';
    list.parentElement!.append(chart);
    await settleChart(chart);
    await selectInChart(chart, list, 'personnel-division');
    expect(items(list).map(textOf)).to.deep.equal(unit('personnel-division').duties!.map((d) => d.text.zh));
  });

  it('says so when the chart selects a unit without duties', async () => {
    const { list, chart } = await linked('<org-chart id="c"></org-chart><duty-list for="c"></duty-list>');
    await selectInChart(chart, list, 'gusu-branch');
    expect($(list, '[part~="notice"]')!.textContent).to.contain('姑苏分局');
  });
});

describe('<duty-list no-filter>', () => {
  it('has no filter box but still applies a filter attribute', async () => {
    const el = await fixture<HTMLElement>(
      html`<duty-list unit-id="general-office" no-filter filter="后勤"></duty-list>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.querySelector('input')).to.equal(null);
    const shown = [...el.querySelectorAll('li')].filter((li) => !li.hidden && li.offsetParent !== null);
    expect(shown.length).to.equal(1);
    expect(shown[0]!.textContent).to.contain('后勤保障');
  });
});
