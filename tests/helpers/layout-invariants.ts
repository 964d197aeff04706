import { expect } from '@open-wc/testing';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/layout-tree.js';
import type { LayoutInputNode, LayoutOptions, PositionedNode, TreeLayout } from '../../src/layout/types.js';

// What every layout must satisfy whatever the tree: shared by the hand-written layout tests and
// the property-based ones.

// ---------------------------------------------------------------- generic axes

export type Opts = LayoutOptions;
const resolve = (o: Partial<Opts> = {}): Opts => ({ ...DEFAULT_LAYOUT_OPTIONS, ...o });

/** Breadth/depth view of a box, so one checker serves both orientations. */
function axes(n: { x: number; y: number; width: number; height: number }, vertical: boolean) {
  return vertical ? { b: n.x, d: n.y, bs: n.width, ds: n.height } : { b: n.y, d: n.x, bs: n.height, ds: n.width };
}

const near = (a: number, b: number, eps = 1e-9) => Math.abs(a - b) <= eps;

// ---------------------------------------------------------------- invariant checks

interface Expected {
  id: string;
  parentId: string | null;
  depth: number;
  width: number;
  height: number;
  stacked: boolean;
}

/** Pre-order of the input, iteratively, with the stacking each node should get. */
function expectedPreOrder(root: LayoutInputNode, o: Opts): Expected[] {
  const out: Expected[] = [];
  const todo: [LayoutInputNode, string | null, number, boolean][] = [[root, null, 0, false]];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [n, parentId, depth, stacked] = next;
    out.push({ id: n.id, parentId, depth, width: n.width, height: n.height, stacked });
    const kids = n.children;
    const stacks = kids.length > 0 && kids.length >= o.stackThreshold && kids.every((k) => k.children.length === 0);
    for (let i = kids.length - 1; i >= 0; i--) todo.push([kids[i] as LayoutInputNode, n.id, depth + 1, stacks]);
  }
  return out;
}

/** Uniform grid of boxes, so overlap and crossing checks stay near-linear for thousands of nodes. */
class BoxGrid {
  private readonly cells = new Map<string, number[]>();
  constructor(
    readonly boxes: readonly PositionedNode[],
    readonly cell = 256,
  ) {
    boxes.forEach((b, i) => this.cover(b.x, b.y, b.x + b.width, b.y + b.height, (list) => list.push(i)));
  }

  candidates(x0: number, y0: number, x1: number, y1: number): Set<number> {
    const found = new Set<number>();
    this.cover(x0, y0, x1, y1, (list) => list.forEach((i) => found.add(i)));
    return found;
  }

  private cover(x0: number, y0: number, x1: number, y1: number, visit: (list: number[]) => void): void {
    for (let cx = Math.floor(x0 / this.cell); cx <= Math.floor(x1 / this.cell); cx++) {
      for (let cy = Math.floor(y0 / this.cell); cy <= Math.floor(y1 / this.cell); cy++) {
        const key = `${cx},${cy}`;
        let list = this.cells.get(key);
        if (!list) this.cells.set(key, (list = []));
        visit(list);
      }
    }
  }
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0);

/**
 * Whether `v` lies inside the box side from `from` over `size`: a segment within a millionth of a
 * pixel of a box's edge runs along it, not through it (boxes that abut, with a gap of 0, may
 * overlap by a rounding error of 2e-16).
 */
const inside = (v: number, from: number, size: number): boolean => from + 1e-6 < v && v < from + size - 1e-6;

export function checkLayout(input: LayoutInputNode, layout: TreeLayout, options: Partial<Opts> = {}): void {
  const o = resolve(options);
  const vertical = o.orientation === 'vertical';
  const { nodes, links } = layout;

  // Pre-order, parent ids, depths, sizes and stacking follow the input.
  const expected = expectedPreOrder(input, o);
  expect(
    nodes.map((n) => ({
      id: n.id,
      parentId: n.parentId,
      depth: n.depth,
      width: n.width,
      height: n.height,
      stacked: n.stacked,
    })),
  ).to.deep.equal(expected);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // Everything is inside [0, width] × [0, height] and touches 0 on both axes.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const n of nodes) {
    expect(
      n.x >= 0 && n.y >= 0 && n.x + n.width <= layout.width && n.y + n.height <= layout.height,
      `${n.id} inside`,
    ).to.equal(true);
    extend(n.x, n.y);
    extend(n.x + n.width, n.y + n.height);
  }
  for (const l of links) for (const [x, y] of l.points) extend(x, y);
  // Touching 0 up to rounding: a box placed by sums of offsets may sit 4e-15 px from the edge.
  expect(near(minX, 0) && near(minY, 0), `touches 0 on both axes (${minX}, ${minY})`).to.equal(true);
  expect(near(maxX, layout.width) && near(maxY, layout.height), 'size is the bounding box').to.equal(true);

  // No two boxes share a positive area. (Hot loops collect problems instead of calling expect.)
  const problems: string[] = [];
  const grid = new BoxGrid(nodes);
  nodes.forEach((a, i) => {
    for (const j of grid.candidates(a.x, a.y, a.x + a.width, a.y + a.height)) {
      if (j <= i) continue;
      const c = nodes[j] as PositionedNode;
      const hit =
        overlap(a.x, a.x + a.width, c.x, c.x + c.width) > 1e-6 &&
        overlap(a.y, a.y + a.height, c.y, c.y + c.height) > 1e-6;
      if (hit) problems.push(`${a.id} overlaps ${c.id}`);
    }
  });

  // Links: one per child, anchored on the right box edges, orthogonal, never through a box.
  expect(links.length).to.equal(nodes.length - 1);
  const children = nodes.filter((n) => n.parentId !== null);
  links.forEach((l, i) => {
    const child = children[i] as PositionedNode;
    const parent = byId.get(child.parentId as string) as PositionedNode;
    expect([l.id, l.sourceId, l.targetId]).to.deep.equal([`${parent.id}->${child.id}`, parent.id, child.id]);
    expect(l.points.length).to.be.at.least(2);
    const first = l.points[0] as readonly [number, number];
    const last = l.points[l.points.length - 1] as readonly [number, number];
    const p = axes(parent, vertical);
    const c = axes(child, vertical);
    const [fb, fd] = vertical ? first : [first[1], first[0]];
    const [lb, ld] = vertical ? last : [last[1], last[0]];
    // Out of the middle of the parent's far edge (bottom / right) ...
    expect(near(fb, p.b + p.bs / 2) && near(fd, p.d + p.ds), `${l.id} starts on the parent's edge`).to.equal(true);
    // ... into the middle of the child's near edge, or, in a stack, its breadth-start edge.
    const entersChild = child.stacked
      ? near(lb, c.b) && near(ld, c.d + c.ds / 2)
      : near(lb, c.b + c.bs / 2) && near(ld, c.d);
    expect(entersChild, `${l.id} ends on the child's edge`).to.equal(true);
    for (let k = 1; k < l.points.length; k++) {
      const [x0, y0] = l.points[k - 1] as readonly [number, number];
      const [x1, y1] = l.points[k] as readonly [number, number];
      expect(x0 === x1 || y0 === y1, `${l.id} is orthogonal`).to.equal(true);
      const [sx0, sx1, sy0, sy1] = [Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)];
      for (const j of grid.candidates(sx0, sy0, sx1, sy1)) {
        const n = nodes[j] as PositionedNode;
        const through =
          x0 === x1
            ? inside(x0, n.x, n.width) && overlap(sy0, sy1, n.y, n.y + n.height) > 1e-6
            : inside(y0, n.y, n.height) && overlap(sx0, sx1, n.x, n.x + n.width) > 1e-6;
        if (through) problems.push(`${l.id} runs through ${n.id}`);
      }
    }
    checkPath(l.path, l.points);
  });
  expect(problems.slice(0, 5)).to.deep.equal([]);

  // Levels: non-stacked boxes of one depth share their near edge; the next level starts levelGap
  // after the deepest box of this one.
  const levels: { top: number; bottom: number; aligned: Set<number> }[] = [];
  for (const n of nodes) {
    const a = axes(n, vertical);
    const level = (levels[n.depth] ??= { top: Infinity, bottom: -Infinity, aligned: new Set() });
    level.top = Math.min(level.top, a.d);
    level.bottom = Math.max(level.bottom, a.d + a.ds);
    if (!n.stacked) level.aligned.add(a.d);
  }
  levels.forEach((level, k) => {
    expect(level.aligned.size, `level ${k} is aligned`).to.be.at.most(1);
    if (level.aligned.size === 1) expect([...level.aligned][0]).to.equal(level.top);
    const next = levels[k + 1];
    if (next)
      expect(near(next.top, level.bottom + o.levelGap, 1e-6), `level ${k + 1} starts after level ${k}`).to.equal(true);
  });

  // Siblings keep input order along the breadth axis.
  const siblings = new Map<string, PositionedNode[]>();
  for (const n of children) {
    const list = siblings.get(n.parentId as string) ?? [];
    list.push(n);
    siblings.set(n.parentId as string, list);
  }
  for (const list of siblings.values()) {
    for (let k = 1; k < list.length; k++) {
      const a = axes(list[k - 1] as PositionedNode, vertical);
      const c = axes(list[k] as PositionedNode, vertical);
      const ids = `${list[k - 1]?.id} before ${list[k]?.id}`;
      if (list[k]?.stacked) {
        // Column by column: further down the same column, or in a later column (which may touch
        // the one before when the stack's gap is 0).
        expect((c.b === a.b && c.d > a.d) || c.b >= a.b + a.bs - 1e-6, ids).to.equal(true);
      } else {
        expect(c.b - (a.b + a.bs) >= o.siblingGap - 1e-6, ids).to.equal(true);
      }
    }
  }
}

export function checkPath(path: string, points: readonly (readonly [number, number])[]): void {
  const tokens = path.split(' ');
  expect(tokens.length).to.equal(points.length * 3);
  points.forEach(([x, y], i) => {
    const [cmd, sx, sy] = tokens.slice(i * 3, i * 3 + 3) as [string, string, string];
    expect(cmd).to.equal(i === 0 ? 'M' : 'L');
    for (const [s, v] of [
      [sx, x],
      [sy, y],
    ] as const) {
      expect(s).to.match(/^-?\d+(\.\d{1,2})?$/);
      expect(Math.abs(Number(s) - v)).to.be.at.most(0.005 + 1e-9);
    }
  });
}
