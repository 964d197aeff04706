/**
 * Coordinates from offsets: one pass down the shown tree adds up each node's centre and finds how
 * deep each level is; a flat loop over typed arrays, no object per node. Coordinates are those of
 * layoutTree: x/y of a box's top-left corner, the top-left of all is 0, 0. What is read of many
 * boxes at once lives beside it and is worked out when first asked for: the rectangles of the
 * subtrees (subtree-extents.ts) and the links (frame-links.ts).
 */
import type { Placement } from './d3-subtree.js';
import { FrameLinks } from './frame-links.js';
import type { LayoutBoxes, OrdinalTree } from './ordinal-tree.js';
import { SubtreeExtents } from './subtree-extents.js';
import type { LayoutOptions } from './types.js';
import type { Rect } from './viewport.js';

/** A frame's per-box numbers by node number, and where each level begins (read only). */
export interface FrameArrays {
  readonly start: Float64Array;
  readonly breadth: Float64Array;
  readonly extent: Float64Array;
  readonly levelStart: readonly number[];
}

export class LayoutFrame {
  /** The shown nodes in pre-order. */
  readonly order: Int32Array;
  readonly width: number;
  readonly height: number;
  readonly vertical: boolean;
  /** Breadth of each shown node's centre (NaN for a hidden one), and of its box's start. */
  readonly #centre: Float64Array;
  readonly #begin: Float64Array;
  /** Each shown box's breadth and extent, read once from the boxes. */
  readonly #bs: Float64Array;
  readonly #ds: Float64Array;
  readonly #levelStart: number[] = [];
  #extents?: SubtreeExtents;
  #links?: FrameLinks;

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
    const [levelStart, depth] = [this.#levelStart, tree.depth];
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      centre[i]! -= minB;
      maxB = Math.max(maxB, (begin[i]! -= minB) + bs[i]!);
      maxD = Math.max(maxD, levelStart[depth[i]!]! + slotD[i]! + ds[i]!);
    }
    this.order = Int32Array.from(order);
    this.vertical = options.orientation === 'vertical';
    [this.width, this.height] = this.vertical ? [maxB, maxD] : [maxD, maxB];
  }

  /** The arrays behind `start`, `breadth`, `extent` and `levelStart`, for a pass over every box. */
  get arrays(): FrameArrays {
    return { start: this.#begin, breadth: this.#bs, extent: this.#ds, levelStart: this.#levelStart };
  }

  shown(i: number): boolean {
    return !Number.isNaN(this.#centre[i]!);
  }

  /** The left edge of a shown node's box; top, width (`w`) and height (`h`) likewise, without making a box. */
  x(i: number): number {
    return this.vertical ? this.#begin[i]! : this.depthOf(i);
  }
  y(i: number): number {
    return this.vertical ? this.depthOf(i) : this.#begin[i]!;
  }
  w(i: number): number {
    return this.vertical ? this.#bs[i]! : this.#ds[i]!;
  }
  h(i: number): number {
    return this.vertical ? this.#ds[i]! : this.#bs[i]!;
  }

  /** In generic axes: a shown box's centre and start across the tree, its breadth and extent. */
  centre(i: number): number {
    return this.#centre[i]!;
  }
  start(i: number): number {
    return this.#begin[i]!;
  }
  breadth(i: number): number {
    return this.#bs[i]!;
  }
  extent(i: number): number {
    return this.#ds[i]!;
  }

  /** Where a shown box begins away from the root: its level's start, plus its place in a stack. */
  depthOf(i: number): number {
    return this.#levelStart[this.tree.depth[i]!]! + this.placement.slotD[i]!;
  }

  /** Where level `depth` begins away from the root. */
  levelStart(depth: number): number {
    return this.#levelStart[depth]!;
  }

  /** A rectangle given in generic axes, in x and y. */
  rect(b: number, d: number, breadth: number, extent: number): Rect {
    return this.vertical
      ? { x: b, y: d, width: breadth, height: extent }
      : { x: d, y: b, width: extent, height: breadth };
  }

  /** The rectangle of every shown subtree, and what is counted and culled by them. */
  get extents(): SubtreeExtents {
    return (this.#extents ??= new SubtreeExtents(this));
  }

  /** The link into every shown child: its points, its rectangle, and those crossing a rectangle. */
  get links(): FrameLinks {
    return (this.#links ??= new FrameLinks(this));
  }
}
