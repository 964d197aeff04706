import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutTree } from '../../src/layout/layout-tree.js';
import type { LayoutInputNode, LayoutOptions } from '../../src/layout/types.js';
import { checkLayout } from '../helpers/layout-invariants.js';
import { referenceLayout } from '../helpers/reference-layout.js';

// Property-based: fast-check draws trees (shape, box sizes) and options, and shrinks any failure
// to a smallest tree. checkLayout asserts every node is placed once, in pre-order, with no two
// boxes overlapping, gaps respected, and each link running from its parent's box to its child's.

interface Draft {
  id: string;
  width: number;
  height: number;
  children: Draft[];
}

/** A tree from a list of (parent index, size) pairs: node i hangs under one of nodes 0…i-1. */
const treeArb = (maxNodes: number): fc.Arbitrary<LayoutInputNode> =>
  fc
    .array(
      fc.record({
        parent: fc.nat(),
        width: fc.double({ min: 1, max: 320, noNaN: true }),
        height: fc.double({ min: 1, max: 160, noNaN: true }),
      }),
      { minLength: 1, maxLength: maxNodes },
    )
    .map((spec) => {
      const nodes: Draft[] = spec.map((s, i) => ({ id: `n${i}`, width: s.width, height: s.height, children: [] }));
      spec.forEach((s, i) => {
        if (i > 0) nodes[s.parent % i]!.children.push(nodes[i]!);
      });
      return nodes[0]!;
    });

const optionsArb: fc.Arbitrary<Partial<LayoutOptions>> = fc.record(
  {
    orientation: fc.constantFrom('vertical' as const, 'horizontal' as const),
    siblingGap: fc.integer({ min: 0, max: 40 }),
    levelGap: fc.integer({ min: 1, max: 120 }),
    stackThreshold: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant(Infinity)),
    stackRows: fc.integer({ min: 1, max: 8 }),
    stackGap: fc.integer({ min: 0, max: 24 }),
    stackIndent: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ['orientation'] },
);

/** A polyline without points a hair from the one before, or in line with their neighbours. */
function straighten(points: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  const hair = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const out: (readonly [number, number])[] = [];
  for (const p of points) {
    const [last, before] = [out[out.length - 1], out[out.length - 2]];
    if (last && hair(last[0], p[0]) && hair(last[1], p[1])) continue;
    const inLine = (k: 0 | 1): boolean => !!before && hair(before[k], last![k]) && hair(last![k], p[k]);
    if (last && (inLine(0) || inLine(1))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

describe('layoutTree, property-based', () => {
  it('places every node of any tree with no overlap and links between the right boxes (default options)', () => {
    fc.assert(
      fc.property(treeArb(200), fc.constantFrom('vertical' as const, 'horizontal' as const), (tree, orientation) => {
        checkLayout(tree, layoutTree(tree, { orientation }), { orientation });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps those invariants under any valid options', () => {
    fc.assert(
      fc.property(treeArb(120), optionsArb, (tree, options) => {
        checkLayout(tree, layoutTree(tree, options), options);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and does not depend on earlier calls', () => {
    fc.assert(
      fc.property(treeArb(80), treeArb(80), optionsArb, (a, b, options) => {
        const first = layoutTree(a, options);
        layoutTree(b, options);
        const again = layoutTree(a, options);
        if (JSON.stringify(first) !== JSON.stringify(again)) throw new Error('layout of the same tree changed');
      }),
      { numRuns: 60 },
    );
  });

  it('gives the boxes, links and size of layoutTree as first written (straight on d3-hierarchy)', () => {
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    fc.assert(
      fc.property(treeArb(150), optionsArb, (tree, options) => {
        const [ours, reference] = [layoutTree(tree, options), referenceLayout(tree, options)];
        expect(ours.nodes.map((n) => [n.id, n.parentId, n.depth, n.width, n.height, n.stacked])).to.deep.equal(
          reference.nodes.map((n) => [n.id, n.parentId, n.depth, n.width, n.height, n.stacked]),
        );
        ours.nodes.forEach((n, i) =>
          expect(near(n.x, reference.nodes[i]!.x) && near(n.y, reference.nodes[i]!.y)).to.equal(true),
        );
        expect(ours.links.map((l) => [l.id, l.sourceId, l.targetId])).to.deep.equal(
          reference.links.map((l) => [l.id, l.sourceId, l.targetId]),
        );
        // The reference can keep a jog a rounding error wide where ours is straight: compare the
        // polylines with such jogs taken out.
        ours.links.forEach((l, i) => {
          const [a, b] = [straighten(l.points), straighten(reference.links[i]!.points)];
          expect(a.length, l.id).to.equal(b.length);
          a.flat().forEach((v, k) => expect(near(v, b.flat()[k]!), l.id).to.equal(true));
        });
        expect(near(ours.width, reference.width) && near(ours.height, reference.height)).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });
});
