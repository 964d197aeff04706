/**
 * One step of the tidy tree, for a parent whose children's subtrees are already laid out: where
 * each child goes. This is what d3-hierarchy's tree (Buchheim et al.'s Walker) does at every node
 * on its way up; doing it here for the ancestors of a node that opened or closed lets the chart
 * keep every other subtree's layout, shifted whole, instead of laying out the tree again. Same
 * steps and separations as d3 (tests compare the two on random trees), in the breadth axis only.
 */

/**
 * A subtree's outline: the left and right edge of its items at each depth (its root is depth 0),
 * relative to its root's centre, as [left0, right0, left1, right1, ...].
 */
export type Contour = Float64Array;

/** The outline of a single item `breadth` wide. */
export function boxContour(breadth: number): Contour {
  return Float64Array.of(-breadth / 2, breadth / 2);
}

/**
 * The centre of each child relative to the parent's centre, given each child's own breadth and
 * its subtree's outline. Neighbours sit `siblingGap` apart, their descendants twice that (d3's
 * separation for cousins); a child pushed away by a subtree further left shares the push with the
 * smaller subtrees between them, and the parent is centred over its first and last child.
 */
export function placeChildren(breadths: ArrayLike<number>, contours: readonly Contour[], siblingGap: number): number[] {
  const n = contours.length;
  const x = new Array<number>(n).fill(0);
  const shifts = new Array<number>(n).fill(0);
  const changes = new Array<number>(n).fill(0);
  // The right outline of the children placed so far, and which child each depth of it belongs to.
  const right: number[] = [];
  const owner: number[] = [];
  for (let k = 0; k < n; k++) {
    const outline = contours[k]!;
    const depths = outline.length / 2;
    if (k > 0) {
      x[k] = x[k - 1]! + ((breadths[k]! + breadths[k - 1]!) / 2 + siblingGap);
      for (let j = 1; j < depths && j < right.length; j++) {
        const shift = right[j]! - (x[k]! + outline[2 * j]!) + siblingGap * 2;
        if (shift > 0) {
          // d3's moveSubtree: this child moves now; those between it and the owner move later, in part.
          const m = owner[j]!;
          const change = shift / (k - m);
          changes[k]! -= change;
          shifts[k]! += shift;
          changes[m]! += change;
          x[k]! += shift;
        }
      }
    }
    for (let j = 0; j < depths; j++) {
      right[j] = x[k]! + outline[2 * j + 1]!;
      owner[j] = k;
    }
  }
  // d3's executeShifts, right to left.
  let shift = 0;
  let change = 0;
  for (let k = n - 1; k >= 0; k--) {
    x[k]! += shift;
    change += changes[k]!;
    shift += shifts[k]! + change;
  }
  const mid = (x[0]! + x[n - 1]!) / 2;
  for (let k = 0; k < n; k++) x[k]! -= mid;
  return x;
}

/** The outline of a parent `breadth` wide with its children's outlines at the given offsets. */
export function mergeContours(breadth: number, contours: readonly Contour[], offsets: ArrayLike<number>): Contour {
  let depths = 0;
  for (const c of contours) depths = Math.max(depths, c.length / 2);
  const out = new Float64Array(2 * (depths + 1)).fill(NaN);
  out[0] = -breadth / 2;
  out[1] = breadth / 2;
  contours.forEach((c, k) => {
    const at = offsets[k]!;
    for (let j = 0; 2 * j < c.length; j++) {
      const left = at + c[2 * j]!;
      const right = at + c[2 * j + 1]!;
      const o = 2 * (j + 1);
      if (!(left >= out[o]!)) out[o] = left;
      if (!(right <= out[o + 1]!)) out[o + 1] = right;
    }
  });
  return out;
}
