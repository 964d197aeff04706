import { expect, fixture, html } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/data/use-bundled-dataset.js';
import '../../src/define/org-profile.js';
import type { OrgProfile } from '../../src/elements/org-profile/org-profile.js';
import '../../src/define/duty-list.js';
import { textBoxes } from './layout-audit.js';
import { contrastOf, readAtPoint, readableText, recolour } from './page-tools.js';

// Portals' 无障碍 toolbars, crawlers and find-in-page walk the document and never enter shadow
// roots; what they cannot reach does not exist for an elderly visitor who has a page read aloud.

type Json = {
  organization: { duties: { text: { zh: string } }[] };
  people: { name: { zh: string }; portfolio?: { zh: string } }[];
  staffing: { statement: { zh: string } };
  units: { name: { zh: string } }[];
};
const data = json as unknown as Json;

async function mountProfile(): Promise<OrgProfile> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1280px" lang="zh-CN"><org-profile></org-profile></div>`,
  );
  const el = wrapper.querySelector('org-profile')!;
  await el.updateComplete;
  for (let i = 0; i < 8; i++) await new Promise((r) => requestAnimationFrame(r));
  return el;
}

/** The middle of a text's first line (an inline text that wraps has an empty corner in its box). */
const centre = (el: Element): [number, number] => {
  const r = el.getClientRects()[0]!;
  return [r.left + r.width / 2, r.top + r.height / 2];
};

/** Scrolls an element into view and reads what a page-level hover listener gets at its centre. */
function hoverRead(el: Element): { target: Element; text: string } {
  el.scrollIntoView({ block: 'center' });
  return readAtPoint(...centre(el));
}

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('page tools that walk the document reach our text', () => {
  it('a walk from document (no shadow roots) reaches every duty, leader, portfolio, the staffing and the chart boxes', async () => {
    const el = await mountProfile();
    const text = squash(readableText(el).join(''));
    for (const duty of data.organization.duties)
      expect(text, duty.text.zh.slice(0, 12)).to.contain(squash(duty.text.zh));
    for (const person of data.people) {
      expect(text).to.contain(person.name.zh);
      if (person.portfolio) expect(text).to.contain(squash(person.portfolio.zh));
    }
    expect(text).to.contain(squash(data.staffing.statement.zh));
    const boxes = [...el.querySelectorAll('org-chart [role="treeitem"]')];
    expect(boxes.length).to.be.greaterThan(20);
    for (const box of boxes) expect(text).to.contain(squash((box as HTMLElement).innerText).slice(0, 6));
  });

  it('指读: hovering a duty, a leader, a portfolio and a chart box reads exactly that text, from a light-DOM target', async () => {
    const el = await mountProfile();
    const duty = [...el.querySelectorAll('duty-list [part~="item"]:not([part~="item--folded"]) [part~="text"]')][0]!;
    const name = el.querySelector('leader-list [part~="name"]')!;
    const portfolio = el.querySelector('leader-list [part~="portfolio"]')!;
    const box = el.querySelector('org-chart [role="treeitem"][data-type="unit"] .line')!;
    for (const shown of [duty, name, portfolio, box]) {
      const { target, text } = hoverRead(shown);
      expect(target.getRootNode(), 'target in the document').to.equal(document);
      expect(el.contains(target)).to.equal(true);
      expect(text).to.equal((shown as HTMLElement).innerText.trim());
      expect(text.length).to.be.greaterThan(1);
    }
  });

  it('配色: under a dark scheme written inline on every element, our text stays ≥ 4.5:1 against what is behind it', async () => {
    const el = await mountProfile();
    const undo = recolour('#ffffff', '#000080');
    try {
      const holders = textBoxes(el)
        .map((b) => b.element)
        .filter((e) => !e.closest('[aria-hidden="true"]'));
      expect(holders.length).to.be.greaterThan(100);
      const poor = holders
        .filter((h) => contrastOf(h) < 4.5)
        .map((h) => `${h.localName}.${h.className} ${contrastOf(h).toFixed(2)}`);
      expect(poor).to.deep.equal([]);
    } finally {
      undo();
    }
  });
});

/** The npm `accessibility` toolbar (MIT), loaded as a portal would: one classic script. */
async function loadAccessibilityToolbar(): Promise<{ spoken: string[]; action: (name: string) => void }> {
  const spoken: string[] = [];
  // Headless Chromium has no speech: a recording stand-in, installed before the toolbar looks.
  const win = window as unknown as Record<string, unknown>;
  win['SpeechSynthesisUtterance'] = class {
    lang = '';
    rate = 1;
    voice = null;
    onend = null;
    constructor(public text: string) {}
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      // Speaking ends at once, as a short utterance would (the toolbar stops instead of reading while it thinks it speaks).
      speak: (u: { text: string; onend?: () => void }) => {
        spoken.push(u.text);
        setTimeout(() => u.onend?.());
      },
      cancel() {},
      pause() {},
      getVoices: () => [{ lang: 'zh-CN', name: 'stand-in' }],
      pending: false,
      speaking: false,
    },
  });
  if (!(globalThis as { Accessibility?: unknown }).Accessibility) {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), {
        src: '/node_modules/accessibility/dist/main.bundle.js',
        onload: resolve,
        onerror: reject,
      });
      document.head.append(script);
    });
    // Emoji icons: its default icon font would be fetched from a font CDN.
    new (globalThis as unknown as { Accessibility: new (o: object) => unknown }).Accessibility({
      textToSpeechLang: 'zh-CN',
      language: { textToSpeechLang: 'zh-CN' },
      icon: { useEmojis: true },
    });
    for (let i = 0; i < 40 && !document.querySelector('._access-menu [data-access-action="textToSpeech"]'); i++)
      await new Promise((r) => setTimeout(r, 50));
  }
  // A pointer click (detail 1): the toolbar ignores synthetic element.click() calls.
  const action = (name: string): void =>
    void document
      .querySelector(`._access-menu [data-access-action="${name}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
  return { spoken, action };
}

describe('the npm accessibility toolbar on a page with <org-profile>', () => {
  it('click-to-read speaks exactly the clicked duty, leader name and chart box', async () => {
    const el = await mountProfile();
    const { spoken, action } = await loadAccessibilityToolbar();
    action('textToSpeech');
    const duty = el.querySelector<HTMLElement>('duty-list [part~="item"]:not([part~="item--folded"]) [part~="text"]')!;
    const name = el.querySelector<HTMLElement>('leader-list [part~="name"]')!;
    const label = el.querySelector<HTMLElement>('org-chart [role="treeitem"][data-type="unit"] .line')!;
    for (const shown of [duty, name, label]) {
      await new Promise((r) => setTimeout(r, 20));
      spoken.length = 0;
      shown.scrollIntoView({ block: 'center' });
      document
        .elementFromPoint(...centre(shown))!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(spoken).to.deep.equal([shown.innerText]);
    }
    action('textToSpeech'); // off again
  });

  it('larger text reaches the duty list, the leaders and the chart', async () => {
    const el = await mountProfile();
    const { action } = await loadAccessibilityToolbar();
    const sample = (): number[] =>
      ['duty-list [part~="text"]', 'leader-list [part~="portfolio"]', 'org-chart .line'].map((s) =>
        parseFloat(getComputedStyle(el.querySelector(s)!).fontSize),
      );
    const before = sample();
    action('increaseText');
    action('increaseText');
    await new Promise((r) => requestAnimationFrame(r));
    const after = sample();
    after.forEach((size, i) => expect(size, String(i)).to.be.greaterThan(before[i]! * 1.05));
    action('decreaseText');
    action('decreaseText');
  });
});

describe('the npm sienna-accessibility toolbar on a page with <org-profile>', () => {
  it('lists our headings in its page outline and scales our text', async () => {
    const el = await mountProfile();
    const headings = [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.trim());
    expect(headings.length).to.be.greaterThan(10);
    await import('sienna-accessibility' as string);
    for (let i = 0; i < 40 && !document.querySelector('.asw-menu-btn'); i++)
      await new Promise((r) => setTimeout(r, 50));
    document.querySelector<HTMLElement>('.asw-menu-btn')!.click();
    for (let i = 0; i < 40 && !document.querySelector('.asw-plus[data-key="font-size"]'); i++)
      await new Promise((r) => setTimeout(r, 50));
    // Its outline is built from document.querySelectorAll('h1, …, h6'): every heading of ours is in it.
    const outlined = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.trim());
    for (const h of headings) expect(outlined).to.include(h);
    const text = el.querySelector<HTMLElement>('duty-list [part~="text"]')!;
    const label = el.querySelector<HTMLElement>('org-chart .line')!;
    const before = [text, label].map((e) => parseFloat(getComputedStyle(e).fontSize));
    // Its text-size control writes inline font sizes on the p, span, li, td, h1–h6 … it finds from document.
    for (let i = 0; i < 3; i++) document.querySelector<HTMLElement>('.asw-plus[data-key="font-size"]')!.click();
    await new Promise((r) => requestAnimationFrame(r));
    const after = [text, label].map((e) => parseFloat(getComputedStyle(e).fontSize));
    after.forEach((size, i) => expect(size, String(i)).to.be.greaterThan(before[i]! * 1.2));
    for (let i = 0; i < 3; i++) document.querySelector<HTMLElement>('.asw-minus[data-key="font-size"]')!.click();
  });
});

/** What read-aloud and 简繁 toolbars do to a page: wrap each text node, and convert characters. */
function rewriteLikeAToolbar(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if ((n as Text).data.trim() && !n.parentElement?.closest('script')) texts.push(n as Text);
  for (const t of texts) {
    t.data = t.data.replace(/国/g, '國').replace(/资/g, '資');
    const wrap = document.createElement('font');
    t.replaceWith(wrap);
    wrap.append(t);
  }
}

describe('page tools that rewrite our DOM (wrapping text, converting characters)', () => {
  it('a duty list re-rendered by filtering afterwards neither loses nor duplicates a duty, and keeps the conversion', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><duty-list></duty-list></div>`);
    const el = wrapper.querySelector('duty-list')!;
    await el.updateComplete;
    const count = data.organization.duties.length;
    rewriteLikeAToolbar(el);
    el.filter = '耕地';
    await el.updateComplete;
    el.filter = undefined;
    await el.updateComplete;
    const items = [...el.querySelectorAll('[part~="item"]')];
    expect(items.length).to.equal(count);
    // Folded remainders are hidden until found: read the text content, as a 连读 walk does.
    const text = [...el.querySelectorAll('[part~="text"]')]
      .map((t) => t.textContent)
      .join('')
      .replace(/\s+/g, '');
    for (const duty of data.organization.duties) {
      const converted = duty.text.zh.replace(/国/g, '國').replace(/资/g, '資').replace(/\s+/g, '');
      const plain = duty.text.zh.replace(/\s+/g, '');
      const times = text.split(converted).length - 1 + (converted === plain ? 0 : text.split(plain).length - 1);
      expect(times, duty.text.zh.slice(0, 10)).to.equal(1);
    }
    expect(text).to.contain('國土資源');
  });
});
