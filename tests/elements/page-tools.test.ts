import { expect, fixture, html } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import '../../src/define/duty-list.js';
import { textBoxes } from './layout-audit.js';
import { centre, contrastOf, mountProfile, readAtPoint, readableText, recolour, squash } from './page-tools.js';

// Portals' 无障碍 toolbars, crawlers and find-in-page walk the document and never enter shadow
// roots; what they cannot reach does not exist for an elderly visitor who has a page read aloud.
// The npm toolbars themselves are run in npm-toolbars.test.ts.

type Json = {
  organization: { duties: { text: { zh: string } }[] };
  people: { name: { zh: string }; portfolio?: { zh: string } }[];
  staffing: { statement: { zh: string } };
  units: { name: { zh: string } }[];
};
const data = json as unknown as Json;

/** Scrolls an element into view and reads what a page-level hover listener gets at its centre. */
function hoverRead(el: Element): { target: Element; text: string } {
  el.scrollIntoView({ block: 'center' });
  return readAtPoint(...centre(el));
}

describe('page tools that walk the document reach our text', () => {
  it('a walk from document (no shadow roots) reaches every duty, leader, portfolio, chart box', async () => {
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

  it('指读: hovering a duty, leader, portfolio or chart box reads exactly its text, from light DOM', async () => {
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

  it('配色: under a dark scheme written inline everywhere, our text stays ≥ 4.5:1 on its background', async () => {
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
  it('a duty list re-rendered by a filter neither loses nor duplicates a duty, keeping the conversion', async () => {
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
