import { expect } from '@open-wc/testing';
import { polylineBounds, type Point } from '../../src/layout/link-path.js';
import { intersects } from '../../src/layout/viewport.js';

describe('polylineBounds', () => {
  it('covers every point of an elbow link', () => {
    const points: Point[] = [
      [10, 0],
      [10, 20],
      [60, 20],
      [60, 40],
    ];
    const b = polylineBounds(points);
    for (const [x, y] of points)
      expect(x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height, `${x},${y}`).to.equal(true);
  });

  it('gives a straight link some room across, so culling still finds it on screen', () => {
    const vertical = polylineBounds([
      [30, 0],
      [30, 50],
    ]);
    expect(vertical.width).to.be.greaterThan(0);
    expect(intersects(vertical, { x: 0, y: 10, width: 100, height: 10 })).to.equal(true);
    expect(
      polylineBounds([
        [0, 5],
        [80, 5],
      ]).height,
    ).to.be.greaterThan(0);
  });
});
