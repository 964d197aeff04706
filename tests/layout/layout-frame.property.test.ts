import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IncrementalLayout } from '../../src/layout/incremental-layout.js';
import { LayoutFrame } from '../../src/layout/layout-frame.js';
import { intersects, type Rect } from '../../src/layout/viewport.js';
import { optionsArb, specArb, Tree } from './random-tree.js';

/** A shown node's box, read from the frame. */
const boxOf = (frame: LayoutFrame, i: number): Rect => ({
  x: frame.x(i),
  y: frame.y(i),
  width: frame.w(i),
  height: frame.h(i),
});

// Property-based: what the chart asks of the boxes in and around the view, answered through the
// subtrees' rectangles, equals asking every box and every link.

/** A rectangle somewhere over (or beside) a layout of this size. */
const rectArb = fc.record({
  x: fc.double({ min: -0.3, max: 1.1, noNaN: true }),
  y: fc.double({ min: -0.3, max: 1.1, noNaN: true }),
  w: fc.double({ min: 0, max: 0.8, noNaN: true }),
  h: fc.double({ min: 0, max: 0.8, noNaN: true }),
});

describe('LayoutFrame culling, property-based', () => {
  it('counts the boxes not wholly inside a rectangle as a look at every box would', () => {
    fc.assert(
      fc.property(specArb(150), optionsArb, fc.array(rectArb, { minLength: 1, maxLength: 6 }), (spec, options, rs) => {
        const tree = new Tree(spec);
        const boxes = tree.boxes(options.orientation === 'vertical');
        const frame = new LayoutFrame(tree, boxes, new IncrementalLayout(tree, boxes, options), options);
        const all = [...frame.order].map((i) => boxOf(frame, i));
        for (const r of rs) {
          const rect = {
            x: r.x * frame.width,
            y: r.y * frame.height,
            width: r.w * frame.width,
            height: r.h * frame.height,
          };
          const [x1, y1] = [rect.x + rect.width, rect.y + rect.height];
          const want = all.filter((b) => b.x < rect.x || b.y < rect.y || b.x + b.width > x1 || b.y + b.height > y1);
          expect(frame.extents.outside(rect)).to.equal(want.length);
        }
        // The whole layout holds every box; a rectangle beside it holds none.
        expect(frame.extents.outside({ x: 0, y: 0, width: frame.width, height: frame.height })).to.equal(0);
        expect(frame.extents.outside({ x: -10, y: -10, width: 5, height: 5 })).to.equal(all.length);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the links crossing a rectangle, in pre-order, as a look at every link would', () => {
    fc.assert(
      fc.property(specArb(150), optionsArb, fc.array(rectArb, { minLength: 1, maxLength: 6 }), (spec, options, rs) => {
        const tree = new Tree(spec);
        const boxes = tree.boxes(options.orientation === 'vertical');
        const frame = new LayoutFrame(tree, boxes, new IncrementalLayout(tree, boxes, options), options);
        const children = [...frame.order].slice(1);
        for (const r of rs) {
          const rect: Rect = {
            ...{ x: r.x * frame.width, y: r.y * frame.height },
            ...{ width: r.w * frame.width, height: r.h * frame.height },
          };
          const want = children.filter((c) => intersects(frame.links.bounds(c), rect));
          expect(frame.links.within(rect)).to.deep.equal(want);
        }
      }),
      { numRuns: 150 },
    );
  });
});
