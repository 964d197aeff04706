/** Orthogonal polylines for links: drop the points that add nothing, then write SVG path data. */
import type { Rect } from './viewport.js';

export type Point = readonly [number, number];

/**
 * Removes repeated points and the middle one of three points on one vertical or horizontal line,
 * so a child right under its parent gets one straight segment instead of a zero-length jog.
 */
export function simplifyPolyline(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out[out.length - 2];
    if (
      last &&
      before &&
      ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))
    ) {
      out[out.length - 1] = p;
    } else {
      out.push(p);
    }
  }
  return out;
}

/** `M x y L x y …`, numbers rounded to at most two decimals. */
export function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${round(p[0])} ${round(p[1])}`).join(' ');
}

/**
 * The rectangle around a polyline, for culling links outside the viewport. A straight link has no
 * width or height: it gets one pixel, so an intersection test still sees it.
 */
export function polylineBounds(points: readonly Point[]): Rect {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

function round(value: number): string {
  // `+ 0` turns -0 into 0 so the path never contains "-0".
  return String(Math.round(value * 100) / 100 + 0);
}
