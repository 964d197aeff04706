/**
 * Random trees for the layout's property tests: numbered in pre-order as the incremental layout
 * reads them, with random box sizes, open flags and options.
 */
import fc from 'fast-check';
import { resolveLayoutOptions } from '../../src/layout/check-layout-input.js';
import type { LayoutBoxes, OrdinalTree } from '../../src/layout/ordinal-tree.js';
import type { LayoutInputNode, LayoutOptions } from '../../src/layout/types.js';

export interface Spec {
  readonly parent: number;
  readonly width: number;
  readonly height: number;
  readonly open: boolean;
}

/** A random tree numbered in pre-order, as the incremental layout reads it. */
export class Tree implements OrdinalTree {
  readonly parent: Int32Array;
  readonly depth: Int32Array;
  readonly end: Int32Array;
  readonly width: number[] = [];
  readonly height: number[] = [];
  readonly open: Uint8Array;

  constructor(spec: readonly Spec[]) {
    // Node k hangs under one of nodes 0…k-1; number them in pre-order, children in list order.
    const kids: number[][] = spec.map(() => []);
    spec.forEach((s, k) => k > 0 && kids[s.parent % k]!.push(k));
    const order: number[] = [];
    const parents: number[] = [];
    const visit = (k: number, p: number): void => {
      order.push(k);
      parents.push(p);
      const i = order.length - 1;
      for (const c of kids[k]!) visit(c, i);
    };
    visit(0, -1);
    const n = order.length;
    this.parent = Int32Array.from(parents);
    this.depth = new Int32Array(n);
    this.end = new Int32Array(n);
    this.open = new Uint8Array(n);
    order.forEach((k, i) => {
      this.width.push(spec[k]!.width);
      this.height.push(spec[k]!.height);
      this.open[i] = spec[k]!.open ? 1 : 0;
      if (i > 0) this.depth[i] = this.depth[this.parent[i]!]! + 1;
    });
    const size = new Int32Array(n).fill(1);
    for (let i = n - 1; i > 0; i--) size[this.parent[i]!]! += size[i]!;
    size.forEach((s, i) => (this.end[i] = i + s));
  }

  boxes(vertical: boolean): LayoutBoxes {
    return {
      open: (i) => this.open[i] === 1,
      breadth: (i) => (vertical ? this.width[i]! : this.height[i]!),
      extent: (i) => (vertical ? this.height[i]! : this.width[i]!),
    };
  }

  /** The shown tree as layoutTree takes it. */
  input(i = 0): LayoutInputNode {
    const children: LayoutInputNode[] = [];
    if (this.open[i]) for (let c = i + 1; c < this.end[i]!; c = this.end[c]!) children.push(this.input(c));
    return { id: `n${i}`, width: this.width[i]!, height: this.height[i]!, children };
  }
}

export const specArb = (max: number): fc.Arbitrary<Spec[]> =>
  fc.array(
    fc.record({
      parent: fc.nat(),
      width: fc.oneof(fc.double({ min: 1, max: 320, noNaN: true }), fc.integer({ min: 40, max: 200 })),
      height: fc.oneof(fc.double({ min: 1, max: 160, noNaN: true }), fc.integer({ min: 20, max: 80 })),
      open: fc.boolean(),
    }),
    { minLength: 1, maxLength: max },
  );

export const optionsArb: fc.Arbitrary<LayoutOptions> = fc
  .record({
    orientation: fc.constantFrom('vertical' as const, 'horizontal' as const),
    siblingGap: fc.integer({ min: 0, max: 40 }),
    levelGap: fc.integer({ min: 1, max: 120 }),
    stackThreshold: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(Infinity)),
    stackRows: fc.integer({ min: 1, max: 6 }),
    stackGap: fc.integer({ min: 0, max: 24 }),
    stackIndent: fc.integer({ min: 0, max: 40 }),
  })
  .map((o) => resolveLayoutOptions(o));
