/**
 * The tree the incremental layout reads: nodes numbered in pre-order (the root is 0), so every
 * per-node value lives in a flat typed array and a subtree is a run of numbers.
 */
import { stackOffsets, type StackOffsets } from './plan-stack.js';
import type { LayoutOptions } from './types.js';

export interface OrdinalTree {
  /** The parent of each node; -1 for the root. */
  readonly parent: Int32Array;
  /** Each node's depth; 0 for the root. */
  readonly depth: Int32Array;
  /** The number after each node's subtree: node i's descendants are i + 1 up to end[i]. */
  readonly end: Int32Array;
}

/** The tree of these parents, listed in pre-order (each node's parent before it, -1 for the root). */
export function ordinalTree(parents: readonly number[]): OrdinalTree {
  const n = parents.length;
  const parent = Int32Array.from(parents);
  const depth = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 1; i < n; i++) depth[i] = depth[parent[i]!]! + 1;
  // Children come after their parent: summing sizes from the last node back adds each whole subtree.
  const size = new Int32Array(n).fill(1);
  for (let i = n - 1; i > 0; i--) size[parent[i]!]! += size[i]!;
  for (let i = 0; i < n; i++) end[i] = i + size[i]!;
  return { parent, depth, end };
}

/** What the layout asks of each node: whether it shows its children, and its box in generic axes. */
export interface LayoutBoxes {
  open(i: number): boolean;
  /** Across the tree: width when vertical. */
  breadth(i: number): number;
  /** Away from the root: height when vertical. */
  extent(i: number): number;
}

/** The children node `i` shows: none when it is closed. */
export function shownChildren(tree: OrdinalTree, boxes: LayoutBoxes, i: number): number[] {
  const kids: number[] = [];
  if (tree.end[i]! > i + 1 && boxes.open(i)) for (let c = i + 1; c < tree.end[i]!; c = tree.end[c]!) kids.push(c);
  return kids;
}

/** Whether a shown node shows nothing below it. */
export function showsNoChildren(tree: OrdinalTree, boxes: LayoutBoxes, i: number): boolean {
  return tree.end[i]! === i + 1 || !boxes.open(i);
}

/**
 * The compact stack of a node's shown children, when they are all leaves and enough of them
 * (as layoutTree stacks them); undefined otherwise.
 */
export function stackOf(
  tree: OrdinalTree,
  boxes: LayoutBoxes,
  kids: readonly number[],
  opts: LayoutOptions,
): StackOffsets | undefined {
  const n = kids.length;
  if (n === 0 || n < opts.stackThreshold) return undefined;
  // Plain loops, no object per box: every parent of a big tree asks this on the way to its first
  // paint, cold, and most of its boxes are in stacks.
  for (let k = 0; k < n; k++) if (!showsNoChildren(tree, boxes, kids[k]!)) return undefined;
  const breadths: number[] = [];
  const extents: number[] = [];
  for (let k = 0; k < n; k++) {
    breadths.push(boxes.breadth(kids[k]!));
    extents.push(boxes.extent(kids[k]!));
  }
  return stackOffsets(breadths, extents, opts.stackRows, opts.stackGap, opts.stackIndent);
}

/** Whether every ancestor of node `i` is open. */
export function isShown(tree: OrdinalTree, boxes: LayoutBoxes, i: number): boolean {
  for (let a = tree.parent[i]!; a >= 0; a = tree.parent[a]!) if (!boxes.open(a)) return false;
  return true;
}
