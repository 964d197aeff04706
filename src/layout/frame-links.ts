/**
 * The link into each shown child, as layoutTree draws it: down from the parent to a bus halfway
 * through the level gap, across, and into the child (or along a stack's column into its side).
 * Worked out per link when asked: a render draws the links that cross the view, found through
 * the subtrees that reach it, and never makes the others.
 */
import type { LayoutFrame } from './layout-frame.js';
import type { Point } from './link-path.js';
import type { Rect } from './viewport.js';

export class FrameLinks {
  constructor(private readonly frame: LayoutFrame) {}

  /** The corners of the link into shown child `c`, not yet simplified. */
  points(c: number): Point[] {
    const [pc, pb, bus, cb, top, mid] = this.#at(c);
    const xy = (b: number, d: number): Point => (this.frame.vertical ? [b, d] : [d, b]);
    const start = xy(pc, pb);
    if (!this.frame.placement.stacked[c]) return [start, xy(pc, bus), xy(cb, bus), xy(cb, top)];
    const connector = cb - this.frame.options.stackIndent / 2;
    return [start, xy(pc, bus), xy(connector, bus), xy(connector, mid), xy(cb, mid)];
  }

  /** The rectangle around the link into shown child `c` (as polylineBounds gives it). */
  bounds(c: number): Rect {
    const [b0, d0, b1, d1] = this.#box(c);
    return this.frame.rect(b0, d0, b1 - b0 + 1, d1 - d0 + 1);
  }

  /** The shown children, in pre-order, whose link shares area with `rect`. */
  within(rect: Rect): number[] {
    const { frame } = this;
    const { tree } = frame;
    const v = frame.vertical;
    const [B0, D0, B1, D1] = v
      ? [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height]
      : [rect.y, rect.x, rect.y + rect.height, rect.x + rect.width];
    const out: number[] = [];
    // A link into a child lies within its parent's subtree, but for a stack's connector (half an
    // indent before the boxes) and the pixel polylineBounds adds.
    frame.extents.near(rect, frame.options.stackIndent / 2 + 1, (p) => {
      if (!frame.boxes.open(p)) return;
      for (let c = p + 1; c < tree.end[p]!; c = tree.end[c]!) {
        const [b0, d0, b1, d1] = this.#box(c);
        if (b0 < B1 && B0 < b1 + 1 && d0 < D1 && D0 < d1 + 1) out.push(c);
      }
    });
    return out.sort((a, b) => a - b);
  }

  /** Breadth start, depth start, breadth end and depth end of the link into `c`, before the pixel. */
  #box(c: number): [number, number, number, number] {
    const [pc, pb, bus, cb, top, mid] = this.#at(c);
    const stacked = this.frame.placement.stacked[c] === 1;
    // Into the top of a box, or along a stack's column (its connector) into the box's side.
    const end = stacked ? cb - this.frame.options.stackIndent / 2 : cb;
    return [Math.min(pc, end), Math.min(pb, bus), Math.max(pc, cb), Math.max(pb, bus, stacked ? mid : top)];
  }

  /** Parent centre and bottom, bus, child centre (a stacked box: its start), top and middle. */
  #at(c: number): [number, number, number, number, number, number] {
    const { frame } = this;
    const p = frame.tree.parent[c]!;
    const top = frame.depthOf(c);
    const cb = frame.placement.stacked[c] ? frame.start(c) : frame.centre(c);
    return [
      frame.centre(p),
      frame.depthOf(p) + frame.extent(p),
      frame.levelStart(frame.tree.depth[c]!) - frame.options.levelGap / 2,
      cb,
      top,
      top + frame.extent(c) / 2,
    ];
  }
}
