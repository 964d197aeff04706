/** Orthogonal polylines for links: drop the points that add nothing, then write SVG path data. */

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
    if (last && before && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))) {
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

function round(value: number): string {
  // `+ 0` turns -0 into 0 so the path never contains "-0".
  return String(Math.round(value * 100) / 100 + 0);
}
