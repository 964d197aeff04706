/**
 * A laid-out chart as the element reads it: maps from box ids to positions and subtree rectangles,
 * the links in a rectangle, the boxes outside one. Nothing is stored per node: each is worked out
 * from the layout frame when asked, so a 20,000-unit chart holds a few typed arrays, and a render
 * touches only the boxes and links in view.
 */
import type { LayoutFrame } from '../layout/layout-frame.js';
import { polylinePath, simplifyPolyline, type Point } from '../layout/link-path.js';
import type { PositionedLink, PositionedNode, TreeLayout } from '../layout/types.js';
import type { Rect } from '../layout/viewport.js';
import type { ChartIndex } from './chart-index.js';

export interface ChartLayout {
  /** The whole shown tree; its `nodes` and `links` are made when read (export, print). */
  readonly layout: TreeLayout;
  readonly positions: ReadonlyMap<string, PositionedNode>;
  readonly bounds: ReadonlyMap<string, Rect>;
  /** The links that cross `rect`, in pre-order, found without making the others. */
  linksIn(rect: Rect): readonly PositionedLink[];
  /** How many shown boxes are not wholly inside `rect`. */
  outside(rect: Rect): number;
  /** Calls `each` with every shown box's x, y, width and height, without an object per box. */
  eachBox(each: (x: number, y: number, width: number, height: number) => void): void;
}

/** A read-only map over the shown nodes, in pre-order, whose values are made when read. */
class ShownMap<V> implements ReadonlyMap<string, V> {
  constructor(
    protected readonly index: ChartIndex,
    protected readonly frame: LayoutFrame,
    private readonly value: (i: number) => V,
  ) {}
  get size(): number {
    return this.frame.order.length;
  }
  #ordinal(id: string): number | undefined {
    const i = this.index.ordinal(id);
    return i !== undefined && this.frame.shown(i) ? i : undefined;
  }
  get(id: string): V | undefined {
    const i = this.#ordinal(id);
    return i === undefined ? undefined : this.value(i);
  }
  has(id: string): boolean {
    return this.#ordinal(id) !== undefined;
  }
  *entries(): MapIterator<[string, V]> {
    for (const i of this.frame.order) yield [this.index.nodes[i]!.id, this.value(i)];
  }
  *keys(): MapIterator<string> {
    for (const i of this.frame.order) yield this.index.nodes[i]!.id;
  }
  *values(): MapIterator<V> {
    for (const i of this.frame.order) yield this.value(i);
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(each: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [id, value] of this.entries()) each.call(thisArg, value, id, this);
  }
}

/**
 * One shown box, read from the layout when asked: made for the boxes a render draws, and for
 * whoever reads them all (export, print).
 */
class NodeView implements PositionedNode {
  constructor(
    private readonly of: { readonly index: ChartIndex; readonly frame: LayoutFrame },
    private readonly i: number,
  ) {}
  get id(): string {
    return this.of.index.nodes[this.i]!.id;
  }
  get parentId(): string | null {
    const p = this.of.index.parent[this.i]!;
    return p < 0 ? null : this.of.index.nodes[p]!.id;
  }
  get depth(): number {
    return this.of.index.depth[this.i]!;
  }
  get x(): number {
    return this.of.frame.x(this.i);
  }
  get y(): number {
    return this.of.frame.y(this.i);
  }
  get width(): number {
    return this.of.frame.w(this.i);
  }
  get height(): number {
    return this.of.frame.h(this.i);
  }
  get stacked(): boolean {
    return this.of.frame.placement.stacked[this.i] === 1;
  }
}

/** The link into one shown box. */
class LinkView implements PositionedLink {
  constructor(
    private readonly of: { readonly index: ChartIndex; readonly frame: LayoutFrame },
    private readonly child: number,
  ) {}
  get sourceId(): string {
    const { index } = this.of;
    return index.nodes[index.parent[this.child]!]!.id;
  }
  get targetId(): string {
    return this.of.index.nodes[this.child]!.id;
  }
  get id(): string {
    return `${this.sourceId}->${this.targetId}`;
  }
  get points(): readonly Point[] {
    return simplifyPolyline(this.of.frame.links.points(this.child));
  }
  get path(): string {
    return polylinePath(this.points);
  }
}

/** The chart laid out as `frame` says. */
export function chartLayout(index: ChartIndex, frame: LayoutFrame): ChartLayout {
  const of = { index, frame };
  const positions = new ShownMap(index, frame, (i) => new NodeView(of, i));
  const layout: TreeLayout = {
    get nodes() {
      return [...positions.values()];
    },
    get links() {
      return [...frame.order.subarray(1)].map((c) => new LinkView(of, c));
    },
    width: frame.width,
    height: frame.height,
  };
  return {
    layout,
    positions,
    bounds: new ShownMap(index, frame, (i) => frame.extents.subtree(i)),
    linksIn: (rect) => frame.links.within(rect).map((c) => new LinkView(of, c)),
    outside: (rect) => frame.extents.outside(rect),
    eachBox: (each) => {
      for (const i of frame.order) each(frame.x(i), frame.y(i), frame.w(i), frame.h(i));
    },
  };
}
