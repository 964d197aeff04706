import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import { minimapCode } from '../../src/elements/org-chart/minimap-slot.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
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

  // First in the file: no chart on the page has loaded the overview's code yet.
  it('loads its code only for a chart with boxes outside the view, and survives a failed load', async () => {
    const load = minimapCode.load;
    const calls: string[] = [];
    let fail = true;
    minimapCode.load = () => {
      calls.push(fail ? 'failed' : 'loaded');
      return fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load();
    };
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent): void => void errors.push(e.reason);
    addEventListener('unhandledrejection', onError);
    try {
      const fits = await mountChart({}, 1280);
      expect(minimap(fits)).to.equal(null);
      expect(calls, 'every box fits: no request').to.deep.equal([]);
      const el = await mountChart({ view: 'leadership' }, 1024);
      expect(calls).to.deep.equal(['failed']);
      expect(minimap(el), 'no overview').to.equal(null);
      expect(items(el).length, 'the chart is whole').to.be.greaterThan(5);
      expect(el.querySelector('[part~="error"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
      // Zooming renders again, but does not hammer the server with requests.
      fail = false;
      el.zoomOut();
      await settle(el);
      expect(calls, 'not asked again at once').to.deep.equal(['failed']);
      // Ten seconds on, the next render asks again, and the overview comes.
      const now = performance.now.bind(performance);
      performance.now = () => now() + 11_000;
      try {
        el.zoomIn();
        await settle(el);
      } finally {
        performance.now = now;
      }
      await settle(el);
      expect(calls).to.deep.equal(['failed', 'loaded']);
      expect(minimap(el), 'asked again later').to.not.equal(null);
    } finally {
      removeEventListener('unhandledrejection', onError);
      minimapCode.load = load;
    }
  });

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

  it('of a chart far wider than deep, is tall enough to see and hit, and moves the view where clicked', async () => {
    // 2,000 units fully open: tens of thousands of px wide, a few screens deep.
    const el = await mountChart({ data: syntheticOrg(2000, 3), expandDepth: 99 });
    const map = minimap(el)!;
    map.scrollIntoView({ block: 'center' });
    const box = map.getBoundingClientRect();
    expect(box.width, 'it takes the full width').to.be.greaterThan(170);
    expect(box.height, 'not a line').to.be.at.least(48);
    const frame = map.querySelector('[part~="minimap-view"]')!.getBoundingClientRect();
    expect(frame.width, 'the frame shows').to.be.at.least(8);
    expect(frame.height).to.be.at.least(8);
    // A click on a box drawn low in the overview, far from the frame, brings that box on screen:
    // the click is read back by the overview's own scale on each axis (it is stretched downwards).
    await new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 1000 }));
    const canvas = map.querySelector('canvas')!;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const frameX = (frame.left + frame.width / 2 - box.left - map.clientLeft) * ratio;
    let target: { x: number; y: number } | undefined;
    for (let y = height - 1; y > height * 0.6 && !target; y--)
      for (let x = 0; x < width && !target; x++)
        if (data[(y * width + x) * 4 + 3]! > 0 && Math.abs(x - frameX) > 40 * ratio) target = { x, y };
    expect(target, 'boxes drawn low down, away from the frame').to.not.equal(undefined);
    const canvasBox = canvas.getBoundingClientRect();
    const at = [canvasBox.left + (target!.x + 0.5) / ratio, canvasBox.top + (target!.y + 0.5) / ratio];
    const before = new Set(items(el).map((i) => i.dataset['id']));
    await sendMouse({ type: 'click', position: [Math.round(at[0]!), Math.round(at[1]!)] });
    await settle(el);
    const view = el.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    const shown = items(el).filter((i) => {
      const r = i.getBoundingClientRect();
      return r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
    });
    expect(shown.length, 'boxes are on screen there').to.be.greaterThan(0);
    expect(
      shown.filter((i) => !before.has(i.dataset['id'])).length,
      'and they are not the ones shown before',
    ).to.be.greaterThan(0);
  });

  it('of a wide chart, goes to either end with Home and End and a screen on with Page Down', async () => {
    const el = await mountChart({ data: syntheticOrg(2000, 3), expandDepth: 99 });
    const map = minimap(el)!;
    const frame = (): DOMRect => map.querySelector('[part~="minimap-view"]')!.getBoundingClientRect();
    const inner = (): { left: number; right: number } => {
      const r = map.getBoundingClientRect();
      return { left: r.left + map.clientLeft, right: r.left + map.clientLeft + map.clientWidth };
    };
    map.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(frame().right, 'at the right end').to.be.closeTo(inner().right, 1);
    const y = el.transform.y;
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(frame().left, 'at the left end').to.be.closeTo(inner().left, 1);
    expect(el.transform.y, 'along the long side only').to.equal(y);
    const x = el.transform.x;
    const width = el.querySelector('[part~="viewport"]')!.clientWidth;
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(el.transform.x, 'a screen to the right').to.be.closeTo(x - width, 1);
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect(el.transform.x, 'and back').to.be.closeTo(x, 1);
    expect(document.activeElement).to.equal(map);
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
