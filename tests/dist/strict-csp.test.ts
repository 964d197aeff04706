import { expect } from '@open-wc/testing';
import { until, wait } from '../helpers/wait.js';

// The built bundle on a page served with a strict policy (see strictCspMiddleware):
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// Every element renders and is used (selection, keys, expand, zoom, find, filter, linked hover,
// language, large text, export) and the page reports no violation. Two controls prove the
// policy is really enforced: an inline style attribute and an innerHTML assignment are refused.

type Frame = Window & { violations: { directive: string; blocked: string; sample: string; source: string }[] };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  let iframe: HTMLIFrameElement;
  let win: Frame;
  let doc: Document;

  before(async function () {
    this.timeout(30_000);
    iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 1100px; height: 900px; border: 0';
    iframe.src = '/tests/pages/strict-csp.html';
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    win = iframe.contentWindow as Frame;
    doc = iframe.contentDocument!;
    await until(() => Boolean(win.customElements.get('org-profile')), 'the bundle defines the tags', 8000);
    const chart = doc.querySelector('#chart') as Lit;
    await until(() => (chart.querySelectorAll('[role="treeitem"]').length ?? 0) > 20, 'the chart renders', 8000);
  });
  after(() => iframe.remove());

  it('is really served under the policy: an inline style attribute and an innerHTML string are refused', async () => {
    const probe = doc.createElement('div');
    doc.body.append(probe);
    probe.setAttribute('style', 'color: red');
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/); // the frame's own TypeError
    await wait(50);
    const directives = win.violations.map((v) => v.directive);
    expect(directives).to.include('style-src-attr');
    expect(directives).to.include('require-trusted-types-for');
    probe.remove();
    win.violations.length = 0;
  });

  it('renders every element and survives being used, with no violation', async function () {
    this.timeout(30_000);
    const chart = doc.querySelector('#chart') as Lit & {
      exportSvg?: () => Promise<string>;
      exportPng?: (o?: object) => Promise<Blob>;
      zoomIn(): void;
      fit(): void;
      expandAll(): void;
    };
    const root = chart;
    // Select with the mouse, walk with keys, expand everything, zoom and fit.
    const unit = root.querySelector<HTMLElement>('[role="treeitem"][data-type="unit"]')!;
    unit.click();
    unit.focus();
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'End', 'Home', '*']) {
      chart.ownerDocument.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
      );
      await chart.updateComplete;
    }
    chart.expandAll();
    chart.zoomIn();
    chart.fit();
    // Find a unit by name.
    const find = root.querySelector<HTMLInputElement>('[part~="find-input"]')!;
    find.value = '地籍';
    find.dispatchEvent(new Event('input', { bubbles: true }));
    find.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // Filter duties; hover a leader so the chart marks their units.
    const duties = doc.querySelector('duty-list') as Lit;
    const filter = duties.querySelector<HTMLInputElement>('[part~="filter-input"]')!;
    filter.value = '耕地';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    const leaders = doc.querySelector('leader-list') as Lit;
    await until(() => Boolean(leaders.querySelector('[part~="card"]')), 'the leader list renders', 8000);
    const card = leaders.querySelector('[part~="card"]')!;
    card.dispatchEvent(new MouseEvent('mouseenter'));
    await chart.updateComplete;
    expect(root.querySelector('.highlighted'), 'hovering a leader marks their units').to.exist;
    card.dispatchEvent(new MouseEvent('mouseleave'));
    // Switch language and large text on everything.
    doc.documentElement.lang = 'en';
    for (const el of doc.querySelectorAll('main > *')) el.toggleAttribute('large-text');
    await wait(300);
    await chart.updateComplete;
    // Export, where this build has it.
    if (chart.exportSvg) expect(await chart.exportSvg()).to.contain('<svg');
    if (chart.exportPng) expect((await chart.exportPng({ scale: 1 })).size).to.be.greaterThan(1000);
    await wait(200);

    for (const el of doc.querySelectorAll<Lit>('main > *')) {
      expect(el.querySelector('[part~="error"]'), el.localName).to.equal(null);
      expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(40);
    }
    const profile = doc.querySelector('org-profile') as Lit;
    expect(profile.querySelector('h1')!.textContent).to.contain('Suzhou');
    expect(win.violations).to.deep.equal([]);
  });
});
