import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/leader-card.js';
import '../../src/define/org-chart.js';
import type { LeaderCard } from '../../src/elements/leader-card/leader-card.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { settle } from './org-chart-helpers.js';

interface Text {
  zh: string;
  en?: string;
}
interface SourcePerson {
  id: string;
  name: Text;
  posts: { kind: string; title: Text }[];
  portfolio?: Text;
  supervises?: { unitId: string; asWritten?: Text }[];
  assists?: { personId: string; scope?: Text }[];
}
const data = json as unknown as { units: { id: string; name: Text }[]; people: SourcePerson[] };
const unitName = (id: string): Text => data.units.find((u) => u.id === id)!.name;

async function mountCard(
  leaderId: string | undefined,
  extra: Partial<LeaderCard> = {},
  lang?: string,
): Promise<LeaderCard> {
  const el = document.createElement('leader-card');
  if (leaderId) el.setAttribute('leader-id', leaderId);
  if (lang) el.setAttribute('lang', lang);
  Object.assign(el, extra);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: HTMLElement, name: string): HTMLElement | null => el.querySelector<HTMLElement>(`[part~="${name}"]`);
const links = (el: HTMLElement): HTMLAnchorElement[] => [
  ...el.querySelectorAll<HTMLAnchorElement>('a[part~="unit-link"]'),
];
const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The chart box of a unit in the structure view. */
const box = (chart: OrgChart, unitId: string): HTMLElement | null =>
  chart.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(unitId)}"]`);
const highlightedIn = (chart: OrgChart): string[] =>
  [...chart.querySelectorAll<HTMLElement>('[role="treeitem"].highlighted')].map((n) => n.dataset['id']!).sort();

async function mouseOver(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.left + 12), Math.round(r.top + 12)] });
}

/** Sets lang and waits for the element to follow (the language is watched by a MutationObserver). */
async function switchTo(el: HTMLElement & { updateComplete: Promise<boolean> }, lang: string): Promise<void> {
  el.setAttribute('lang', lang);
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

afterEach(async () => {
  await resetMouse();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<leader-card> against the dataset', () => {
  for (const person of data.people) {
    it(
      `shows ${person.name.zh}'s name, posts by kind, portfolio and 分管 units ` + 'exactly as the source has them',
      async () => {
        const el = await mountCard(person.id);
        expect(text(part(el, 'name'))).to.equal(person.name.zh);
        const groups = [...el.querySelectorAll('.post-group')].map((g) => [
          text(g.querySelector('dt')),
          text(g.querySelector('dd')),
        ]);
        const expected: string[][] = [];
        const admin = person.posts.filter((p) => p.kind === 'administrative').map((p) => p.title.zh);
        const party = person.posts.filter((p) => p.kind === 'party').map((p) => p.title.zh);
        if (admin.length) expected.push(['行政职务', admin.join('、')]);
        if (party.length) expected.push(['党内职务', party.join('、')]);
        expect(groups).to.deep.equal(expected);
        expect(part(el, 'portfolio')!.textContent).to.equal(person.portfolio!.zh);
        const shown = links(el).map((a) => [a.textContent, a.getAttribute('href')]);
        expect(shown).to.deep.equal(
          (person.supervises ?? []).map((s) => [s.asWritten?.zh ?? unitName(s.unitId).zh, `#unit=${s.unitId}`]),
        );
        if (!person.assists) expect(part(el, 'assists')).to.equal(null);
      },
    );
  }

  it('uses the wording of each 分管 list: 地籍管理处 for 张焱, 测绘管理处 for 邵繁荣, both the same unit', async () => {
    const zhang = await mountCard('zhang-yan');
    const shao = await mountCard('shao-fanrong');
    expect([links(zhang)[0]!.textContent, links(zhang)[0]!.getAttribute('href')]).to.deep.equal([
      '地籍管理处',
      '#unit=cadastral-division',
    ]);
    expect([links(shao)[2]!.textContent, links(shao)[2]!.getAttribute('href')]).to.deep.equal([
      '测绘管理处',
      '#unit=cadastral-division',
    ]);
  });

  it('says whom 张焱 and 吴桂元 assist, and with what', async () => {
    expect(text(part(await mountCard('zhang-yan'), 'assists'))).to.equal('协助吴维群做好人事工作');
    expect(text(part(await mountCard('wu-guiyuan'), 'assists'))).to.equal('协助吴维群做好土地资源、资产管理和经营工作');
  });

  it('links 周春 to the 土地储备中心 he is responsible for', async () => {
    const el = await mountCard('zhou-chun');
    expect(links(el).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['土地储备中心', '#unit=land-reserve-center'],
    ]);
    expect(part(el, 'portfolio')!.textContent).to.equal('负责土地储备中心工作。');
    expect(el.querySelector('.post-group[data-kind="administrative"]')).to.equal(null);
  });

  it("keeps the source's ASCII comma in 吴维群's portfolio", async () => {
    expect(part(await mountCard('wu-weiqun'), 'portfolio')!.textContent).to.contain('负责人事工作,土地资源');
  });
});

describe('<leader-card> portrait', () => {
  it('shows the first character of the name as an avatar named for screen readers', async () => {
    const el = await mountCard('wu-weiqun');
    const avatar = part(el, 'avatar')!;
    expect(avatar.getAttribute('role')).to.equal('img');
    expect(avatar.getAttribute('aria-label')).to.equal('吴维群（无照片）');
    expect(avatar.textContent).to.equal('吴');
    expect(el.querySelector('img')).to.equal(null);
    // White on the avatar background is at least 4.5:1.
    const { color, backgroundColor } = getComputedStyle(avatar);
    expect(contrast(color, backgroundColor)).to.be.at.least(4.5);
  });

  it('shows a lazy photo with alt text and a reserved size when the dataset has one', async () => {
    const variant = structuredClone(json) as any;
    variant.people[0].photo = 'img/x.png';
    const el = await mountCard('wu-weiqun', { data: variant });
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('img/x.png');
    expect(img.alt).to.equal('吴维群的照片');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(Number(img.getAttribute('width'))).to.be.greaterThan(0);
    expect(Number(img.getAttribute('height'))).to.be.greaterThan(0);
    expect(part(el, 'avatar')).to.equal(null);
    await switchTo(el, 'en');
    expect(el.querySelector('img')!.alt).to.equal('Photo of Wu Weiqun');
  });
});

describe('<leader-card> in English', () => {
  it('shows the English name with the Chinese beside it, each marked with its language', async () => {
    const el = await mountCard('zhang-yan', {}, 'en');
    const name = part(el, 'name')!;
    const spans = [...name.querySelectorAll('span')].map((s) => [s.textContent, s.getAttribute('lang')]);
    expect(spans).to.deep.equal([
      ['Zhang Yan', 'en'],
      ['张焱', 'zh-CN'],
    ]);
    expect(part(el, 'avatar')!.getAttribute('aria-label')).to.equal('Zhang Yan (no photo)');
  });

  it('shows English posts, portfolio, units and the 协助 sentence from the dataset', async () => {
    const person = data.people.find((p) => p.id === 'zhang-yan')!;
    const el = await mountCard('zhang-yan', {}, 'en');
    const groups = [...el.querySelectorAll('.post-group')].map((g) => text(g.querySelector('dd')));
    expect(groups).to.deep.equal(
      ['administrative', 'party'].map((k) =>
        person.posts
          .filter((p) => p.kind === k)
          .map((p) => p.title.en)
          .join('; '),
      ),
    );
    expect(text(el.querySelector('.post-group dt'))).to.equal('Administrative posts');
    expect(part(el, 'portfolio')!.textContent).to.equal(person.portfolio!.en);
    expect(links(el).map((a) => a.textContent)).to.deep.equal(person.supervises!.map((s) => unitName(s.unitId).en));
    expect(text(part(el, 'assists'))).to.equal('Assists Wu Weiqun with personnel work');
  });

  it('keeps Chinese, marked lang="zh-CN", where the dataset has no English', async () => {
    const variant = structuredClone(json) as any;
    delete variant.units.find((u: { id: string }) => u.id === 'general-office').name.en;
    const el = await mountCard('wu-weiqun', { data: variant }, 'en');
    const first = links(el)[0]!.querySelector('span')!;
    expect([first.textContent, first.getAttribute('lang')]).to.deep.equal(['办公室', 'zh-CN']);
    expect(links(el)[1]!.querySelector('span')!.hasAttribute('lang')).to.equal(false);
  });
});

describe('<leader-card> with a wrong or missing leader-id', () => {
  it('says that the dataset has no such leader and lists the ids that exist', async () => {
    const el = await mountCard('nobody');
    const message = part(el, 'error')!;
    expect(message.textContent).to.contain('数据集中没有 id 为 “nobody” 的领导');
    expect(message.textContent).to.contain('wu-weiqun');
    expect(part(el, 'card')).to.equal(null);
    await switchTo(el, 'en');
    expect(part(el, 'error')!.textContent).to.contain('No leader with id “nobody”');
  });

  it('explains that leader-id is required when it is missing', async () => {
    const el = await mountCard(undefined);
    expect(part(el, 'error')!.textContent).to.contain('leader-id');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('shows the person as soon as leader-id is set', async () => {
    const el = await mountCard(undefined);
    el.setAttribute('leader-id', 'yan-xindong');
    await el.updateComplete;
    expect(text(part(el, 'name'))).to.equal('严新东');
  });
});

describe('<leader-card> links without a chart', () => {
  it('fires unit-select (bubbling out of the shadow root) and follows the #unit= link', async () => {
    const el = await mountCard('yan-xindong');
    const event = oneEvent(document, 'unit-select');
    links(el)[1]!.click();
    expect((await event).detail).to.equal('enforcement-detachment');
    expect(location.hash).to.equal('#unit=enforcement-detachment');
  });
});

/** A card and a chart in one container, the chart first or second. */
async function mountLinked(leaderId: string, chartFirst: boolean): Promise<{ card: LeaderCard; chart: OrgChart }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><button>before</button></div>`);
  const card = document.createElement('leader-card');
  card.setAttribute('leader-id', leaderId);
  card.setAttribute('for', 'c');
  const chart = document.createElement('org-chart');
  chart.id = 'c';
  if (chartFirst) wrapper.append(chart, card);
  else wrapper.append(card, chart);
  wrapper.append(Object.assign(document.createElement('button'), { textContent: 'after' }));
  await settle(chart);
  await card.updateComplete;
  return { card, chart };
}

describe('<leader-card> linked to an <org-chart>', () => {
  it('reaches every unit link with Tab, and Enter selects the unit in the chart without jumping', async () => {
    const { card, chart } = await mountLinked('zhang-yan', false);
    card.parentElement!.querySelector('button')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < links(card).length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push((document.activeElement as HTMLElement | null)?.dataset['unit'] ?? '');
    }
    expect(reached).to.deep.equal(data.people.find((p) => p.id === 'zhang-yan')!.supervises!.map((s) => s.unitId));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const selectEvent = oneEvent(card, 'unit-select');
    await sendKeys({ press: 'Enter' });
    expect((await selectEvent).detail).to.equal('land-registration-center');
    await settle(chart);
    expect(chart.selected).to.equal('land-registration-center');
    expect(box(chart, 'land-registration-center')!.getAttribute('aria-selected')).to.equal('true');
    expect(location.hash).to.equal('');
    // The chart's selection comes back to the card.
    await card.updateComplete;
    expect(links(card)[2]!.getAttribute('aria-current')).to.equal('true');
  });

  it('says on each link that it shows the unit in the chart', async () => {
    const { card } = await mountLinked('jiao-hongxuan', true);
    expect(links(card)[0]!.title).to.equal('在组织结构图中查看法规监察处');
  });

  it("highlights the person's units while the pointer is over the card, and clears them on leaving", async () => {
    const { card, chart } = await mountLinked('shao-fanrong', true);
    await mouseOver(part(card, 'name')!);
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal([
      'cadastral-division',
      'geological-environment-division',
      'mineral-resources-division',
      'party-committee',
    ]);
    expect(box(chart, 'party-committee')!.classList.contains('highlighted')).to.equal(true);
    await mouseOver(card.parentElement!.querySelector('button')!);
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal([]);
  });

  it('highlights while focus is in the card, and clears when focus leaves it', async () => {
    const { card, chart } = await mountLinked('yan-xindong', false);
    card.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal(['enforcement-detachment', 'finance-division']);
    await sendKeys({ press: 'Tab' });
    await settle(chart);
    expect(highlightedIn(chart), 'focus moved within the card').to.deep.equal([
      'enforcement-detachment',
      'finance-division',
    ]);
    await sendKeys({ press: 'Tab' });
    await settle(chart);
    expect(highlightedIn(chart)).to.deep.equal([]);
  });

  it('links to a chart added to the page after the card', async () => {
    const el = await mountCard('wu-weiqun', { for: 'later' } as Partial<LeaderCard>);
    const chart = document.createElement('org-chart');
    chart.id = 'later';
    el.parentElement!.style.width = '1000px';
    el.parentElement!.append(chart);
    await settle(chart);
    await el.updateComplete;
    links(el)[2]!.click();
    await settle(chart);
    expect(chart.selected).to.equal('gusu-branch');
    expect(location.hash).to.equal('');
  });
});

describe('<leader-card> accessibility', () => {
  it('passes axe in Chinese', async () => {
    await expect(await mountCard('zhang-yan')).to.be.accessible();
  });

  it('passes axe in English', async () => {
    await expect(await mountCard('wu-guiyuan', {}, 'en')).to.be.accessible();
  });

  it('passes axe for the unknown-id message', async () => {
    await expect(await mountCard('nobody')).to.be.accessible();
  });
});

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
