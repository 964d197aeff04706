/**
 * A subtree laid out from scratch by d3-hierarchy's tidy tree, written as offsets: each node's
 * centre relative to its parent's centre along the breadth axis, and for a box in a stack its
 * depth inside the level. Offsets are what compose: a subtree laid out once keeps them when the
 * rest of the tree moves it.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import type { StackOffsets } from './plan-stack.js';
import { shownChildren, stackOf, type LayoutBoxes, type OrdinalTree } from './ordinal-tree.js';
import type { LayoutOptions } from './types.js';

/** Where every laid-out node sits relative to its parent. */
export interface Placement {
  /** Breadth offset of a node's centre from its parent's centre (a stacked box's start). */
  readonly off: Float64Array;
  /** Depth offset of a stacked box inside its level (0 for the others). */
  readonly slotD: Float64Array;
  /** 1 for a box in its parent's stack. */
  readonly stacked: Uint8Array;
}

/** Writes the offsets of a stack's boxes: the stack is one item centred `at` from its parent's centre. */
export function placeStack(p: Placement, kids: readonly number[], plan: StackOffsets, at: number): void {
  for (let n = 0; n < kids.length; n++) {
    const k = kids[n]!;
    p.off[k] = at - plan.breadth / 2 + (plan.column[n]! + plan.indent);
    p.slotD[k] = plan.d[n]!;
    p.stacked[k] = 1;
  }
}

/**
 * Lays out the shown subtree under `root` with d3 (every node below it; `root`'s own offset is
 * its parent's business). Items are node numbers, and a stack is the item `~parent`.
 */
export function layoutSubtree(
  root: number,
  t: OrdinalTree,
  boxes: LayoutBoxes,
  opts: LayoutOptions,
  out: Placement,
): void {
  const stacks = new Map<number, { kids: number[]; plan: StackOffsets }>();
  // Each item's breadth, kept as d3 asks for its children: d3 asks for separations many times per
  // node (along the contours), and a first paint runs this code cold. A stack's is at its parent's.
  const { end } = t;
  const span = end[root]! - root;
  const [own, stacked] = [new Float64Array(span), new Float64Array(span)];
  const gap = opts.siblingGap;
  const items = (i: number): number[] | null => {
    if (i < 0 || end[i] === i + 1 || !boxes.open(i)) return null;
    const kids = shownChildren(t, boxes, i);
    const plan = stackOf(t, boxes, kids, opts);
    if (!plan) {
      for (let n = 0; n < kids.length; n++) own[kids[n]! - root] = boxes.breadth(kids[n]!);
      return kids;
    }
    stacks.set(i, { kids, plan });
    stacked[i - root] = plan.breadth;
    return [~i];
  };
  const breadth = (item: number): number => (item >= 0 ? own[item - root]! : stacked[~item - root]!);
  const laidOut = tree<number>()
    .nodeSize([1, 1])
    .separation((a, c) => (breadth(a.data) + breadth(c.data)) / 2 + gap * (a.parent === c.parent ? 1 : 2))(
    hierarchy(root, items),
  );
  // eachBefore, not each: each is a generator, slow in a cold interpreter.
  laidOut.eachBefore((n) => {
    const p = n.parent;
    if (!p) return;
    const at = n.x - p.x;
    if (n.data < 0) {
      const { kids, plan } = stacks.get(~n.data)!;
      placeStack(out, kids, plan, at);
    } else {
      out.off[n.data] = at;
      out.slotD[n.data] = 0;
      out.stacked[n.data] = 0;
    }
  });
}
