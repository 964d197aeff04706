/**
 * Coordinates from offsets: one pass down the shown tree adds up each node's centre and finds how
 * deep each level is, one pass back up finds the rectangle of every subtree (for culling). Both
 * are flat loops over typed arrays; boxes and links are made only for the nodes asked for.
 * Coordinates are those of layoutTree: x/y of a box's top-left corner, the top-left of all is 0, 0.
 */
import type { Placement } from './d3-subtree.js';
import type { Point } from './link-path.js';
import type { LayoutBoxes, OrdinalTree } from './ordinal-tree.js';
import type { LayoutOptions } from './types.js';
import type { Rect } from './viewport.js';

export class LayoutFrame {
  /** The shown nodes in pre-order. */
  readonly order: Int32Array;
  readonly width: number;
  readonly height: number;
  /** Breadth of each shown node's centre (NaN for a hidden one), and of its box's start. */
  readonly #centre: Float64Array;
  readonly #begin: Float64Array;
  /** Per subtree: breadth start, breadth end, depth end (float32 is plenty to cull with). */
  readonly #extent: Float32Array;
  /** Each shown box's breadth and extent, read once from the boxes. */
  readonly #bs: Float64Array;
  readonly #ds: Float64Array;
  readonly #levelStart: number[] = [];
  readonly #vertical: boolean;
  #linkBounds?: Float32Array;

  constructor(
    readonly tree: OrdinalTree,
    readonly boxes: LayoutBoxes,
    readonly placement: Placement,
    readonly options: LayoutOptions,
  ) {
    const n = tree.parent.length;
    const { off, slotD, stacked } = placement;
    const centre = (this.#centre = new Float64Array(n).fill(NaN));
    const begin = (this.#begin = new Float64Array(n));
    const [bs, ds] = [(this.#bs = new Float64Array(n)), (this.#ds = new Float64Array(n))];
    const order: number[] = [];
    const levels: number[] = [];
    let minB = Infinity;
    // Pre-order over the shown nodes: after a node comes its first child if it shows children,
    // else the node after its subtree.
    for (let i = 0; i < n; i = boxes.open(i) ? i + 1 : tree.end[i]!) {
      order.push(i);
      const p = tree.parent[i]!;
      bs[i] = boxes.breadth(i);
      ds[i] = boxes.extent(i);
      // A stacked box's offset is to its start: boxes of one column start at the very same number.
      const start = (begin[i] = stacked[i]
        ? centre[p]! + off[i]!
        : (centre[i] = p < 0 ? 0 : centre[p]! + off[i]!) - bs[i]! / 2);
      if (stacked[i]) centre[i] = start + bs[i]! / 2;
      minB = Math.min(minB, stacked[i] ? start - options.stackIndent / 2 : start);
      const d = tree.depth[i]!;
      levels[d] = Math.max(levels[d] ?? 0, slotD[i]! + ds[i]!);
    }
    for (let k = 0; k < levels.length; k++)
      this.#levelStart[k] = k === 0 ? 0 : this.#levelStart[k - 1]! + levels[k - 1]! + options.levelGap;
    // The far edges as layoutTree sums them, from the shifted starts: no box may end an ulp past them.
    let [maxB, maxD] = [0, 0];
    for (const i of order) {
      centre[i]! -= minB;
      maxB = Math.max(maxB, (begin[i]! -= minB) + bs[i]!);
      maxD = Math.max(maxD, this.#depthOf(i) + ds[i]!);
    }
    this.order = Int32Array.from(order);
    this.#vertical = options.orientation === 'vertical';
    [this.width, this.height] = this.#vertical ? [maxB, maxD] : [maxD, maxB];
    // Back up the tree: each subtree's rectangle joins its parent's.
    const ext = (this.#extent = new Float32Array(3 * n));
    for (const i of order) {
      ext[3 * i] = Infinity;
      ext[3 * i + 1] = ext[3 * i + 2] = -Infinity;
    }
    for (let k = order.length - 1; k >= 0; k--) {
      const i = order[k]!;
      const b0 = begin[i]!;
      this.#join(i, b0, b0 + bs[i]!, this.#depthOf(i) + ds[i]!);
      const p = tree.parent[i]!;
      if (p >= 0 && k > 0) this.#join(p, ext[3 * i]!, ext[3 * i + 1]!, ext[3 * i + 2]!);
    }
  }

  #join(i: number, b0: number, b1: number, d1: number): void {
    const ext = this.#extent;
    ext[3 * i] = Math.min(ext[3 * i]!, b0);
    ext[3 * i + 1] = Math.max(ext[3 * i + 1]!, b1);
    ext[3 * i + 2] = Math.max(ext[3 * i + 2]!, d1);
  }

  #depthOf(i: number): number {
    return this.#levelStart[this.tree.depth[i]!]! + this.placement.slotD[i]!;
  }

  #rect(b: number, d: number, bs: number, ds: number): Rect {
    return this.#vertical ? { x: b, y: d, width: bs, height: ds } : { x: d, y: b, width: ds, height: bs };
  }

  shown(i: number): boolean {
    return !Number.isNaN(this.#centre[i]!);
  }

  /** The box of a shown node. */
  box(i: number): Rect {
    return { x: this.x(i), y: this.y(i), width: this.w(i), height: this.h(i) };
  }

  /** The left edge of a shown node's box; top, width (`w`) and height (`h`) likewise, without making a box. */
  x(i: number): number {
    return this.#vertical ? this.#start(i) : this.#depthOf(i);
  }
  y(i: number): number {
    return this.#vertical ? this.#depthOf(i) : this.#start(i);
  }
  w(i: number): number {
    return this.#vertical ? this.#bs[i]! : this.#ds[i]!;
  }
  h(i: number): number {
    return this.#vertical ? this.#ds[i]! : this.#bs[i]!;
  }

  #start(i: number): number {
    return this.#begin[i]!;
  }

  /** The rectangle covering a shown node's box and every shown box below it. */
  subtree(i: number): Rect {
    const ext = this.#extent;
    const [b0, b1, d1] = [ext[3 * i]!, ext[3 * i + 1]!, ext[3 * i + 2]!];
    const d0 = this.#depthOf(i);
    return this.#rect(b0, d0, b1 - b0, d1 - d0);
  }

  /**
   * The link into a shown child, as layoutTree draws it: down from the parent to a bus halfway
   * through the level gap, across, and into the child (or along a stack's column into its side).
   */
  link(c: number): Point[] {
    const [pc, pb, bus, cb, top, mid] = this.#linkAt(c);
    const xy = (b: number, d: number): Point => (this.#vertical ? [b, d] : [d, b]);
    const start = xy(pc, pb);
    if (!this.placement.stacked[c]) return [start, xy(pc, bus), xy(cb, bus), xy(cb, top)];
    const connector = cb - this.options.stackIndent / 2;
    return [start, xy(pc, bus), xy(connector, bus), xy(connector, mid), xy(cb, mid)];
  }

  /**
   * The rectangle around the link into each shown child (as polylineBounds gives it), as x, y,
   * width, height from 4 * child on: every render culls every link by it, so it is worked out
   * once per layout, without making any link's points.
   */
  get linkBounds(): Float32Array {
    if (this.#linkBounds) return this.#linkBounds;
    const out = (this.#linkBounds = new Float32Array(4 * this.tree.parent.length));
    const { tree, options } = this;
    const [centre, ds, stacked] = [this.#centre, this.#ds, this.placement.stacked];
    for (let k = 1; k < this.order.length; k++) {
      const c = this.order[k]!;
      const p = tree.parent[c]!;
      const pc = centre[p]!;
      const bus = this.#levelStart[tree.depth[c]!]! - options.levelGap / 2;
      const top = this.#depthOf(c);
      // Into the top of a box, or along a stack's column (its connector) into the box's side.
      const side = stacked[c] ? this.#begin[c]! : NaN;
      const end = stacked[c] ? side - options.stackIndent / 2 : centre[c]!;
      const b0 = Math.min(pc, end);
      const b1 = Math.max(pc, stacked[c] ? side : end);
      const d0 = Math.min(this.#depthOf(p) + ds[p]!, bus);
      const d1 = Math.max(this.#depthOf(p) + ds[p]!, bus, stacked[c] ? top + ds[c]! / 2 : top);
      const o = 4 * c;
      out[o] = this.#vertical ? b0 : d0;
      out[o + 1] = this.#vertical ? d0 : b0;
      out[o + 2] = (this.#vertical ? b1 - b0 : d1 - d0) + 1;
      out[o + 3] = (this.#vertical ? d1 - d0 : b1 - b0) + 1;
    }
    return out;
  }

  /** Parent centre and bottom, bus, child centre (a stacked box: its start), top and middle. */
  #linkAt(c: number): [number, number, number, number, number, number] {
    const { tree, options } = this;
    const p = tree.parent[c]!;
    const top = this.#depthOf(c);
    const cb = this.placement.stacked[c] ? this.#start(c) : this.#centre[c]!;
    return [
      this.#centre[p]!,
      this.#depthOf(p) + this.#ds[p]!,
      this.#levelStart[tree.depth[c]!]! - options.levelGap / 2,
      cb,
      top,
      top + this.#ds[c]! / 2,
    ];
  }
}
