import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { focused, item, items, mountChart, overlaps, settle } from './org-chart-helpers.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';

const viewport = (el: OrgChart): HTMLElement => el.querySelector<HTMLElement>('[part~="viewport"]')!;
const button = (el: OrgChart, text: string): HTMLButtonElement =>
  [...el.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === text || b.getAttribute('aria-label') === text,
  )!;
const inside = (r: DOMRect, v: DOMRect): boolean =>
  r.left >= v.left - 0.5 && r.right <= v.right + 0.5 && r.top >= v.top - 0.5 && r.bottom <= v.bottom + 0.5;

describe('<org-chart> pan and zoom', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('zooms in and out around the centre with the + and − buttons, and fits again', async () => {
    const el = await mountChart();
    const before = item(el, 'general-office')!.getBoundingClientRect().width;
    button(el, '放大').click();
    await settle(el);
    expect(el.transform.k).to.be.closeTo(1.25, 1e-9);
    expect(item(el, 'general-office')!.getBoundingClientRect().width).to.be.closeTo(before * 1.25, 0.5);
    button(el, '缩小').click();
    button(el, '缩小').click();
    await settle(el);
    expect(el.transform.k).to.be.closeTo(0.8, 1e-9);
    button(el, '适应窗口').click();
    await settle(el);
    expect(el.transform.k).to.equal(1);
  });

  it('pans when dragged, and a drag that starts on a box does not select it', async () => {
    const el = await mountChart();
    await emulateMedia({ reducedMotion: 'reduce' });
    const start = el.transform;
    const box = item(el, 'general-office')!.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y + 10] });
    await sendMouse({ type: 'move', position: [x + 120, y + 40] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.transform.x - start.x).to.be.closeTo(120, 1);
    expect(el.transform.y - start.y).to.be.closeTo(40, 1);
    expect(el.getAttribute('selected')).to.equal(null);
    // …while a click without movement does select it.
    const moved = item(el, 'general-office')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(moved.left + moved.width / 2), Math.round(moved.top + moved.height / 2)],
    });
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('general-office');
  });

  it('zooms with Ctrl + wheel but leaves a plain wheel to scroll the page', async () => {
    const el = await mountChart();
    const v = viewport(el);
    const plain = new WheelEvent('wheel', {
      deltaY: -100,
      bubbles: true,
      cancelable: true,
      clientX: 300,
      clientY: 300,
    });
    v.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    expect(el.transform.k).to.equal(1);
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      clientX: 300,
      clientY: 300,
    });
    v.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(el.transform.k).to.be.greaterThan(1);
  });

  it('moves the view to keep the keyboard focus visible', async () => {
    const el = await mountChart();
    button(el, '放大').click();
    button(el, '放大').click();
    button(el, '放大').click();
    await settle(el);
    item(el, 'general-office')!.focus();
    for (let i = 0; i < 11; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal('discipline-inspection-office');
    expect(
      inside(item(el, 'discipline-inspection-office')!.getBoundingClientRect(), viewport(el).getBoundingClientRect()),
    ).to.equal(true);
  });

  it('animates view changes, except when the visitor prefers reduced motion', async () => {
    const el = await mountChart();
    const canvas = el.querySelector('[part~="canvas"]')!;
    expect(getComputedStyle(canvas).transitionDuration).to.equal('0.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(canvas).transitionDuration).to.equal('0s');
  });
});

describe('<org-chart> first view', () => {
  const nameSizes = (el: OrgChart): number[] =>
    items(el).map((i) => i.querySelector('.label')!.getBoundingClientRect().height / 1.4);
  const outsideNote = (el: OrgChart): string | undefined =>
    el.querySelector('[part~="outside"]')?.textContent?.trim() || undefined;
  const countOutside = (el: OrgChart): number => {
    const v = viewport(el).getBoundingClientRect();
    return items(el).filter((i) => !inside(i.getBoundingClientRect(), v)).length;
  };

  it('opens at a readable scale when the tree does not fit, says what is outside; Fit shows it all', async () => {
    const el = await mountChart({ view: 'leadership' }, 1024);
    expect(el.transform.k, 'not shrunk below a 12 px name').to.be.at.least(0.8 - 1e-9);
    expect(Math.min(...nameSizes(el))).to.be.at.least(11.9);
    const root = items(el)[0]!.getBoundingClientRect();
    expect(inside(root, viewport(el).getBoundingClientRect()), 'the organisation is in view').to.equal(true);
    // Every box of the open tree is drawn near the view; those outside the area are counted.
    const outside = countOutside(el);
    expect(outside).to.be.greaterThan(0);
    expect(outsideNote(el)).to.equal(`视图外还有 ${outside} 个方框，可拖动或缩小查看`);

    button(el, '适应窗口').click();
    await settle(el);
    expect(el.transform.k, 'the reader asked for the whole tree').to.be.below(0.8);
    expect(countOutside(el)).to.equal(0);
    expect(outsideNote(el)).to.equal(undefined);
  });

  it('fits a tree that fits without a note', async () => {
    const el = await mountChart({}, 1280);
    expect(countOutside(el)).to.equal(0);
    expect(outsideNote(el)).to.equal(undefined);
  });
});

describe('<org-chart> with thousands of units', () => {
  it('renders only the boxes on screen, and still reaches any box from the keyboard', async () => {
    const data = syntheticOrg(3000, 3);
    const el = await mountChart({ data, expandDepth: 99 });
    // Every unit has a box once all is open, plus the organisation's.
    const total = (data as { units: unknown[] }).units.length + 1;
    const rendered = items(el).length;
    expect(total).to.be.greaterThan(3000);
    expect(rendered).to.be.lessThan(total / 5);
    expect(overlaps(items(el).map((n) => ({ id: n.dataset['id']!, r: n.getBoundingClientRect() })))).to.deep.equal([]);
    item(el, 'synthetic-bureau')!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const last = focused(el)!;
    expect(last).to.match(/^unit-/);
    expect(inside(item(el, last)!.getBoundingClientRect(), viewport(el).getBoundingClientRect())).to.equal(true);
  });
});

describe('<org-chart> narrow list', () => {
  it('stacks rows below the toolbar without overlap', async () => {
    const el = await mountChart({}, 380);
    const parts = [...el.querySelectorAll<HTMLElement>('button, [role="treeitem"]')];
    expect(
      overlaps(parts.map((p, i) => ({ id: `${i}:${p.dataset['id'] ?? p.textContent}`, r: p.getBoundingClientRect() }))),
    ).to.deep.equal([]);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(1000);
  });
});
