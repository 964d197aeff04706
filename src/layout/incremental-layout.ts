/**
 * The tidy tree of a big chart, kept up to date as nodes open and close. d3-hierarchy lays out a
 * subtree from scratch the first time it is shown (the whole tree at first); when a node opens or
 * closes, only that node's subtree is laid out again, and each of its ancestors re-places its
 * children from their outlines (tidy-compose.ts): every other subtree keeps its offsets and moves
 * as a whole. The result equals a layout of the whole tree from scratch (tests check it).
 */
import { layoutSubtree, placeStack, type Placement } from './d3-subtree.js';
import { isShown, shownChildren, stackOf, type LayoutBoxes, type OrdinalTree } from './ordinal-tree.js';
import { boxContour, mergeContours, placeChildren, type Contour } from './tidy-compose.js';
import type { LayoutOptions } from './types.js';

/** Outlines of subtrees this big are kept between updates; smaller ones are cheaper to walk again. */
const KEEP_OUTLINE = 64;
/** Past this many nodes opened or closed at once, laying out everything is cheaper. */
const MANY_CHANGES = 64;

export class IncrementalLayout implements Placement {
  readonly off: Float64Array;
  readonly slotD: Float64Array;
  readonly stacked: Uint8Array;
  readonly #outlines = new Map<number, Contour>();

  constructor(
    readonly tree: OrdinalTree,
    readonly boxes: LayoutBoxes,
    readonly options: LayoutOptions,
  ) {
    const n = tree.parent.length;
    this.off = new Float64Array(n);
    this.slotD = new Float64Array(n);
    this.stacked = new Uint8Array(n);
    layoutSubtree(0, tree, boxes, options, this);
  }

  /**
   * Lays out again after the nodes `changed` opened or closed (what `boxes.open` says now). Only
   * their subtrees and the children of their ancestors are placed again.
   */
  update(changed: Iterable<number>): void {
    const { tree, boxes } = this;
    const list = [...changed].sort((a, b) => a - b);
    for (const c of list) for (let a = c; a >= 0; a = tree.parent[a]!) this.#outlines.delete(a);
    const shown = list.filter((c) => isShown(tree, boxes, c));
    if (shown.length > MANY_CHANGES || shown[0] === 0) {
      this.#outlines.clear();
      layoutSubtree(0, tree, boxes, this.options, this);
      return;
    }
    // A node that opened is laid out from scratch (nodes below it may have changed while it was
    // closed), unless a node above it was just laid out that way. Numbers ascend, so an outer
    // subtree comes before the nodes inside it.
    let fresh = -1;
    for (const c of shown) {
      if (fresh >= 0 && c < tree.end[fresh]!) continue;
      if (boxes.open(c)) {
        layoutSubtree(c, tree, boxes, this.options, this);
        fresh = c;
      }
    }
    // Ancestors from the deepest up: a descendant's number is above its ancestors'.
    const above = new Set<number>();
    for (const c of shown) for (let a = tree.parent[c]!; a >= 0 && !above.has(a); a = tree.parent[a]!) above.add(a);
    for (const a of [...above].sort((x, y) => y - x)) this.#place(a);
  }

  /** Places node `a`'s shown children from their outlines. */
  #place(a: number): void {
    const { tree, boxes } = this;
    const kids = shownChildren(tree, boxes, a);
    const plan = stackOf(tree, boxes, kids, this.options);
    if (plan) {
      placeStack(this, kids, plan, 0);
      return;
    }
    const outlines = kids.map((k) => this.outline(k));
    const at = placeChildren(
      kids.map((k) => boxes.breadth(k)),
      outlines,
      this.options.siblingGap,
    );
    kids.forEach((k, n) => {
      this.off[k] = at[n]!;
      this.slotD[k] = 0;
      this.stacked[k] = 0;
    });
    if (tree.end[a]! - a >= KEEP_OUTLINE) this.#outlines.set(a, mergeContours(boxes.breadth(a), outlines, at));
  }

  /**
   * Works out and keeps the outlines of the big subtrees now, so that the first toggle does not
   * walk the whole tree for them (for a quiet moment after the first paint).
   */
  keepOutlines(): void {
    this.outline(0);
  }

  /** The outline of node `i`'s shown subtree as placed now (walked without recursion: trees can be deep). */
  outline(i: number): Contour {
    const made = new Map<number, Contour>();
    const stack = [i];
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const kept = this.#outlines.get(v);
      const kids = kept ? [] : shownChildren(this.tree, this.boxes, v);
      const waiting = kids.filter((k) => !made.has(k) && !this.#outlines.has(k));
      if (waiting.length > 0) {
        stack.push(...waiting);
        continue;
      }
      stack.pop();
      if (kept) made.set(v, kept);
      else made.set(v, this.#outlineOf(v, kids, made));
    }
    return made.get(i)!;
  }

  #outlineOf(v: number, kids: readonly number[], made: Map<number, Contour>): Contour {
    const { tree, boxes } = this;
    const breadth = boxes.breadth(v);
    if (kids.length === 0) return boxContour(breadth);
    const plan = stackOf(tree, boxes, kids, this.options);
    if (plan) return Float64Array.of(-breadth / 2, breadth / 2, -plan.breadth / 2, plan.breadth / 2);
    const outlines = kids.map((k) => {
      const o = made.get(k) ?? this.#outlines.get(k)!;
      made.delete(k);
      return o;
    });
    const outline = mergeContours(
      breadth,
      outlines,
      kids.map((k) => this.off[k]!),
    );
    if (tree.end[v]! - v >= KEEP_OUTLINE) this.#outlines.set(v, outline);
    return outline;
  }
}
