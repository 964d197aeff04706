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

/**
 * Columns = ceil(n / rows); boxes fill them in input order, balanced so no column holds more than
 * one box more than the last (7 boxes in columns of at most 6 become 4 + 3, not 6 + 1).
 * Neighbouring columns are `gap` apart, like neighbouring boxes in a column.
 */
export function planStack(boxes: readonly StackBox[], rows: number, gap: number, indent: number): StackPlan {
  const columns = Math.ceil(boxes.length / rows);
  const perColumn = Math.ceil(boxes.length / columns);
  const slots: StackSlot[] = [];
  let columnStart = 0;
  let extent = 0;
  for (let first = 0; first < boxes.length; first += perColumn) {
    const last = Math.min(boxes.length, first + perColumn);
    let widest = 0;
    let d = 0;
    for (let i = first; i < last; i++) {
      const box = boxes[i] as StackBox;
      if (i > first) d += gap;
      slots.push({ b: columnStart + indent, d, connector: columnStart + indent / 2 });
      d += box.extent;
      widest = Math.max(widest, box.breadth);
    }
    extent = Math.max(extent, d);
    columnStart += indent + widest + (last < boxes.length ? gap : 0);
  }
  return { breadth: columnStart, extent, slots };
}
