import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { items, mountChart, settle } from './org-chart-helpers.js';

// The overview (minimap) of a chart larger than its area.

const minimap = (el: OrgChart): HTMLElement | null => el.querySelector<HTMLElement>('[part~="minimap"]');
const viewRect = (el: OrgChart): DOMRect => el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
const onScreen = (el: OrgChart, id: string): boolean => {
  const r = el.querySelector(`[data-id="${id}"]`)?.getBoundingClientRect();
  const v = viewRect(el);
  return !!r && r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom;
};

describe('<org-chart> overview', () => {
  before(() => setViewport({ width: 1280, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('is there only when the chart is larger than its area, and passes axe', async () => {
    const fits = await mountChart({}, 1280);
    expect(minimap(fits)).to.equal(null);
    const el = await mountChart({ view: 'leadership' }, 1024);
    const map = minimap(el)!;
    expect(map).to.not.equal(null);
    expect(map.tabIndex).to.equal(0);
    expect(map.getAttribute('aria-roledescription')).to.equal('概览图');
    expect(map.getAttribute('aria-label')).to.contain('方向键');
    expect(map.querySelector('canvas')!.getAttribute('aria-hidden')).to.equal('true');
    // It comes after the tree, so reading the chart never passes through it.
    const tree = el.querySelector('[role="tree"]')!;
    expect(tree.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('frames the view; a click moves the view there, without selecting anything', async () => {
    const el = await mountChart({ view: 'leadership' }, 1024);
    const last = items(el).at(-1)!.dataset['id']!;
    const map = minimap(el)!;
    map.scrollIntoView({ block: 'center' });
    const frame = map.querySelector('[part~="minimap-view"]')!.getBoundingClientRect();
    const box = map.getBoundingClientRect();
    expect(frame.width).to.be.lessThan(box.width);
    const before = el.transform;
    await sendMouse({ type: 'click', position: [Math.round(box.right - 4), Math.round(box.top + box.height / 2)] });
    await settle(el);
    expect(el.transform.x, 'the view moved right').to.be.lessThan(before.x);
    expect(el.transform.k, 'at the same zoom').to.equal(before.k);
    expect(el.selected).to.equal(undefined);
    expect(document.activeElement).to.equal(minimap(el));
    // The view stops at the content's right edge: its last boxes are on screen.
    const rightmost = items(el).reduce((a, b) =>
      b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a,
    );
    expect(onScreen(el, rightmost.dataset['id']!), `${last} on screen`).to.equal(true);
  });

  it('draws every open box on its canvas once the page is idle', async () => {
    const el = await mountChart({ view: 'leadership' }, 1024);
    // Drawn in an idle callback asked for before this one: by the time this one runs.
    await new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 1000 }));
    const canvas = minimap(el)!.querySelector('canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    expect(
      data.some((v, i) => i % 4 === 3 && v > 0),
      'something drawn',
    ).to.equal(true);
  });

  it('moves the view with the arrow keys when focused', async () => {
    const el = await mountChart({ view: 'leadership' }, 1024);
    minimap(el)!.focus();
    const before = el.transform;
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.transform.x).to.be.lessThan(before.x);
    const right = el.transform.x;
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.transform.x).to.be.greaterThan(right);
    expect(document.activeElement).to.equal(minimap(el));
  });
});
