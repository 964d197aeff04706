import { expect } from '@open-wc/testing';
import { clippedText, overlappingText, textBoxes } from '../elements/layout-audit.js';

// The built bundle, loaded twice, on a page whose own CSS is as hostile as portal CSS gets:
// everything reset with `all: unset !important`, a tiny root font size, a huge odd body font,
// magenta text, wide letter-spacing and right-to-left direction.
//
// The elements render in the light DOM so that a portal's accessibility toolbar can recolour and
// resize their text. What we still promise on such a page is the layout: every box where it
// belongs, left to right, no overlapping, clipped or overflowing text. What we no longer promise
// (we did while the text sat in shadow roots) is our own typography: the page's font, colour,
// letter-spacing and case now reach the text, exactly as a toolbar's would.

const BUNDLE = '/dist/gov-org-elements.js';
const HOSTILE_CSS = `
  *, *::before, *::after { all: unset !important; }
  style, script, head { display: none !important; }
  html { font-size: 10px !important; }
  body { display: block !important; font: italic 700 30px/0.8 "Comic Sans MS", cursive !important;
    color: #ff00ff !important; letter-spacing: 4px !important; word-spacing: 12px !important;
    text-align: right !important; text-transform: uppercase !important;
    white-space: pre !important; direction: rtl !important; }
  div { display: block !important; }
  org-chart, duty-list, leader-list, staffing-summary, org-profile, leader-card {
    display: inline !important; visibility: visible !important; }
`;

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Every element inside `host`'s shadow tree (and nested ones) that holds text directly. */
function textHolders(host: Element): Element[] {
  return textBoxes(host).map((b) => b.element);
}

describe('a hostile host page, with two copies of the bundle', () => {
  let style: HTMLStyleElement;
  const warnings: string[] = [];
  const originalWarn = console.warn;

  before(async () => {
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    await import(BUNDLE as string);
    await import(`${BUNDLE}?copy=2` as string);
    console.warn = originalWarn;
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it("keeps the first copy's loader and warns once about the second", () => {
    expect(warnings.filter((w) => w.includes('second copy'))).to.have.length(1);
    expect(warnings).to.have.length(1);
  });

  it("renders a whole profile with its own layout and direction, no broken text, the page's typography", async () => {
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('width', '760px', 'important');
    wrapper.innerHTML = '<org-profile></org-profile>';
    document.body.append(wrapper);
    const profile = wrapper.querySelector('org-profile') as Lit;
    await profile.updateComplete;
    // The chart's code follows the profile's first view (when the page is idle).
    await customElements.whenDefined('org-chart');
    await (profile.querySelector('org-chart') as Lit).updateComplete;
    await frames(8);
    try {
      // The hostile rules are live; the host's own layout (a block) holds against them.
      expect(getComputedStyle(document.body).color).to.equal('rgb(255, 0, 255)');
      expect(getComputedStyle(profile).display).to.equal('block');
      const h1 = profile.querySelector('h1')!;
      expect(h1.textContent).to.equal('苏州市国土资源局');
      const holders = textHolders(profile);
      expect(holders.length).to.be.greaterThan(100);
      for (const el of holders) {
        const s = getComputedStyle(el);
        const where = `${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 10)}"`;
        // The layout is ours.
        expect(s.direction, where).to.equal('ltr');
        expect(s.whiteSpace, where).not.to.equal('pre');
        expect(parseFloat(s.fontSize), where).to.be.within(8, 40);
        // The page's typography reaches the text, as a toolbar's recolouring must (decoration
        // hidden from assistive technology, such as a box's +/− mark, keeps its own).
        if (el.closest('[aria-hidden="true"]')) continue;
        expect(s.color, where).to.equal('rgb(255, 0, 255)');
        expect(s.fontFamily, where).to.contain('Comic Sans');
      }
      expect(overlappingText(textBoxes(profile))).to.deep.equal([]);
      // Nothing hidden off-screen widens the page (on this right-to-left page, overflow to the left scrolls).
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(clippedText(profile)).to.deep.equal([]);
      const chart = profile.querySelector('org-chart')!;
      const units = [...chart.querySelectorAll('[role="treeitem"][data-type="unit"]')];
      // The page's 30 px text makes big boxes: the fitted chart draws what is in view (at most all 22).
      expect(units.length).to.be.within(12, 22);
      // Forced inline, the element still sees its 760 px of room: a chart, not the phone list.
      expect(chart.querySelector('[part~="viewport"]'), 'chart mode').to.exist;
      for (const unit of units.slice(0, 5)) expect(unit.getBoundingClientRect().width).to.be.greaterThan(40);
    } finally {
      wrapper.remove();
    }
  });
});
