import type { Point, Rect, Size, ViewTransform } from './viewport.js';

/** An overview's scale along each axis (overview px per content px). */
export interface OverviewScale {
  readonly x: number;
  readonly y: number;
}

/**
 * The scale of an overview that shows all of `content` within `box`: one scale for both axes, by
 * the tighter side, never above 1, except where that would leave a side shorter than `minSide`
 * px. A chart far wider than it is deep (a big organisation fully open) drawn true to its shape
 * is a line no one can see or hit, so its short side is stretched to `minSide` (at most to the
 * box, and never past the content's own size): the overview then says where along the long side
 * the view is, which is what a reader of such a chart needs from it.
 */
export function overviewScale(content: Size, box: Size, minSide = 0): OverviewScale {
  const [width, height] = [Math.max(1, content.width), Math.max(1, content.height)];
  const fit = Math.min(box.width / width, box.height / height);
  const s = Number.isFinite(fit) && fit > 0 ? Math.min(1, fit) : 1;
  const side = (size: number, room: number): number => Math.max(s, Math.min(1, room / size, minSide / size));
  return { x: side(width, box.width), y: side(height, box.height) };
}

/**
 * The span `[from, to]` (overview px, within `[0, size]`) grown about its middle to at least
 * `least` px, so the frame of a view far smaller than the content still shows.
 */
export function atLeast(from: number, to: number, least: number, size: number): [number, number] {
  const length = Math.min(size, Math.max(least, to - from));
  const start = Math.min(size - length, Math.max(0, (from + to) / 2 - length / 2));
  return [start, start + length];
}

/** The transform, at the same zoom, that puts the content point `p` in the middle of the view. */
export function centreOn(t: ViewTransform, p: Point, view: Size): ViewTransform {
  return { k: t.k, x: view.width / 2 - p.x * t.k, y: view.height / 2 - p.y * t.k };
}

/** The part of the content the view shows, in content coordinates (not grown, not clipped). */
export function viewInContent(t: ViewTransform, view: Size): Rect {
  return { x: -t.x / t.k, y: -t.y / t.k, width: view.width / t.k, height: view.height / t.k };
}

/**
 * Keeps a view from wandering off the content: along a side where the content is larger than
 * the view, the view stays within it; along a side where it is smaller, the content is centred.
 */
export function keepInContent(t: ViewTransform, content: Size, view: Size): ViewTransform {
  const axis = (pos: number, size: number, room: number): number => {
    const scaled = size * t.k;
    return scaled <= room ? (room - scaled) / 2 : Math.min(0, Math.max(room - scaled, pos));
  };
  return { k: t.k, x: axis(t.x, content.width, view.width), y: axis(t.y, content.height, view.height) };
}
