import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/leader-card.js';
import '../../src/define/org-profile.js';
import type { LeaderCard } from '../../src/elements/leader-card/leader-card.js';
import type { OrgProfile } from '../../src/elements/org-profile/org-profile.js';
import { RESUME, v2Dataset, v2DatasetWithResume } from '../fixtures/v2-dataset.js';

// The schemaVersion 2 relations on screen: 联系, 分管 items that are not units, 协助 without a
// person, post kinds with a post's body and rank remark, and unit heads in <org-profile>.

async function mountCard(leaderId: string, lang = 'zh-CN'): Promise<LeaderCard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 520px" lang=${lang}><leader-card leader-id=${leaderId}
      .data=${v2DatasetWithResume()}></leader-card></div>`,
  );
  const el = wrapper.querySelector('leader-card')!;
  await el.updateComplete;
  return el;
}

const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Each item of a list: [text, the unit it links to or null for plain text]. */
const items = (list: Element | null): [string, string | null][] =>
  [...(list?.querySelectorAll('li') ?? [])].map((li) => [
    text(li),
    li.querySelector('a')?.getAttribute('href') ?? null,
  ]);

describe('<leader-card> with schemaVersion 2 relations', () => {
  it("shows 分管 items that are not units as text among the unit links, in the source's order", async () => {
    const el = await mountCard('li-ming');
    expect(items(el.querySelector('[part~="units"]'))).to.deep.equal([
      ['党群、人事等工作', null],
      ['办公室', '#unit=office'],
      ['纪检组', null],
      ['东区分局', '#unit=east-branch'],
    ]);
    expect(el.querySelectorAll('[part~="units"] [part~="unit-text"]').length).to.equal(2);
  });

  it('shows 联系 as its own entry: units as links (as the text writes them), other bodies as text', async () => {
    const el = await mountCard('li-ming');
    const entry = el.querySelector('[data-entry="liaisons"]')!;
    expect(text(entry.querySelector('dt'))).to.equal('联系');
    expect(items(entry.querySelector('[part~="liaisons"]'))).to.deep.equal([
      ['测量队', '#unit=survey-team'],
      ['区人大', null],
      ['东区分局（筹）', '#unit=east-branch'],
    ]);
  });

  it(
    'groups posts by every kind, with the rank remark after its post ' + 'and no body the title already names',
    async () => {
      const el = await mountCard('wang-fang');
      const groups = [...el.querySelectorAll('.post-group')].map((g) => [
        g.getAttribute('data-kind'),
        text(g.querySelector('dt')),
        text(g.querySelector('dd')),
      ]);
      expect(groups).to.deep.equal([
        ['administrative', '行政职务', '副局长'],
        ['non-leadership', '非领导职务', '巡视员（正厅长级）'],
        ['grade', '职级', '一级调研员'],
      ]);
      const li = await mountCard('li-ming');
      expect(text(li.querySelector('.post-group[data-kind="other"] dd'))).to.equal('省国防科工办主任');
    },
  );

  it('writes 协助 without a person as text, with the post the source names', async () => {
    const el = await mountCard('wang-fang');
    expect([...el.querySelectorAll('[part~="assists"]')].map(text)).to.deep.equal([
      '协助李明做好规划工作',
      '协助区长分管审计工作',
      '协助做好安全生产工作',
    ]);
    const en = await mountCard('wang-fang', 'en');
    expect([...en.querySelectorAll('[part~="assists"]')].map(text)).to.deep.equal([
      'Assists Li Ming with 规划工作',
      'Assists 区长 with 分管审计工作',
      'Assists with 做好安全生产工作',
    ]);
    expect(text((await mountCard('li-ming', 'en')).querySelector('[data-entry="liaisons"] dt'))).to.equal(
      'Keeps in touch with',
    );
    expect(text(en.querySelector('.post-group[data-kind="non-leadership"] dd'))).to.equal('巡视员 (正厅长级)');
  });

  it('shows the résumé as the last entry, a line per dated post, in the light DOM', async () => {
    const el = await mountCard('li-ming');
    const entries = [...el.querySelectorAll('[part~="details"] > .entry > dt')].map((dt) => text(dt));
    expect(entries.at(-1)).to.equal('简历');
    const resume = el.querySelector<HTMLElement>('[part~="resume"]')!;
    expect(resume.textContent).to.equal(RESUME.replaceAll('\n', ''));
    // Line breaks are <br>, so they hold where a text-only mode strips the styles.
    expect(resume.querySelectorAll('br').length).to.equal(2);
    // Each dated post starts a line of its own, at the entry's left edge, not inside a run-on paragraph.
    const walker = document.createTreeWalker(resume, NodeFilter.SHOW_TEXT);
    const lefts: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      lefts.push(range.getClientRects()[0]!.left);
    }
    expect(lefts.map((x) => Math.round(x - lefts[0]!))).to.deep.equal([0, 0, 0]);
    // A leader without a résumé has no such entry.
    const other = await mountCard('wang-fang');
    expect(other.querySelector('[part~="resume"]')).to.equal(null);
  });

  it('labels the résumé in English and keeps its Chinese marked as such', async () => {
    const el = await mountCard('li-ming', 'en');
    const entry = el.querySelector('[data-entry="resume"]')!;
    expect(text(entry.querySelector('dt'))).to.equal('Résumé');
    expect(entry.querySelector('[part~="resume"] [lang="zh-CN"]')?.textContent).to.contain('1968年5月生');
  });

  it("prefixes every id it renders with the element's own prefix and stays accessible", async () => {
    const el = await mountCard('li-ming');
    const ids = [...el.querySelectorAll('[id]')].map((n) => n.id);
    // The name's id is the prefix + name-<person id>; no other id may lack that prefix.
    const prefix = el.querySelector('[part~="name"]')!.id.replace(/name-li-ming$/, '');
    expect(prefix).to.match(/\S/);
    for (const id of ids) expect(id.startsWith(prefix), id).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<org-profile> unit heads', () => {
  it('shows a 负责人 line for units with heads: a person of the dataset or a name as written', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px"><org-profile .data=${v2Dataset()}></org-profile></div>`,
    );
    const el = wrapper.querySelector<OrgProfile>('org-profile')!;
    await el.updateComplete;
    const lines = [...el.querySelectorAll('[part~="unit-heads"]')].map(text);
    expect(lines).to.deep.equal(['负责人：主任 王芳', '负责人：处长 赵刚、钱丽']);
    // 办公室 has no duties, yet its head gives it a place among the units' sections.
    const office = el.querySelector('[id$="unit-office"]');
    expect(text(office)).to.equal('办公室');
  });
});
