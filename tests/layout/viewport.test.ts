import { expect } from '@open-wc/testing';
import {
  countOutside,
  DEFAULT_ZOOM_LIMITS,
  fitTransform,
  intersects,
  panBy,
  pinchTransform,
  revealTransform,
  visibleContentRect,
  wheelFactor,
  zoomAt,
} from '../../src/layout/viewport.js';
import type { Point, Rect, ViewTransform } from '../../src/layout/viewport.js';

const EPS = 1e-9;
const toScreen = (t: ViewTransform, p: Point): Point => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });
const toContent = (t: ViewTransform, p: Point): Point => ({ x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k });

function expectPoint(actual: Point, expected: Point, eps = EPS): void {
  expect(actual.x, 'x').to.be.closeTo(expected.x, eps);
  expect(actual.y, 'y').to.be.closeTo(expected.y, eps);
}

function expectTransform(actual: ViewTransform, expected: ViewTransform, eps = EPS): void {
  expectPoint(actual, expected, eps);
  expect(actual.k, 'k').to.be.closeTo(expected.k, eps);
}

function expectFinite(value: object): void {
  for (const [name, n] of Object.entries(value)) expect(Number.isFinite(n), `${name} = ${String(n)}`).to.equal(true);
}

const corners = (r: Rect): Point[] => [
  { x: r.x, y: r.y },
  { x: r.x + r.width, y: r.y },
  { x: r.x, y: r.y + r.height },
  { x: r.x + r.width, y: r.y + r.height },
];

const view = { width: 800, height: 600 };

describe('fitTransform', () => {
  it('scales a large chart down to fit inside the padding and centres it', () => {
    const content = { x: 0, y: 0, width: 1000, height: 500 };
    const t = fitTransform(content, view, 20);
    expect(t.k).to.be.closeTo(760 / 1000, EPS);
    expectPoint(toScreen(t, { x: 500, y: 250 }), { x: 400, y: 300 });
  });

  it('keeps all four corners inside the padded view for wide, tall and offset content', () => {
    const shapes: Rect[] = [
      { x: 0, y: 0, width: 3000, height: 400 },
      { x: 0, y: 0, width: 300, height: 2400 },
      { x: -250, y: 75, width: 1200, height: 900 },
      { x: 40, y: -900, width: 799, height: 601 },
    ];
    for (const content of shapes) {
      const t = fitTransform(content, view, 24);
      for (const c of corners(content)) {
        const s = toScreen(t, c);
        expect(s.x, JSON.stringify(content)).to.be.within(24 - EPS, 776 + EPS);
        expect(s.y, JSON.stringify(content)).to.be.within(24 - EPS, 576 + EPS);
      }
      expectPoint(toScreen(t, { x: content.x + content.width / 2, y: content.y + content.height / 2 }), {
        x: 400,
        y: 300,
      });
    }
  });

  it('touches the padding on the tighter axis, so the fit is as large as possible', () => {
    const content = { x: 10, y: 10, width: 400, height: 1100 };
    const t = fitTransform(content, view, 50);
    expect(toScreen(t, { x: 0, y: 10 }).y).to.be.closeTo(50, EPS);
    expect(toScreen(t, { x: 0, y: 1110 }).y).to.be.closeTo(550, EPS);
  });

  it('does not blow a small chart up beyond maxFitScale, which defaults to 1', () => {
    const small = { x: 0, y: 0, width: 100, height: 50 };
    const t = fitTransform(small, view, 20);
    expect(t).to.deep.equal({ x: 350, y: 275, k: 1 });
    expect(fitTransform(small, view, 20, DEFAULT_ZOOM_LIMITS, 2).k).to.equal(2);
  });

  it('clamps to the zoom limits, still centring the content', () => {
    const huge = { x: 0, y: 0, width: 100_000, height: 100 };
    const t = fitTransform(huge, view, 20);
    expect(t.k).to.equal(DEFAULT_ZOOM_LIMITS.min);
    expectPoint(toScreen(t, { x: 50_000, y: 50 }), { x: 400, y: 300 });
    expect(fitTransform({ x: 0, y: 0, width: 10, height: 10 }, view, 0, { min: 0.1, max: 1.5 }, 10).k).to.equal(1.5);
    expect(fitTransform(huge, view, 20, { min: 0.001, max: 4 }).k).to.be.closeTo(760 / 100_000, EPS);
  });

  it('fits a zero-width or zero-height chart by its other side', () => {
    expect(fitTransform({ x: 0, y: 0, width: 0, height: 1120 }, view, 20).k).to.be.closeTo(0.5, EPS);
    expect(fitTransform({ x: 0, y: 0, width: 1520, height: 0 }, view, 20).k).to.be.closeTo(0.5, EPS);
  });

  it('centres an empty chart at maxFitScale without NaN', () => {
    const t = fitTransform({ x: 30, y: 40, width: 0, height: 0 }, view, 20);
    expect(t.k).to.equal(1);
    expectPoint(toScreen(t, { x: 30, y: 40 }), { x: 400, y: 300 });
  });

  it('stays finite for a zero-size view, padding wider than the view, and NaN input', () => {
    const content = { x: 0, y: 0, width: 500, height: 500 };
    for (const t of [
      fitTransform(content, { width: 0, height: 0 }, 20),
      fitTransform({ x: 0, y: 0, width: 0, height: 0 }, { width: 0, height: 0 }, 0),
      fitTransform(content, { width: 100, height: 100 }, 500),
      fitTransform(
        { x: NaN, y: NaN, width: NaN, height: NaN },
        { width: NaN, height: NaN },
        NaN,
        DEFAULT_ZOOM_LIMITS,
        NaN,
      ),
      fitTransform(content, view, 10, { min: NaN, max: NaN }),
    ]) {
      expectFinite(t);
      expect(t.k).to.be.greaterThan(0);
    }
    expect(fitTransform(content, { width: 0, height: 0 }, 20).k).to.equal(DEFAULT_ZOOM_LIMITS.min);
  });
});

describe('zoomAt', () => {
  const start: ViewTransform = Object.freeze({ x: 120, y: -45, k: 0.8 });

  it('keeps the content point under the cursor fixed on screen', () => {
    for (const point of [
      { x: 0, y: 0 },
      { x: 400, y: 300 },
      { x: 731.5, y: 12.25 },
    ]) {
      for (const factor of [1.25, 0.6, 2, 0.5]) {
        const before = toContent(start, point);
        const t = zoomAt(start, factor, point);
        expect(t.k).to.be.closeTo(0.8 * factor, EPS);
        expectPoint(toScreen(t, before), point);
      }
    }
  });

  it('returns to the start when zoomed back by the inverse factor at the same point', () => {
    for (const factor of [1.1, 1.7, 0.9, 0.3]) {
      const point = { x: 333, y: 444 };
      expectTransform(zoomAt(zoomAt(start, factor, point), 1 / factor, point), start);
    }
  });

  it('clamps k to the limits and still keeps the point under the cursor fixed', () => {
    const point = { x: 200, y: 100 };
    const before = toContent(start, point);
    const inMost = zoomAt(start, 100, point);
    expect(inMost.k).to.equal(DEFAULT_ZOOM_LIMITS.max);
    expectPoint(toScreen(inMost, before), point);
    const outMost = zoomAt(start, 0.001, point);
    expect(outMost.k).to.equal(DEFAULT_ZOOM_LIMITS.min);
    expectPoint(toScreen(outMost, before), point);
    expect(zoomAt(start, 10, point, { min: 0.5, max: 1.2 }).k).to.equal(1.2);
  });

  it('does not move when already at a limit and zooming further that way', () => {
    const atMax = { x: 10, y: 20, k: 3 };
    expect(zoomAt(atMax, 2, { x: 500, y: 500 })).to.deep.equal(atMax);
  });

  it('returns an equal new transform for factor 1 and ignores NaN, zero, negative and infinite factors', () => {
    for (const factor of [1, NaN, 0, -2, Infinity]) {
      const t = zoomAt(start, factor, { x: 50, y: 60 });
      expect(t, String(factor)).to.deep.equal(start);
      expect(t).not.to.equal(start);
    }
  });

  it('stays finite for a zero or NaN scale and a NaN point', () => {
    expectFinite(zoomAt({ x: 0, y: 0, k: 0 }, 2, { x: 10, y: 10 }));
    expectFinite(zoomAt({ x: NaN, y: 5, k: NaN }, 2, { x: 10, y: 10 }));
    expectFinite(zoomAt(start, 2, { x: NaN, y: Infinity }));
  });
});

describe('panBy', () => {
  it('moves by the offsets and keeps the scale, in a new object', () => {
    const start = Object.freeze({ x: 10, y: 20, k: 1.5 });
    const t = panBy(start, -30, 45);
    expect(t).to.deep.equal({ x: -20, y: 65, k: 1.5 });
    expect(panBy(start, 0, 0)).not.to.equal(start);
  });

  it('ignores NaN or infinite offsets', () => {
    expect(panBy({ x: 10, y: 20, k: 1 }, NaN, Infinity)).to.deep.equal({ x: 10, y: 20, k: 1 });
  });
});

describe('visibleContentRect', () => {
  it('is the view itself for the identity transform', () => {
    expect(visibleContentRect({ x: 0, y: 0, k: 1 }, view)).to.deep.equal({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('maps the screen corners back to content space when panned and zoomed', () => {
    const t = { x: -150, y: 90, k: 2 };
    const r = visibleContentRect(t, view);
    expectPoint({ x: r.x, y: r.y }, toContent(t, { x: 0, y: 0 }));
    expectPoint({ x: r.x + r.width, y: r.y + r.height }, toContent(t, { x: 800, y: 600 }));
  });

  it('grows by the margin in screen pixels, which is less content at higher zoom', () => {
    const r = visibleContentRect({ x: 0, y: 0, k: 2 }, view, 50);
    expect(r).to.deep.equal({ x: -25, y: -25, width: 450, height: 350 });
  });

  it('stays finite for a zero-size view or a zero scale', () => {
    expect(visibleContentRect({ x: 10, y: 10, k: 1 }, { width: 0, height: 0 })).to.deep.equal({
      x: -10,
      y: -10,
      width: 0,
      height: 0,
    });
    expectFinite(visibleContentRect({ x: 0, y: 0, k: 0 }, view, 10));
    expectFinite(visibleContentRect({ x: NaN, y: 0, k: 1 }, { width: NaN, height: 5 }, NaN));
  });
});

describe('intersects', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };

  it('is true for overlapping or contained rects, in either order', () => {
    for (const b of [
      { x: 90, y: 40, width: 20, height: 20 },
      { x: 10, y: 10, width: 5, height: 5 },
      { x: -10, y: -10, width: 200, height: 200 },
    ]) {
      expect(intersects(a, b)).to.equal(true);
      expect(intersects(b, a)).to.equal(true);
    }
  });

  it('is false for rects apart on either axis or only touching along an edge', () => {
    for (const b of [
      { x: 101, y: 0, width: 10, height: 10 },
      { x: 0, y: -30, width: 10, height: 10 },
      { x: 100, y: 0, width: 10, height: 10 },
      { x: 0, y: 50, width: 10, height: 10 },
    ]) {
      expect(intersects(a, b), JSON.stringify(b)).to.equal(false);
      expect(intersects(b, a), JSON.stringify(b)).to.equal(false);
    }
  });

  it('culls a node just outside the visible rect but keeps it once the margin reaches it', () => {
    const t = { x: 0, y: 0, k: 1 };
    const node = { x: 820, y: 100, width: 100, height: 40 };
    expect(intersects(visibleContentRect(t, view), node)).to.equal(false);
    expect(intersects(visibleContentRect(t, view, 40), node)).to.equal(true);
  });
});

describe('revealTransform', () => {
  const t = Object.freeze({ x: 0, y: 0, k: 1 });
  const margin = 20;

  it('returns an equal transform when the target is already fully visible with its margin', () => {
    const r = revealTransform(t, { x: 20, y: 20, width: 760, height: 560 }, view, margin);
    expect(r).to.deep.equal(t);
    expect(r).not.to.equal(t);
  });

  it('moves a target off the right or bottom edge just until it clears the margin', () => {
    const r = revealTransform(t, { x: 750, y: 590, width: 100, height: 40 }, view, margin);
    expect(r).to.deep.equal({ x: -70, y: -50, k: 1 });
  });

  it('moves a target off the left or top edge just until it clears the margin', () => {
    const r = revealTransform(t, { x: -300, y: 5, width: 100, height: 40 }, view, margin);
    expect(r).to.deep.equal({ x: 320, y: 15, k: 1 });
  });

  it('moves only along the axis where the target is hidden', () => {
    expect(revealTransform(t, { x: 900, y: 100, width: 50, height: 50 }, view, margin)).to.deep.equal({
      x: -170,
      y: 0,
      k: 1,
    });
    expect(revealTransform(t, { x: 100, y: -100, width: 50, height: 50 }, view, margin)).to.deep.equal({
      x: 0,
      y: 120,
      k: 1,
    });
  });

  it('counts in screen pixels when zoomed, without changing the scale', () => {
    const zoomed = { x: 100, y: 50, k: 2 };
    const target = { x: 400, y: 100, width: 50, height: 20 };
    const r = revealTransform(zoomed, target, view, margin);
    expect(r.k).to.equal(2);
    expectPoint(toScreen(r, { x: 450, y: 120 }), { x: 780, y: 290 });
    expect(r.y).to.equal(50);
  });

  it('aligns the top-left of a target larger than the view, from either side', () => {
    const big = { x: 1000, y: 1000, width: 2000, height: 2000 };
    expect(revealTransform(t, big, view, margin)).to.deep.equal({ x: -980, y: -980, k: 1 });
    expect(revealTransform({ x: -5000, y: -5000, k: 1 }, big, view, margin)).to.deep.equal({ x: -980, y: -980, k: 1 });
  });

  it('brings a zero-size target inside and stays finite for a zero-size view or NaN input', () => {
    expect(revealTransform(t, { x: 900, y: 10, width: 0, height: 0 }, view, 0)).to.deep.equal({ x: -100, y: 0, k: 1 });
    expectFinite(revealTransform(t, { x: 50, y: 50, width: 10, height: 10 }, { width: 0, height: 0 }, 20));
    expectFinite(revealTransform({ x: NaN, y: 0, k: 0 }, { x: NaN, y: 1, width: NaN, height: 1 }, view, NaN));
  });
});

describe('wheelFactor', () => {
  it('zooms in when scrolling up, out when scrolling down, not at all for zero', () => {
    expect(wheelFactor(-100, 0)).to.be.greaterThan(1);
    expect(wheelFactor(100, 0)).to.be.lessThan(1);
    expect(wheelFactor(0, 0)).to.equal(1);
  });

  it('is exponential, so scrolling back the same distance undoes the zoom', () => {
    expect(wheelFactor(40, 0) * wheelFactor(-40, 0)).to.be.closeTo(1, 1e-12);
    expect(wheelFactor(80, 0)).to.be.closeTo(wheelFactor(40, 0) ** 2, 1e-12);
  });

  it('zooms a comparable step for one notch in pixels (Chrome) or in lines (Firefox)', () => {
    for (const f of [wheelFactor(100, 0), wheelFactor(3, 1)]) expect(f).to.be.within(0.75, 0.95);
    expect(wheelFactor(1, 1)).to.be.lessThan(wheelFactor(1, 0));
    expect(wheelFactor(1, 2)).to.be.lessThan(wheelFactor(1, 1));
  });

  it('never zooms more than ×2 or ÷2 in one event', () => {
    expect(wheelFactor(-1e6, 0)).to.equal(2);
    expect(wheelFactor(1e6, 0)).to.equal(0.5);
    expect(wheelFactor(-10, 2)).to.equal(2);
  });

  it('treats an unknown delta mode as pixels and NaN as no zoom', () => {
    expect(wheelFactor(30, 7)).to.equal(wheelFactor(30, 0));
    expect(wheelFactor(NaN, 0)).to.equal(1);
    expect(wheelFactor(Infinity, 1)).to.equal(1);
  });
});

describe('pinchTransform', () => {
  const start = Object.freeze({ x: 40, y: -20, k: 1.2 });
  const fingers: [Point, Point] = [
    { x: 300, y: 200 },
    { x: 500, y: 260 },
  ];
  const mid = (p: [Point, Point]): Point => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });

  it('is the identity while the fingers have not moved', () => {
    expect(pinchTransform(start, fingers, fingers)).to.deep.equal(start);
  });

  it('scales by the change in finger distance around a still midpoint', () => {
    const spread: [Point, Point] = [
      { x: 200, y: 170 },
      { x: 600, y: 290 },
    ];
    const t = pinchTransform(start, fingers, spread);
    expect(t.k).to.be.closeTo(2.4, EPS);
    expectPoint(toScreen(t, toContent(start, mid(fingers))), mid(fingers));
  });

  it('pans by the midpoint movement when the distance is unchanged, even when the fingers rotate', () => {
    const moved: [Point, Point] = [
      { x: 300 + 25, y: 200 - 10 },
      { x: 500 + 25, y: 260 - 10 },
    ];
    expectTransform(pinchTransform(start, fingers, moved), { x: 65, y: -30, k: 1.2 });
    const rotated: [Point, Point] = [
      { x: 400 - 30, y: 230 - 100 },
      { x: 400 + 30, y: 230 + 100 },
    ];
    expectTransform(pinchTransform(start, fingers, rotated), start);
  });

  it('keeps the content under the starting midpoint under the current midpoint', () => {
    const now: [Point, Point] = [
      { x: 100, y: 400 },
      { x: 250, y: 420 },
    ];
    const t = pinchTransform(start, fingers, now);
    const ratio = Math.hypot(150, 20) / Math.hypot(200, 60);
    expect(t.k).to.be.closeTo(1.2 * ratio, EPS);
    expectPoint(toScreen(t, toContent(start, mid(fingers))), mid(now));
  });

  it('clamps the scale and still keeps the content under the fingers', () => {
    const far: [Point, Point] = [
      { x: -5000, y: 230 },
      { x: 5800, y: 230 },
    ];
    const t = pinchTransform(start, fingers, far, { min: 0.5, max: 2 });
    expect(t.k).to.equal(2);
    expectPoint(toScreen(t, toContent(start, mid(fingers))), mid(far));
  });

  it('only pans when the fingers started on the same spot, and ignores NaN points', () => {
    const same: [Point, Point] = [
      { x: 10, y: 10 },
      { x: 10, y: 10 },
    ];
    const t = pinchTransform(start, same, [
      { x: 20, y: 30 },
      { x: 40, y: 30 },
    ]);
    expectTransform(t, { x: 60, y: 0, k: 1.2 });
    expect(
      pinchTransform(start, fingers, [
        { x: NaN, y: 0 },
        { x: 1, y: 1 },
      ]),
    ).to.deep.equal(start);
    expectFinite(pinchTransform({ x: 0, y: 0, k: 0 }, fingers, fingers));
  });
});

describe('countOutside', () => {
  const view = { x: 0, y: 0, width: 100, height: 50 };
  it('counts the boxes not wholly inside the rect; touching the edge is inside', () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 10, y: 10, width: 20, height: 20 },
      { x: 90, y: 10, width: 20, height: 20 },
      { x: -1, y: 0, width: 10, height: 10 },
      { x: 200, y: 200, width: 10, height: 10 },
    ];
    expect(countOutside(boxes, view)).to.equal(3);
    expect(countOutside([], view)).to.equal(0);
  });
});
