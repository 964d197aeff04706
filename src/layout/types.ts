/** Types the pure layout modules take and return. No d3 object ever leaves src/layout/. */

export type Orientation = 'vertical' | 'horizontal';

/** A node to lay out, with its box already measured, and only the children that are shown. */
export interface LayoutInputNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly children: readonly LayoutInputNode[];
}

export interface LayoutOptions {
  /** vertical: root on top, children below; horizontal: root on the left, children to the right. */
  readonly orientation: Orientation;
  /** Space between neighbouring boxes across the breadth axis, in px. */
  readonly siblingGap: number;
  /** Space between a parent's box and its children's boxes along the depth axis, in px. */
  readonly levelGap: number;
  /** A node whose shown children are all leaves, and at least this many, stacks them compactly. */
  readonly stackThreshold: number;
  /** Most boxes in one column (vertical) or one row (horizontal) of a stack. */
  readonly stackRows: number;
  /** Space between boxes inside a stack, in px. */
  readonly stackGap: number;
  /** Room left beside each column (row) of a stack for the connector that runs along it, in px. */
  readonly stackIndent: number;
}

export interface PositionedNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly depth: number;
  /** Top-left corner, in px, in a space whose origin is the layout's top-left. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** True when the node was placed in a compact stack under its parent. */
  readonly stacked: boolean;
}

export interface PositionedLink {
  /** `${sourceId}->${targetId}` */
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  /** Orthogonal polyline from an anchor on the parent's box edge to an anchor on the child's box edge. */
  readonly points: readonly (readonly [number, number])[];
  /** The same polyline as an SVG path `d`. */
  readonly path: string;
}

export interface TreeLayout {
  /** Every node, in pre-order (parent before children, children in input order). */
  readonly nodes: readonly PositionedNode[];
  readonly links: readonly PositionedLink[];
  /** Size of the box that holds every node; all coordinates are within [0, width] × [0, height]. */
  readonly width: number;
  readonly height: number;
}
