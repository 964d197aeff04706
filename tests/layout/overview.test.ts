import { expect } from '@open-wc/testing';
import { centreOn, keepInContent, overviewScale, viewInContent } from '../../src/layout/overview.js';

describe('overviewScale', () => {
  it('fits the content in the box by its tighter side, never enlarging', () => {
    expect(overviewScale({ width: 2000, height: 500 }, { width: 200, height: 150 })).to.equal(0.1);
    expect(overviewScale({ width: 400, height: 3000 }, { width: 200, height: 150 })).to.equal(0.05);
    expect(overviewScale({ width: 100, height: 50 }, { width: 200, height: 150 })).to.equal(1);
    expect(overviewScale({ width: 0, height: 0 }, { width: 200, height: 150 })).to.equal(1);
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
