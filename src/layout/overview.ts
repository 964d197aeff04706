import type { Point, Rect, Size, ViewTransform } from './viewport.js';

/** The scale of an overview that shows all of `content` within `box` (never above 1). */
export function overviewScale(content: Size, box: Size): number {
  const s = Math.min(box.width / Math.max(1, content.width), box.height / Math.max(1, content.height));
  return Number.isFinite(s) && s > 0 ? Math.min(1, s) : 1;
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
