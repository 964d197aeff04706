import { expect } from '@open-wc/testing';
import { atLeast, centreOn, keepInContent, overviewScale, viewInContent } from '../../src/layout/overview.js';

describe('overviewScale', () => {
  const box = { width: 200, height: 150 };
  it('fits the content in the box by its tighter side, never enlarging', () => {
    expect(overviewScale({ width: 2000, height: 500 }, box)).to.deep.equal({ x: 0.1, y: 0.1 });
    expect(overviewScale({ width: 400, height: 3000 }, box)).to.deep.equal({ x: 0.05, y: 0.05 });
    expect(overviewScale({ width: 100, height: 50 }, box)).to.deep.equal({ x: 1, y: 1 });
    expect(overviewScale({ width: 0, height: 0 }, box)).to.deep.equal({ x: 1, y: 1 });
  });

  it('stretches a side that would come out shorter than the least side, and only that one', () => {
    // 50,000 × 1,500 px (2,000 units fully open): true to shape, 200 × 6 px.
    const wide = overviewScale({ width: 50_000, height: 1500 }, box, 48);
    expect(wide.x).to.equal(200 / 50_000);
    expect(1500 * wide.y).to.be.closeTo(48, 1e-9);
    const tall = overviewScale({ width: 1000, height: 60_000 }, box, 48);
    expect(60_000 * tall.y).to.be.closeTo(150, 1e-9);
    expect(1000 * tall.x).to.be.closeTo(48, 1e-9);
    // Shapes that already give both sides room keep one scale.
    expect(overviewScale({ width: 2000, height: 500 }, box, 48)).to.deep.equal({ x: 0.1, y: 0.1 });
  });

  it("never stretches past the box or past the content's own size", () => {
    const s = overviewScale({ width: 10_000, height: 40 }, box, 48);
    expect(s.y, 'a 40 px deep chart is drawn 40 px deep').to.equal(1);
    const t = overviewScale({ width: 100_000, height: 500 }, { width: 200, height: 30 }, 48);
    expect(500 * t.y, 'the box is only 30 px high').to.be.closeTo(30, 1e-9);
  });
});

describe('atLeast', () => {
  it('grows a short span about its middle, within the size', () => {
    expect(atLeast(50, 52, 8, 200)).to.deep.equal([47, 55]);
    expect(atLeast(0, 1, 8, 200), 'kept inside at the start').to.deep.equal([0, 8]);
    expect(atLeast(199, 200, 8, 200), 'and at the end').to.deep.equal([192, 200]);
    expect(atLeast(20, 90, 8, 200), 'a long span is left as it is').to.deep.equal([20, 90]);
    expect(atLeast(0, 3, 8, 5), 'never past the size').to.deep.equal([0, 5]);
  });
});

describe('centreOn and viewInContent', () => {
  const view = { width: 800, height: 600 };
  it('centres a content point at the same zoom, and the view then shows the rect around it', () => {
    const t = centreOn({ x: 12, y: -40, k: 0.5 }, { x: 1000, y: 300 }, view);
    expect(t).to.deep.equal({ k: 0.5, x: 400 - 500, y: 300 - 150 });
    const r = viewInContent(t, view);
    expect(r.x + r.width / 2).to.equal(1000);
    expect(r.y + r.height / 2).to.equal(300);
    expect([r.width, r.height]).to.deep.equal([1600, 1200]);
  });
});

describe('keepInContent', () => {
  const view = { width: 800, height: 600 };
  it('keeps the view within content larger than it, and centres content smaller than it', () => {
    const content = { width: 2000, height: 400 };
    expect(keepInContent({ x: 100, y: 0, k: 1 }, content, view)).to.deep.equal({ k: 1, x: 0, y: 100 });
    expect(keepInContent({ x: -5000, y: 0, k: 1 }, content, view).x).to.equal(-1200);
    expect(keepInContent({ x: -300, y: 0, k: 1 }, content, view).x).to.equal(-300);
    expect(keepInContent({ x: -300, y: 0, k: 0.25 }, content, view)).to.deep.equal({ k: 0.25, x: 150, y: 250 });
  });
});
