import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IncrementalLayout } from '../../src/layout/incremental-layout.js';
import { LayoutFrame } from '../../src/layout/layout-frame.js';
import { referenceLayout } from '../helpers/reference-layout.js';
import { resolveLayoutOptions } from '../../src/layout/check-layout-input.js';
import type { LayoutBoxes } from '../../src/layout/ordinal-tree.js';
import type { LayoutOptions } from '../../src/layout/types.js';
import type { Rect } from '../../src/layout/viewport.js';
import { optionsArb, specArb, Tree, type Spec } from './random-tree.js';

/** A shown node's box, read from the frame. */
const boxOf = (frame: LayoutFrame, i: number): Rect => ({
  x: frame.x(i),
  y: frame.y(i),
  width: frame.w(i),
  height: frame.h(i),
});

// Property-based: composing cached subtree layouts must give what d3-hierarchy gives when it lays
// out the whole shown tree from scratch (layoutTree as first written), for random trees, box sizes, options, and
// random sequences of nodes opening and closing: the same boxes at the same places.

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Every shown box, the size of it all and every link equal the reference layout's from scratch. */
function expectSameAsFromScratch(tree: Tree, frame: LayoutFrame, options: LayoutOptions): void {
  const reference = referenceLayout(tree.input(), options);
  const shown = [...frame.order].map((i) => `n${i}`);
  expect(shown, 'the shown nodes, in pre-order').to.deep.equal(reference.nodes.map((n) => n.id));
  for (const node of reference.nodes) {
    const i = Number(node.id.slice(1));
    const box = boxOf(frame, i);
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(close(box[key], node[key]), `${node.id}.${key}: ${box[key]} vs ${node[key]}`).to.equal(true);
    expect(frame.placement.stacked[i] === 1, `${node.id} stacked`).to.equal(node.stacked);
  }
  expect(close(frame.width, reference.width), `width ${frame.width} vs ${reference.width}`).to.equal(true);
  expect(close(frame.height, reference.height), `height ${frame.height} vs ${reference.height}`).to.equal(true);
  for (const link of reference.links) {
    const raw = frame.links.points(Number(link.targetId.slice(1)));
    const xs = raw.flat();
    const bounds = frame.links.bounds(Number(link.targetId.slice(1)));
    const [x0, y0] = [Math.min(...raw.map((p) => p[0])), Math.min(...raw.map((p) => p[1]))];
    expect(Math.abs(bounds.x - x0) < 0.01 && Math.abs(bounds.y - y0) < 0.01, `${link.id} bounds`).to.equal(true);
    const simplified = link.points.flat();
    // layoutTree simplifies the same raw points; compare its corners with ours.
    for (const v of simplified)
      expect(
        xs.some((x) => close(x, v)),
        `${link.id} passes ${v}`,
      ).to.equal(true);
  }
}

describe('IncrementalLayout, property-based', () => {
  it('lays out any tree as d3 does from scratch', () => {
    fc.assert(
      fc.property(specArb(120), optionsArb, (spec, options) => {
        const tree = new Tree(spec);
        const boxes = tree.boxes(options.orientation === 'vertical');
        const layout = new IncrementalLayout(tree, boxes, options);
        expectSameAsFromScratch(tree, new LayoutFrame(tree, boxes, layout, options), options);
      }),
      { numRuns: 150 },
    );
  });

  it('after any sequence of nodes opening and closing, equals a layout from scratch', () => {
    const steps = fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(specArb(150), optionsArb, steps, (spec, options, toggles) => {
        const tree = new Tree(spec);
        const boxes = tree.boxes(options.orientation === 'vertical');
        const layout = new IncrementalLayout(tree, boxes, options);
        for (const picks of toggles) {
          const changed = [...new Set(picks.map((p) => p % tree.parent.length))];
          for (const i of changed) tree.open[i] = tree.open[i] ? 0 : 1;
          layout.update(changed);
          expectSameAsFromScratch(tree, new LayoutFrame(tree, boxes, layout, options), options);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps big subtrees composed across many toggles of one wide, deep tree', () => {
    // Outlines of big subtrees are kept between updates: a tree big enough to keep some.
    const spec: Spec[] = Array.from({ length: 600 }, (_, k) => ({
      parent: Math.floor(k / 3) + (k % 7),
      width: 60 + ((k * 37) % 90),
      height: 30 + ((k * 11) % 40),
      open: k % 5 !== 0,
    }));
    const options = resolveLayoutOptions({ orientation: 'vertical', stackThreshold: 2, stackRows: 4 });
    const tree = new Tree(spec);
    const boxes = tree.boxes(true);
    const layout = new IncrementalLayout(tree, boxes, options);
    for (let step = 0; step < 40; step++) {
      const i = (step * 7919) % tree.parent.length;
      tree.open[i] = tree.open[i] ? 0 : 1;
      layout.update([i]);
      expectSameAsFromScratch(tree, new LayoutFrame(tree, boxes, layout, options), options);
    }
  });

  it('after a toggle reads only the changed branch and the outlines around it, not the whole tree', () => {
    const spec: Spec[] = Array.from({ length: 3000 }, (_, k) => ({
      parent: k < 30 ? 0 : 1 + ((k * 7) % Math.min(k - 1, 400)),
      width: 80,
      height: 40,
      open: true,
    }));
    const options = resolveLayoutOptions({ orientation: 'vertical' });
    const tree = new Tree(spec);
    const plain = tree.boxes(true);
    let reads = 0;
    const boxes: LayoutBoxes = { ...plain, open: (i) => (reads++, plain.open(i)) };
    const layout = new IncrementalLayout(tree, boxes, options);
    const leafParent = tree.parent[tree.parent.length - 1]!;
    reads = 0;
    tree.open[leafParent] = 0;
    layout.update([leafParent]);
    // The first update walks the outlines of the subtrees beside the branch and keeps the big ones.
    const first = reads;
    for (const step of [1, 2]) {
      reads = 0;
      tree.open[leafParent] = step % 2;
      layout.update([leafParent]);
      expect(reads, `step ${step}`).to.be.below(first / 4);
    }
    expectSameAsFromScratch(tree, new LayoutFrame(tree, boxes, layout, options), options);
  });

  it('keeps the outlines a first toggle needs when asked to, ahead of it', () => {
    const spec: Spec[] = Array.from({ length: 3000 }, (_, k) => ({
      parent: k < 30 ? 0 : 1 + ((k * 11) % Math.min(k - 1, 300)),
      width: 70,
      height: 40,
      open: true,
    }));
    const options = resolveLayoutOptions({ orientation: 'horizontal', stackThreshold: 3 });
    /** What the first toggle reads, with or without keeping the outlines first. */
    const firstToggle = (ahead: boolean): number => {
      const tree = new Tree(spec);
      const plain = tree.boxes(false);
      let reads = 0;
      const boxes: LayoutBoxes = { ...plain, open: (i) => (reads++, plain.open(i)) };
      const layout = new IncrementalLayout(tree, boxes, options);
      if (ahead) layout.keepOutlines();
      reads = 0;
      const node = tree.parent[tree.parent.length - 1]!;
      tree.open[node] = 0;
      layout.update([node]);
      const read = reads;
      expectSameAsFromScratch(tree, new LayoutFrame(tree, boxes, layout, options), options);
      return read;
    };
    expect(firstToggle(true)).to.be.below(firstToggle(false) / 4);
  });
});
