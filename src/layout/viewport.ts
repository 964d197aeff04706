/**
 * Pan/zoom math for a chart moved by a CSS transform. Pure: every function returns a new object and
 * turns degenerate input (zero sizes, NaN) into something finite, because one NaN in a transform
 * makes the whole chart vanish.
 */

/** screen = content * k + (x, y) */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface Size {
  readonly width: number;
  readonly height: number;
}
export interface ZoomLimits {
  readonly min: number;
  readonly max: number;
}

/** Below 0.2 a large chart is unreadable dots; above 3 a box fills a phone screen. */
export const DEFAULT_ZOOM_LIMITS: ZoomLimits = Object.freeze({ min: 0.2, max: 3 });

const finite = (n: number, fallback = 0): number => (Number.isFinite(n) ? n : fallback);
const nonNegative = (n: number): number => Math.max(0, finite(n));

function clampScale(k: number, { min, max }: ZoomLimits): number {
  const lo = Number.isFinite(min) && min > 0 ? min : DEFAULT_ZOOM_LIMITS.min;
  const hi = Number.isFinite(max) && max >= lo ? max : Math.max(lo, DEFAULT_ZOOM_LIMITS.max);
  return Math.min(hi, Math.max(lo, finite(k, 1)));
}

/** A usable copy of `t`; a scale that is not a positive number would divide by zero later. */
function safe(t: ViewTransform): ViewTransform {
  return { x: finite(t.x), y: finite(t.y), k: Number.isFinite(t.k) && t.k > 0 ? t.k : 1 };
}

/**
 * Scale `t` by `ratio` around the screen point `from`, then move that point to `to`.
 * Written as offsets from `t` so that ratio 1 with from = to returns `t` exactly.
 */
function scaleAround(t: ViewTransform, ratio: number, from: Point, to: Point): ViewTransform {
  return {
    x: t.x + (to.x - from.x) - (from.x - t.x) * (ratio - 1),
    y: t.y + (to.y - from.y) - (from.y - t.y) * (ratio - 1),
    k: t.k * ratio,
  };
}

/** Shows the whole of `content`, centred, with `padding` screen px around it; never enlarges past `maxFitScale`. */
export function fitTransform(
  content: Rect,
  view: Size,
  padding: number,
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
  maxFitScale = 1,
): ViewTransform {
  const vw = nonNegative(view.width);
  const vh = nonNegative(view.height);
  const cw = nonNegative(content.width);
  const ch = nonNegative(content.height);
  const pad = nonNegative(padding);
  // A zero-size side of the content puts no bound on the scale; Math.min then takes the other one.
  const bound = (room: number, size: number): number => (size > 0 ? Math.max(0, room - 2 * pad) / size : Infinity);
  const k = clampScale(Math.min(bound(vw, cw), bound(vh, ch), finite(maxFitScale, 1)), limits);
  return {
    x: vw / 2 - (finite(content.x) + cw / 2) * k,
    y: vh / 2 - (finite(content.y) + ch / 2) * k,
    k,
  };
}

/** Zooms by `factor` keeping the content under the screen point `point` where it is; k is clamped. */
export function zoomAt(
  t: ViewTransform,
  factor: number,
  point: Point,
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
): ViewTransform {
  const start = safe(t);
  const k = clampScale(start.k * (Number.isFinite(factor) && factor > 0 ? factor : 1), limits);
  const p = { x: finite(point.x), y: finite(point.y) };
  return scaleAround(start, k / start.k, p, p);
}

export function panBy(t: ViewTransform, dx: number, dy: number): ViewTransform {
  const s = safe(t);
  return { x: s.x + finite(dx), y: s.y + finite(dy), k: s.k };
}

/** The content-space rect shown on screen, grown by `margin` screen px on each side (for culling). */
export function visibleContentRect(t: ViewTransform, view: Size, margin = 0): Rect {
  const { x, y, k } = safe(t);
  const m = finite(margin);
  // `0 - x - m` rather than `-x - m`: the latter gives -0, which deep-equal tells apart from 0.
  return {
    x: (0 - x - m) / k,
    y: (0 - y - m) / k,
    width: Math.max(0, nonNegative(view.width) + 2 * m) / k,
    height: Math.max(0, nonNegative(view.height) + 2 * m) / k,
  };
}

/** How many of the boxes are not wholly inside the rect (what a reader cannot see in the view). */
export function countOutside(boxes: Iterable<Rect>, rect: Rect): number {
  let n = 0;
  const [x1, y1] = [rect.x + rect.width, rect.y + rect.height];
  for (const b of boxes) if (b.x < rect.x || b.y < rect.y || b.x + b.width > x1 || b.y + b.height > y1) n++;
  return n;
}

/** True when the rects share area; rects that only touch along an edge do not intersect. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The screen offset along one axis that brings [start, start + size] into [margin, view - margin]. */
function revealShift(start: number, size: number, view: number, margin: number): number {
  const m = Math.min(margin, view / 2);
  // Too big to fit: show its beginning, where a box's title is.
  if (size > view - 2 * m || start < m) return m - start;
  return Math.min(0, view - m - (start + size));
}

/** The smallest pan (same k) that shows `target` (content coords) with `margin` screen px around it. */
export function revealTransform(t: ViewTransform, target: Rect, view: Size, margin: number): ViewTransform {
  const s = safe(t);
  const m = nonNegative(margin);
  const dx = revealShift(finite(target.x) * s.k + s.x, nonNegative(target.width) * s.k, nonNegative(view.width), m);
  const dy = revealShift(finite(target.y) * s.k + s.y, nonNegative(target.height) * s.k, nonNegative(view.height), m);
  return { x: s.x + dx, y: s.y + dy, k: s.k };
}

/** Per screen px of wheel travel: one 100 px mouse-wheel notch zooms by e^-0.2 ≈ ×0.82. */
const WHEEL_RATE = 0.002;
// deltaMode 1 (lines, Firefox) and 2 (pages) converted to px with typical sizes.
const LINE_PX = 20;
const PAGE_PX = 800;

/** The zoom factor for one wheel event; at most ×2 or ÷2 so a fast free-spinning wheel stays controllable. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = finite(deltaY) * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1);
  return Math.min(2, Math.max(0.5, Math.exp(-px * WHEEL_RATE)));
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * Two-finger zoom and pan from where the gesture started: scales by the change in finger distance,
 * and the content point under the starting midpoint follows the current midpoint.
 */
export function pinchTransform(
  start: ViewTransform,
  startPoints: readonly [Point, Point],
  nowPoints: readonly [Point, Point],
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
): ViewTransform {
  const s = safe(start);
  const coords = [...startPoints, ...nowPoints].flatMap((p) => [p.x, p.y]);
  if (!coords.every(Number.isFinite)) return { ...s, k: clampScale(s.k, limits) };
  const [a0, b0] = startPoints;
  const [a1, b1] = nowPoints;
  const d0 = Math.hypot(b0.x - a0.x, b0.y - a0.y);
  const d1 = Math.hypot(b1.x - a1.x, b1.y - a1.y);
  // Fingers starting on the same spot give no distance to compare: pan only.
  const k = clampScale(s.k * (d0 > 0 ? d1 / d0 : 1), limits);
  return scaleAround(s, k / s.k, midpoint(a0, b0), midpoint(a1, b1));
}
