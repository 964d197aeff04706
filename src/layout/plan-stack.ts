/**
 * Arranges the leaf children of one parent as a compact stack, in generic axes: "breadth" runs
 * across the tree (x when vertical), "depth" runs away from the root (y when vertical).
 * The stack is a row of columns along the breadth axis; each column holds boxes one after another
 * along the depth axis and keeps `indent` px free on its breadth-start side for the connector.
 */

export interface StackBox {
  readonly breadth: number;
  readonly extent: number;
}

/** Where one child sits, as offsets from the block's breadth-start / depth-start corner. */
export interface StackSlot {
  readonly b: number;
  readonly d: number;
  /** Breadth offset of the connector line that runs along the child's column. */
  readonly connector: number;
}

export interface StackPlan {
  readonly breadth: number;
  readonly extent: number;
  /** One slot per child, in input order. */
  readonly slots: readonly StackSlot[];
}

/** A stack as the layout keeps it: per child, by its place in the input, its column and depth. */
export interface StackOffsets {
  readonly breadth: number;
  readonly extent: number;
  /** The breadth offset of each child's column; the child starts `indent` after it. */
  readonly column: readonly number[];
  readonly d: readonly number[];
  readonly indent: number;
}

/**
 * Columns = ceil(n / rows); boxes fill them in input order, balanced so no column holds more than
 * one box more than the last (7 boxes in columns of at most 6 become 4 + 3, not 6 + 1).
 * Neighbouring columns are `gap` apart, like neighbouring boxes in a column.
 */
export function planStack(boxes: readonly StackBox[], rows: number, gap: number, indent: number): StackPlan {
  const [breadths, extents] = [boxes.map((x) => x.breadth), boxes.map((x) => x.extent)];
  const { breadth, extent, column, d } = stackOffsets(breadths, extents, rows, gap, indent);
  const slots = column.map((c, i) => ({ b: c + indent, d: d[i]!, connector: c + indent / 2 }));
  return { breadth, extent, slots };
}

/**
 * planStack as arrays, from the children's breadths and extents: the chart plans every stack of a
 * big tree before its first paint, and needs no object per box for it.
 */
export function stackOffsets(
  breadths: ArrayLike<number>,
  extents: ArrayLike<number>,
  rows: number,
  gap: number,
  indent: number,
): StackOffsets {
  const n = breadths.length;
  const columns = Math.ceil(n / rows);
  const perColumn = Math.ceil(n / columns);
  // Plain arrays, filled in order: a small typed array costs more to make than it saves here.
  const column: number[] = [];
  const d: number[] = [];
  let columnStart = 0;
  let extent = 0;
  for (let first = 0; first < n; first += perColumn) {
    const last = Math.min(n, first + perColumn);
    let widest = 0;
    let depth = 0;
    for (let i = first; i < last; i++) {
      if (i > first) depth += gap;
      column.push(columnStart);
      d.push(depth);
      depth += extents[i]!;
      widest = Math.max(widest, breadths[i]!);
    }
    extent = Math.max(extent, depth);
    columnStart += indent + widest + (last < n ? gap : 0);
  }
  return { breadth: columnStart, extent, column, d, indent };
}
