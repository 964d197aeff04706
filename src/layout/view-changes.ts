import type { PositionedNode } from './types.js';
import { fitTransform, revealTransform, type Size, type ViewTransform } from './viewport.js';

/** What the chart was asked to do to its view since the last frame. */
export interface ViewRequest {
  /** Show the whole tree (no smaller than the readable scale, unless `whole`). */
  readonly fit?: boolean;
  /** The reader asked to see the whole tree: fit it even below the readable scale. */
  readonly whole?: boolean;
  /** Keep this node where it was on screen (its content position before a relayout). */
  readonly anchor?: { readonly id: string; readonly x: number; readonly y: number };
  /** Pan just enough to show this node. */
  readonly reveal?: string;
}

const FIT_PADDING = 16;
const REVEAL_MARGIN = 24;

/**
 * The transform after a relayout: fit wins over keeping an anchor still, and revealing a node
 * (keyboard focus, a selection) is applied last so it is always on screen. `minScale` keeps a fit
 * from shrinking text (elder-friendly mode): the chart then starts at the root and is panned.
 */
export function nextTransform(
  current: ViewTransform,
  request: ViewRequest,
  content: Size,
  positions: ReadonlyMap<string, PositionedNode>,
  view: Size,
  minScale = 0,
): ViewTransform {
  let next = current;
  if (request.fit) {
    next = fitTransform({ x: 0, y: 0, width: content.width, height: content.height }, view, FIT_PADDING);
    const root = positions.values().next().value;
    if (next.k < minScale && root) {
      const x = Math.min(FIT_PADDING, view.width / 2 - (root.x + root.width / 2) * minScale);
      next = {
        k: minScale,
        x: Math.max(x, view.width - FIT_PADDING - content.width * minScale),
        y: FIT_PADDING - root.y * minScale,
      };
    }
  } else if (request.anchor) {
    const now = positions.get(request.anchor.id);
    if (now)
      next = {
        ...next,
        x: next.x + (request.anchor.x - now.x) * next.k,
        y: next.y + (request.anchor.y - now.y) * next.k,
      };
  }
  const target = request.reveal ? positions.get(request.reveal) : undefined;
  return target ? revealTransform(next, target, view, REVEAL_MARGIN) : next;
}
