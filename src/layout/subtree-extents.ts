/**
 * The rectangle around each shown subtree, from one pass back up the shown tree (each subtree's
 * rectangle joins its parent's): the chart culls by them (only subtrees that reach the view are
 * rendered) and counts by them (a subtree wholly inside or wholly outside the view is counted
 * without visiting its boxes), so neither looks at every box of a big tree.
 */
import type { LayoutFrame } from './layout-frame.js';
import type { Rect } from './viewport.js';

export class SubtreeExtents {
  /** Per subtree: breadth start, breadth end, depth end (float32 is plenty to cull with). */
  readonly #b0: Float32Array;
  readonly #b1: Float32Array;
  readonly #d1: Float32Array;
  /** Per subtree: how many shown boxes it holds. */
  readonly #count: Int32Array;
  /** More than float32 can be off by: a subtree this close to an edge is looked into. */
  readonly #slack: number;

  constructor(private readonly frame: LayoutFrame) {
    const { order, tree } = frame;
    const n = tree.parent.length;
    const b0 = (this.#b0 = new Float32Array(n).fill(Infinity));
    const b1 = (this.#b1 = new Float32Array(n).fill(-Infinity));
    const d1 = (this.#d1 = new Float32Array(n).fill(-Infinity));
    const count = (this.#count = new Int32Array(n));
    // Children come after their parent in pre-order: backwards, each subtree is whole when its
    // rectangle joins its parent's. Plain indexed loops over the frame's arrays: a first paint
    // runs this once over every shown box, cold.
    const { start, breadth, extent, levelStart } = frame.arrays;
    const { parent, depth } = tree;
    const { slotD } = frame.placement;
    for (let k = order.length - 1; k >= 0; k--) {
      const i = order[k]!;
      const s = start[i]!;
      b0[i] = Math.min(b0[i]!, s);
      b1[i] = Math.max(b1[i]!, s + breadth[i]!);
      d1[i] = Math.max(d1[i]!, levelStart[depth[i]!]! + slotD[i]! + extent[i]!);
      count[i]! += 1;
      const p = parent[i]!;
      if (p < 0) continue;
      b0[p] = Math.min(b0[p]!, b0[i]!);
      b1[p] = Math.max(b1[p]!, b1[i]!);
      d1[p] = Math.max(d1[p]!, d1[i]!);
      count[p]! += count[i]!;
    }
    this.#slack = 1 + 1e-6 * Math.max(frame.width, frame.height);
  }

  /** The rectangle covering a shown node's box and every shown box below it. */
  subtree(i: number): Rect {
    const d0 = this.frame.depthOf(i);
    return this.frame.rect(this.#b0[i]!, d0, this.#b1[i]! - this.#b0[i]!, this.#d1[i]! - d0);
  }

  /**
   * Calls `visit` with every shown node whose subtree, grown by `grow` px on each side, shares
   * area with `rect` (parents first); the subtrees of the others are never looked at.
   */
  near(rect: Rect, grow: number, visit: (i: number) => void): void {
    const [B0, D0, B1, D1] = this.#generic(rect);
    const g = grow + this.#slack;
    const [b0, b1, d1] = [this.#b0, this.#b1, this.#d1];
    this.#walk((i) => {
      const reaches = b0[i]! - g < B1 && B0 < b1[i]! + g;
      if (!reaches || !(this.frame.depthOf(i) - g < D1 && D0 < d1[i]! + g)) return false;
      visit(i);
      return true;
    });
  }

  /** How many shown boxes are not wholly inside `rect` (what a reader cannot see in the view). */
  outside(rect: Rect): number {
    const { frame } = this;
    const [B0, D0, B1, D1] = this.#generic(rect);
    const s = this.#slack;
    let n = 0;
    this.#walk((i) => {
      const [b0, b1, d0, d1] = [this.#b0[i]!, this.#b1[i]!, frame.depthOf(i), this.#d1[i]!];
      if (b0 - s >= B0 && b1 + s <= B1 && d0 >= D0 && d1 + s <= D1) return false;
      if (b1 + s < B0 || b0 - s > B1 || d1 + s < D0 || d0 > D1) {
        n += this.#count[i]!;
        return false;
      }
      // Partly in view: this box by its own edges, then its children's subtrees.
      const b = frame.start(i);
      if (b < B0 || d0 < D0 || b + frame.breadth(i) > B1 || d0 + frame.extent(i) > D1) n++;
      return true;
    });
    return n;
  }

  /** Pre-order over the shown nodes from the root, into the children of a node `enter` returns true for. */
  #walk(enter: (i: number) => boolean): void {
    const { tree, boxes, order } = this.frame;
    if (order.length === 0) return;
    const stack = [0];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (!enter(i) || !boxes.open(i)) continue;
      const first = stack.length;
      for (let c = i + 1; c < tree.end[i]!; c = tree.end[c]!) stack.push(c);
      // The first child on top: children are entered in order.
      for (let a = first, b = stack.length - 1; a < b; a++, b--) [stack[a], stack[b]] = [stack[b]!, stack[a]!];
    }
  }

  /** A rectangle as breadth start, depth start, breadth end, depth end. */
  #generic(r: Rect): [number, number, number, number] {
    return this.frame.vertical ? [r.x, r.y, r.x + r.width, r.y + r.height] : [r.y, r.x, r.y + r.height, r.x + r.width];
  }
}
