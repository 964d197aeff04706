import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import json from '../../data/suzhou-land-resources-bureau.json';
import type { DutyList } from '../../src/elements/duty-list/duty-list.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { until } from '../helpers/wait.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

// Fragments made by renderElement (the built lib/, through the test server) are hydrated by the
// elements: the nodes a server wrote are the nodes the reader keeps.

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type Json = { organization: { duties: { text: { zh: string } }[] }; units: { name: { zh: string } }[] };
const data = json as unknown as Json;

async function prerender(
  tag: string,
  attributes: Record<string, string> = {},
  extra: { dataset?: unknown; src?: string } = {},
): Promise<string> {
  const response = await fetch('/__prerender__', {
    method: 'POST',
    body: JSON.stringify({ tag, attributes, ...extra }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

/** Parses a fragment inertly (nothing upgrades or runs), as the HTML parser of a static page would. */
function parse(fragment: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = fragment;
  return template.content;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

const frames = async (n = 4): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Puts a fragment in the page and lets it hydrate; returns what was there before and what changed. */
async function mount(
  fragment: string,
  width = 1280,
  pageLang?: string,
): Promise<{ el: Lit; before: Text[]; removed: Node[]; container: HTMLElement }> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  if (pageLang) container.lang = pageLang;
  document.body.append(container);
  const content = parse(fragment);
  const before = textNodes(content).filter((t) => t.parentElement?.localName !== 'script');
  const removed: Node[] = [];
  const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
  observer.observe(container, { childList: true, subtree: true });
  container.append(content);
  const el = container.firstElementChild as Lit;
  await el.updateComplete;
  await frames();
  observer.disconnect();
  return { el, before, removed, container };
}

describe('prerendered fragments (renderElement)', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const tag of ['duty-list', 'leader-list', 'staffing-summary', 'leader-card']) {
    it(`<${tag}>: the HTML holds the text, and hydrating keeps every text node (no removals)`, async () => {
      const fragment = await prerender(tag, tag === 'leader-card' ? { 'leader-id': 'wu-weiqun' } : {});
      const { el, before, removed } = await mount(fragment);
      expect(before.length).to.be.greaterThan(3);
      expect(
        before.every((t) => t.isConnected && el.contains(t)),
        'every prerendered text node is still in place',
      ).to.equal(true);
      expect(removed.filter((n) => n.nodeType !== Node.COMMENT_NODE)).to.deep.equal([]);
      expect(el.hasAttribute('data-goe-id')).to.equal(true);
    });
  }

  it('<duty-list>: every duty is in the HTML source, and the hydrated list filters and unfolds', async () => {
    const fragment = await prerender('duty-list');
    const source = parse(fragment).textContent!.replace(/\s+/g, '');
    for (const duty of data.organization.duties) expect(source).to.contain(duty.text.zh.replace(/\s+/g, ''));
    const { el } = await mount(fragment);
    const list = el as DutyList;
    const input = el.querySelector<HTMLInputElement>('[part~="filter-input"]')!;
    input.value = '耕地';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await list.updateComplete;
    expect(el.querySelector('[part~="filter-status"]')!.textContent).to.match(/\d/);
    expect(el.querySelectorAll('[part~="match"]').length).to.be.greaterThan(0);
    list.filter = undefined;
    await list.updateComplete;
    const toggle = el.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.click();
    await list.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('<org-chart>: the HTML lists every unit; hydrated, the chart takes over and selects on click', async () => {
    const fragment = await prerender('org-chart');
    const source = parse(fragment).textContent!;
    for (const unit of data.units) expect(source).to.contain(unit.name.zh);
    const { el } = await mount(fragment);
    await frames(8);
    expect(el.querySelector('[part~="viewport"]'), 'the chart replaced the list').to.exist;
    const unit = el.querySelector<HTMLElement>('[role="treeitem"][data-type="unit"]')!;
    unit.click();
    await el.updateComplete;
    expect(unit.getAttribute('aria-selected')).to.equal('true');
  });

  it('<org-profile lang="en">: nested elements hydrate too, in English, keeping their nodes', async () => {
    const fragment = await prerender('org-profile', { lang: 'en' });
    // The chart's prerendered list (every unit) gives way to the drawn chart; everything else stays.
    const inChart = new Set(textNodes(parse(fragment)).map((t) => t.data));
    const chartTexts = new Set(textNodes(parse(fragment).querySelector('org-chart')!).map((t) => t.data));
    expect(inChart.size).to.be.greaterThan(chartTexts.size);
    const { el, before } = await mount(fragment);
    await frames(8);
    const outsideChart = before.filter((t) => !chartTexts.has(t.data) || !t.data.trim());
    expect(outsideChart.length).to.be.greaterThan(100);
    expect(
      outsideChart.filter((t) => !t.isConnected && !chartTexts.has(t.data)).map((t) => t.data.slice(0, 20)),
    ).to.deep.equal([]);
    expect(el.querySelector('org-chart [part~="viewport"]'), "the profile's chart is drawn").to.exist;
    expect(el.querySelector('h2')!.textContent).to.match(/[A-Za-z]/);
  });

  it('adopts prerendered content in a task of its own, not in the task that put it on the page', async () => {
    // A page of prerendered elements adopts them one task each, so input is answered in between.
    const fragment = await prerender('duty-list');
    await mount(fragment); // the chunks are loaded now: nothing else makes the adopting wait
    const container = document.createElement('div');
    document.body.append(container);
    container.append(parse(fragment));
    const el = container.firstElementChild as Lit & { hydrating: boolean };
    const adoptedBeforeNextTask = await new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(!el.hydrating);
      channel.port2.postMessage(undefined);
    });
    expect(adoptedBeforeNextTask, 'adopted within the task that connected it').to.equal(false);
    await el.updateComplete;
    expect(el.hydrating, 'adopted afterwards').to.equal(false);
  });

  it('a fragment rendered in Chinese says so, and in an English page it hydrates as it is', async () => {
    const fragment = await prerender('duty-list');
    expect(parse(fragment).firstElementChild!.getAttribute('lang')).to.equal('zh-CN');
    const { el, before, removed } = await mount(fragment, 1280, 'en');
    expect(
      removed.filter((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim()),
      'no text node replaced',
    ).to.deep.equal([]);
    expect(before.filter((t) => !t.isConnected).length).to.equal(0);
    expect(el.textContent).to.contain(data.organization.duties[0]!.text.zh);
    expect(el.querySelector('[part~="toggle"]')!.textContent).to.match(/[\u4e00-\u9fff]/);
  });

  it('changed data renders: a new dataset on a hydrated element shows its text', async () => {
    const { el } = await mount(await prerender('duty-list'));
    (el as DutyList).data = smallDataset();
    await el.updateComplete;
    const first = (smallDataset() as { organization: { duties: { text: { zh: string } }[] } }).organization.duties[0]!
      .text.zh;
    expect(el.textContent).to.contain(first);
  });

  /**
   * Puts a fragment on the page and, in the same task (as a portal's script would), gives it data
   * of the same shape and lengths as the fragment's (so its nodes would match) but other words.
   */
  async function withOwnData(tag: string): Promise<{ el: DutyList; own: Json }> {
    const container = document.createElement('div');
    document.body.append(container);
    container.append(parse(await prerender(tag)));
    const el = container.firstElementChild as DutyList;
    const own = structuredClone(data);
    own.organization.duties.forEach((duty) => (duty.text.zh = duty.text.zh.replace(/[\u4e00-\u9fff]/g, '责')));
    el.data = own;
    await el.updateComplete;
    return { el, own };
  }

  /** The list shows `own`'s duties, and none of the fragment's words. */
  function showsOwnDuties(list: Element, own: Json): void {
    const items = [...list.querySelectorAll('[part~="item"]')].map((li) => li.textContent!);
    expect(items.length).to.equal(own.organization.duties.length);
    own.organization.duties.forEach((duty, i) => expect(items[i]).to.contain(duty.text.zh));
    expect(list.textContent).not.to.contain(data.organization.duties[0]!.text.zh);
  }

  it('data set before the fragment is adopted renders that data, not the text the server wrote', async () => {
    const { el, own } = await withOwnData('duty-list');
    await frames(2);
    showsOwnDuties(el, own);
    // Rendered from its own data: a later change still reaches the page.
    el.data = json;
    await el.updateComplete;
    expect(el.textContent).to.contain(data.organization.duties[0]!.text.zh);
  });

  it('a profile given other data before adopting shows it in its nested elements too', async () => {
    const { el, own } = await withOwnData('org-profile');
    await until(() => el.querySelector('duty-list [part~="item"]') !== null, "the profile's duty list");
    const list = el.querySelector('duty-list') as DutyList;
    await list.updateComplete;
    showsOwnDuties(list, own);
    expect(el.textContent).not.to.contain(data.organization.duties[0]!.text.zh);
  });

  it('with src, the prerendered content stays while the file loads, then the file renders', async () => {
    const fragment = await prerender('duty-list', {}, { src: '/data/suzhou-land-resources-bureau.json' });
    const { el, before } = await mount(fragment);
    expect(before.every((t) => t.isConnected)).to.equal(true);
    for (let i = 0; i < 40 && (el as unknown as { dataState: { status: string } }).dataState.status !== 'ready'; i++)
      await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
    expect(el.querySelectorAll('[part~="item"]').length).to.equal(data.organization.duties.length);
  });

  it(
    "survives a rich-text editor's paste filter " +
      '(comments, scripts, data- and unknown attributes stripped): it still reads',
    async () => {
      const content = parse(await prerender('duty-list'));
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_COMMENT);
      const comments: Node[] = [];
      for (let c = walker.nextNode(); c; c = walker.nextNode()) comments.push(c);
      comments.forEach((c) => c.parentNode!.removeChild(c));
      content.querySelectorAll('script, template').forEach((s) => s.remove());
      content
        .querySelectorAll('*')
        .forEach((e) =>
          [...e.attributes]
            .filter((a) => a.name.startsWith('data-') || a.name === 'part')
            .forEach((a) => e.removeAttribute(a.name)),
        );
      const html = document.createElement('div');
      html.append(content);
      const { el } = await mount(html.innerHTML);
      const text = el.textContent!.replace(/\s+/g, '');
      expect(text).to.contain(data.organization.duties[0]!.text.zh.replace(/\s+/g, ''));
    },
  );

  it('escapes every injection payload: text stays text, and the data block cannot be closed early', async () => {
    for (const payload of XSS_PAYLOADS) {
      const dataset = smallDataset() as { organization: { name: { zh: string }; duties: { text: { zh: string } }[] } };
      dataset.organization.duties[0]!.text.zh = payload;
      const response = await fetch('/__prerender__', {
        method: 'POST',
        body: JSON.stringify({ tag: 'duty-list', dataset }),
      });
      const fragment = await response.text();
      const content = parse(fragment);
      const scripts = [...content.querySelectorAll('script')];
      expect(scripts.length, payload).to.equal(1);
      expect(scripts[0]!.getAttribute('type')).to.equal('application/json');
      expect(JSON.parse(scripts[0]!.textContent!).organization.duties[0].text.zh).to.equal(payload);
      const active = [...content.querySelectorAll('*')].filter(
        (e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')) ||
          ['img', 'svg', 'iframe', 'object', 'embed', 'body'].includes(e.localName),
      );
      expect(
        active.map((e) => e.outerHTML.slice(0, 60)),
        payload,
      ).to.deep.equal([]);
      const texts = [...content.querySelectorAll('[part~="text"]')].map((t) => t.textContent);
      if (
        response.ok &&
        !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(payload)
      ) {
        expect(texts.join(''), payload).to.contain(payload.trim());
      }
    }
  });
});
