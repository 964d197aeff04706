import { expect, fixture, html } from '@open-wc/testing';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/staffing-summary.js';
import json from '../../data/suzhou-land-resources-bureau.json';
import type { StaffingSummary } from '../../src/elements/staffing-summary/staffing-summary.js';

interface JsonQuota {
  id: string;
  category: string;
  label: { zh: string; en?: string };
  count?: number;
  partOf?: string;
  remarks?: { zh: string; en?: string }[];
}
const staffing = json.staffing as { statement: { zh: string; en: string }; quotas: JsonQuota[] };
const quotas = staffing.quotas;
const byId = new Map(quotas.map((q) => [q.id, q]));
const categoryNames: Record<string, { zh: string; en: string }> = {
  establishment: { zh: '编制', en: 'Establishment' },
  'leadership-posts': { zh: '领导职数', en: 'Leadership posts' },
};

/** A changed copy of the bundled dataset. */
function variant(change: (data: any) => void): unknown {
  const data = structuredClone(json) as any;
  change(data);
  return data;
}

async function mount(opts: { lang?: string; data?: unknown; width?: number } = {}): Promise<StaffingSummary> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${opts.width ?? 1000}px"></div>`);
  const el = document.createElement('staffing-summary');
  if (opts.lang) el.setAttribute('lang', opts.lang);
  if (opts.data) el.data = opts.data;
  wrapper.append(el);
  await settle(el);
  return el;
}

async function settle(el: StaffingSummary): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const $ = <T extends Element = HTMLElement>(el: StaffingSummary, selector: string): T | null =>
  el.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: StaffingSummary, selector: string): T[] => [
  ...el.querySelectorAll<T>(selector),
];
const row = (el: StaffingSummary, id: string): HTMLTableRowElement =>
  $<HTMLTableRowElement>(el, `tbody tr[data-quota="${id}"]`)!;
const cells = (tr: HTMLTableRowElement): string[] =>
  [...tr.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const describedBy = (el: StaffingSummary, th: Element): string | undefined => {
  const ids = th.getAttribute('aria-describedby');
  return ids
    ? ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)!.textContent!.trim())
        .join(' ')
    : undefined;
};

describe('<staffing-summary> with the bundled bureau', () => {
  it('quotes the source staffing statement verbatim above the table', async () => {
    const el = await mount();
    const statement = $(el, '[part~="statement"]')!;
    expect(statement.textContent!.trim()).to.equal(staffing.statement.zh);
    expect(statement.compareDocumentPosition($(el, 'table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('is a captioned table with column headers for quota, number and remarks', async () => {
    const el = await mount();
    expect($(el, 'table > caption')!.textContent!.trim()).to.equal('人员编制');
    const headers = $$(el, 'thead th');
    expect(headers.map((th) => [th.getAttribute('scope'), th.textContent!.trim()])).to.deep.equal([
      ['col', '编制类别'],
      ['col', '名额'],
      ['col', '备注'],
    ]);
  });

  it('puts every quota of the source in its own row, with its label and count, in its category group', async () => {
    const el = await mount();
    const rows = $$<HTMLTableRowElement>(el, 'tbody tr[data-quota]');
    expect(rows.map((r) => r.dataset['quota'])).to.deep.equal(quotas.map((q) => q.id));
    for (const quota of quotas) {
      const tr = row(el, quota.id);
      const header = tr.cells[0]!;
      expect(header.tagName, quota.id).to.equal('TH');
      expect(header.getAttribute('scope'), quota.id).to.equal('row');
      expect(header.textContent!.trim(), quota.id).to.equal(quota.label.zh);
      const count = cells(tr)[1];
      expect(count, quota.id).to.equal(quota.count !== undefined ? String(quota.count) : quota.remarks![0]!.zh);
      const groupHeader = tr.closest('tbody')!.querySelector('th[scope="rowgroup"]')!;
      expect(groupHeader.textContent!.trim(), quota.id).to.equal(categoryNames[quota.category]!.zh);
    }
    // The figures the source states, spelled out once more against the table.
    expect(cells(row(el, 'administrative-establishment')).slice(0, 2)).to.deep.equal(['行政编制', '45']);
    expect(cells(row(el, 'retiree-service-establishment')).slice(0, 2)).to.deep.equal(['离退休干部服务人员编制', '1']);
    expect(cells(row(el, 'logistics-staff')).slice(0, 2)).to.deep.equal(['后勤服务人员编制', '另行核定']);
    expect(cells(row(el, 'director-posts'))[1]).to.equal('1');
    expect(cells(row(el, 'deputy-director-posts'))[1]).to.equal('6');
    expect(cells(row(el, 'division-head-posts'))[1]).to.equal('31');
    expect(cells(row(el, 'division-chief-posts'))[1]).to.equal('15');
    expect(cells(row(el, 'division-deputy-posts'))[1]).to.equal('16');
  });

  it('indents each part under its whole and describes it as counted in that whole', async () => {
    const el = await mount();
    for (const quota of quotas) {
      const header = row(el, quota.id).cells[0]!;
      if (quota.partOf === undefined) {
        expect(header.hasAttribute('aria-describedby'), quota.id).to.equal(false);
        continue;
      }
      const whole = byId.get(quota.partOf)!;
      expect(describedBy(el, header), quota.id).to.equal(`计入${whole.label.zh}`);
      // The note is visible in the part's own row, not only announced.
      expect(cells(row(el, quota.id))[2], quota.id).to.contain(`计入${whole.label.zh}`);
      const indent = (id: string): number => row(el, id).cells[0]!.querySelector('span')!.getBoundingClientRect().left;
      expect(indent(quota.id) - indent(whole.id), quota.id).to.be.greaterThan(8);
    }
  });

  it('shows the scope of the administrative establishment as a remark', async () => {
    const el = await mount();
    expect(cells(row(el, 'administrative-establishment'))[2]).to.contain('市国土资源局机关（含派出分局）');
  });

  it('says 未定 rather than leaving the number blank when a quota has neither count nor remark', async () => {
    const el = await mount({
      data: variant((d) => delete d.staffing.quotas.find((q: JsonQuota) => q.id === 'logistics-staff').remarks),
    });
    expect(cells(row(el, 'logistics-staff'))[1]).to.equal('未定');
    for (const tr of $$<HTMLTableRowElement>(el, 'tbody tr[data-quota]'))
      expect(cells(tr)[1], tr.dataset['quota']).to.not.equal('');
  });

  it('passes axe', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });
});

describe('<staffing-summary> picture', () => {
  it('is hidden from assistive technology', async () => {
    const el = await mount();
    const visual = $(el, '[part~="visual"]')!;
    expect(visual.getAttribute('aria-hidden')).to.equal('true');
    expect(visual.getBoundingClientRect().height).to.be.greaterThan(50);
  });

  it('splits the 31 division-head posts into bars of 15 and 16 in proportion', async () => {
    const el = await mount();
    const bar = $(el, '[data-quota="division-head-posts"] [part~="bar"]')!;
    const segments = [...bar.querySelectorAll<HTMLElement>('[part~="segment"]')];
    expect(segments.map((s) => s.dataset['quota'])).to.deep.equal(['division-chief-posts', 'division-deputy-posts']);
    const inner = bar.clientWidth;
    expect(inner).to.be.greaterThan(100);
    expect(segments[0]!.getBoundingClientRect().width).to.be.closeTo((inner * 15) / 31, 1);
    expect(segments[1]!.getBoundingClientRect().width).to.be.closeTo((inner * 16) / 31, 1);
  });

  it('marks the 1 retiree-service post within the bar of 45', async () => {
    const el = await mount();
    const bar = $(el, '[data-quota="administrative-establishment"] [part~="bar"]')!;
    const segments = [...bar.querySelectorAll<HTMLElement>('[part~="segment"]')];
    expect(segments).to.have.length(1);
    expect(segments[0]!.getBoundingClientRect().width).to.be.closeTo(bar.clientWidth / 45, 1);
    expect(bar.closest('.item')!.textContent).to.contain('45');
  });

  it('draws one dot per director and deputy-director post', async () => {
    const el = await mount();
    expect($$(el, '[data-quota="director-posts"] [part~="dot"]')).to.have.length(byId.get('director-posts')!.count!);
    expect($$(el, '[data-quota="deputy-director-posts"] [part~="dot"]')).to.have.length(
      byId.get('deputy-director-posts')!.count!,
    );
  });

  it('tells the parts apart by pattern as well as colour, with a labelled key', async () => {
    const el = await mount();
    const [a, b] = $$(el, '[data-quota="division-head-posts"] [part~="segment"]').map(
      (s) => getComputedStyle(s).backgroundImage,
    );
    expect(a).to.not.equal(b);
    const legend = $(el, '[data-quota="division-head-posts"] [part~="legend"]')!.textContent!.replace(/\s+/g, '');
    expect(legend).to.contain(`${byId.get('division-chief-posts')!.label.zh}15`);
    expect(legend).to.contain(`${byId.get('division-deputy-posts')!.label.zh}16`);
  });
});

describe('<staffing-summary> in English', () => {
  it('shows the English labels, statement and interface text', async () => {
    const el = await mount({ lang: 'en' });
    expect($(el, 'caption')!.textContent!.trim()).to.equal('Staffing');
    expect($(el, '[part~="statement"]')!.textContent!.trim()).to.equal(staffing.statement.en);
    for (const quota of quotas) {
      const header = row(el, quota.id).cells[0]!;
      expect(header.textContent!.trim(), quota.id).to.equal(quota.label.en);
      expect(header.querySelector('[lang]'), quota.id).to.equal(null);
      const groupHeader = header.closest('tbody')!.querySelector('th[scope="rowgroup"]')!;
      expect(groupHeader.textContent!.trim()).to.equal(categoryNames[quota.category]!.en);
      if (quota.partOf) expect(describedBy(el, header)).to.equal(`counted in ${byId.get(quota.partOf)!.label.en}`);
    }
    expect(cells(row(el, 'logistics-staff'))[1]).to.equal('To be determined separately');
  });

  it('follows a lang change after it is shown', async () => {
    const el = await mount();
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, 'caption')!.textContent!.trim()).to.equal('Staffing');
    el.setAttribute('lang', 'zh-CN');
    await settle(el);
    expect($(el, 'caption')!.textContent!.trim()).to.equal('人员编制');
  });

  it('falls back to Chinese marked lang="zh-CN" where a label has no English', async () => {
    const data = variant((d) => {
      delete d.staffing.quotas.find((q: JsonQuota) => q.id === 'division-head-posts').label.en;
    });
    const el = await mount({ lang: 'en', data });
    const fallback = row(el, 'division-head-posts').cells[0]!.querySelector('[lang]')!;
    expect([fallback.getAttribute('lang'), fallback.textContent]).to.deep.equal(['zh-CN', '正副处长（主任、分局长）']);
    // The note of a part names the whole in Chinese too, and says so.
    const note = document.getElementById(row(el, 'division-chief-posts').cells[0]!.getAttribute('aria-describedby')!)!;
    expect(note.querySelector('[lang="zh-CN"]')!.textContent).to.equal('正副处长（主任、分局长）');
    await expect(el).to.be.accessible();
  });

  it('formats numbers for the interface language', async () => {
    const data = variant(
      (d) => (d.staffing.quotas.find((q: JsonQuota) => q.id === 'administrative-establishment').count = 1200),
    );
    const en = await mount({ lang: 'en', data });
    expect(cells(row(en, 'administrative-establishment'))[1]).to.equal('1,200');
    expect($(en, '[data-quota="administrative-establishment"] [part~="visual-total"]')!.textContent!.trim()).to.equal(
      '1,200',
    );
    const zh = await mount({ data });
    expect(cells(row(zh, 'administrative-establishment'))[1]).to.be.oneOf(['1,200', '1200']);
    expect(cells(row(zh, 'administrative-establishment'))[1]).to.equal(new Intl.NumberFormat('zh-CN').format(1200));
  });

  it('passes axe', async () => {
    const el = await mount({ lang: 'en' });
    await expect(el).to.be.accessible();
  });
});

describe('<staffing-summary> on a phone', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`fits 360 px without sideways scrolling (${lang})`, async () => {
      const el = await mount({ lang, width: 360 });
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const wrap = $(el, '[part~="table-wrap"]')!;
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
      expect(wrap.hasAttribute('tabindex')).to.equal(false);
      for (const part of $$(el, '[part~="bar"], [part~="dots"], table')) {
        expect(part.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  }

  it('keeps the element within 280 px, letting only the table scroll, reachable by keyboard', async () => {
    const el = await mount({ lang: 'en', width: 280 });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const wrap = $(el, '[part~="table-wrap"]')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect([wrap.getAttribute('tabindex'), wrap.getAttribute('role'), wrap.getAttribute('aria-label')]).to.deep.equal([
      '0',
      'region',
      'Staffing',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<staffing-summary> without figures', () => {
  it('says the dataset has no staffing instead of showing an empty box', async () => {
    // Notes point at quota ids, so they go with the staffing.
    const el = await mount({
      data: variant((d) => {
        delete d.staffing;
        delete d.notes;
      }),
    });
    expect($(el, 'table')).to.equal(null);
    const notice = $(el, '[part~="notice"]')!;
    expect(notice.textContent).to.contain(json.organization.name.zh).and.to.contain('人员编制');
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('shows the shared error panel for a dataset whose parts exceed their whole', async () => {
    const el = await mount({
      data: variant((d) => (d.staffing.quotas.find((q: JsonQuota) => q.id === 'division-chief-posts').count = 30)),
    });
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part~="error"]')!.textContent).to.contain('/staffing/quotas/5/count');
  });
});
