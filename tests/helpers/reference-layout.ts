/**
 * layoutTree as it was first written, straight on d3-hierarchy, kept only for the tests: the
 * reference the incremental layout (and layoutTree, now built on it) must equal.
 *
 * The pure hierarchy layout: measured boxes in, positioned boxes and orthogonal links out.
 * d3-hierarchy's tidy tree places each level's boxes across the breadth axis; levels get their own
 * depth band, as deep as their deepest box. Everything is worked out in generic axes — breadth
 * (x when vertical, y when horizontal) and depth (the other one) — and mapped to x/y at the end.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import { checkLayoutNode, resolveLayoutOptions } from '../../src/layout/check-layout-input.js';
import { polylinePath, simplifyPolyline, type Point } from '../../src/layout/link-path.js';
import { planStack, type StackSlot } from '../../src/layout/plan-stack.js';
import type {
  LayoutInputNode,
  LayoutOptions,
  PositionedLink,
  PositionedNode,
  TreeLayout,
} from '../../src/layout/types.js';

/** One node of the tidy tree: a single box, or a stack of leaf boxes treated as one block. */
interface Item {
  readonly breadth: number;
  readonly extent: number;
  children: Item[];
  centre: number;
  level: number;
}

/** One input node, in pre-order, with its box in generic axes once placed. */
interface Entry {
  readonly node: LayoutInputNode;
  readonly parent: Entry | null;
  readonly depth: number;
  readonly item: Item;
  /** Set for a box in a stack: where it sits inside the block. */
  readonly slot: StackSlot | null;
  b: number;
  d: number;
  /** Breadth of the connector line along a stacked box's column. */
  connector: number;
  readonly bs: number;
  readonly ds: number;
}

export function referenceLayout(root: LayoutInputNode, options?: Partial<LayoutOptions>): TreeLayout {
  const opts = resolveLayoutOptions(options);
  const vertical = opts.orientation === 'vertical';
  const sizeOf = (n: LayoutInputNode) =>
    vertical ? { breadth: n.width, extent: n.height } : { breadth: n.height, extent: n.width };
  const newItem = ({ breadth, extent }: { breadth: number; extent: number }): Item => ({
    breadth,
    extent,
    children: [],
    centre: 0,
    level: 0,
  });

  // 1. Walk the input once, iteratively (chains can be thousands deep): check it, list it in
  //    pre-order, and build the items the tidy tree will place.
  const seen = new Set<string>();
  const entries: Entry[] = [];
  const entry = (node: LayoutInputNode, parent: Entry | null, item: Item, slot: StackSlot | null): Entry => {
    checkLayoutNode(node, seen);
    const { breadth, extent } = sizeOf(node);
    const e: Entry = {
      node,
      parent,
      depth: parent ? parent.depth + 1 : 0,
      item,
      slot,
      b: 0,
      d: 0,
      connector: 0,
      bs: breadth,
      ds: extent,
    };
    entries.push(e);
    return e;
  };
  const rootItem = newItem(sizeOf(root));
  const pending: [LayoutInputNode, Entry | null, Item][] = [[root, null, rootItem]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, parentEntry, item] = next;
    const e = entry(node, parentEntry, item, null);
    const kids = node.children;
    if (kids.length > 0 && kids.length >= opts.stackThreshold && kids.every((k) => k.children.length === 0)) {
      const plan = planStack(kids.map(sizeOf), opts.stackRows, opts.stackGap, opts.stackIndent);
      const block = newItem(plan);
      item.children = [block];
      kids.forEach((kid, i) => entry(kid, e, block, plan.slots[i] as StackSlot));
    } else {
      const childItems = kids.map((kid) => newItem(sizeOf(kid)));
      item.children = childItems;
      for (let i = kids.length - 1; i >= 0; i--) pending.push([kids[i] as LayoutInputNode, e, childItems[i] as Item]);
    }
  }

  // 2. The tidy tree, in px: separation is the centre-to-centre distance of two neighbours.
  const laidOut = tree<Item>()
    .nodeSize([1, 1])
    .separation((a, c) => (a.data.breadth + c.data.breadth) / 2 + opts.siblingGap * (a.parent === c.parent ? 1 : 2))(
    hierarchy(rootItem, (i) => i.children),
  );
  const levelExtent: number[] = [];
  laidOut.each((n) => {
    n.data.centre = n.x;
    n.data.level = n.depth;
    levelExtent[n.depth] = Math.max(levelExtent[n.depth] ?? 0, n.data.extent);
  });
  const levelStart: number[] = [0];
  for (let k = 1; k < levelExtent.length; k++) {
    levelStart[k] = (levelStart[k - 1] as number) + (levelExtent[k - 1] as number) + opts.levelGap;
  }

  // 3. Boxes and connector lines in generic axes, then shifted so the top-left of it all is 0, 0.
  let minB = Infinity;
  let minD = Infinity;
  for (const e of entries) {
    const { item, slot } = e;
    const start = item.centre - item.breadth / 2;
    e.b = slot ? start + slot.b : start;
    e.d = (levelStart[item.level] as number) + (slot ? slot.d : 0);
    if (slot) {
      e.connector = start + slot.connector;
      minB = Math.min(minB, e.connector);
    }
    minB = Math.min(minB, e.b);
    minD = Math.min(minD, e.d);
  }
  for (const e of entries) {
    e.b -= minB;
    e.d -= minD;
    e.connector -= minB;
  }

  // 4. Links: down to a bus halfway through the level gap, across, then into the child.
  const toXY = (b: number, d: number): Point => (vertical ? [b, d] : [d, b]);
  const links: PositionedLink[] = [];
  let maxB = 0;
  let maxD = 0;
  for (const e of entries) {
    maxB = Math.max(maxB, e.b + e.bs);
    maxD = Math.max(maxD, e.d + e.ds);
    const p = e.parent;
    if (!p) continue;
    const pc = p.b + p.bs / 2;
    const bus = (levelStart[e.item.level] as number) - opts.levelGap / 2 - minD;
    let raw: [number, number][];
    if (e.slot) {
      const mid = e.d + e.ds / 2;
      raw = [
        [pc, p.d + p.ds],
        [pc, bus],
        [e.connector, bus],
        [e.connector, mid],
        [e.b, mid],
      ];
    } else {
      const cc = e.b + e.bs / 2;
      raw = [
        [pc, p.d + p.ds],
        [pc, bus],
        [cc, bus],
        [cc, e.d],
      ];
    }
    const points = simplifyPolyline(raw.map(([b, d]) => toXY(b, d)));
    for (const [b, d] of raw) {
      maxB = Math.max(maxB, b);
      maxD = Math.max(maxD, d);
    }
    links.push({
      id: `${p.node.id}->${e.node.id}`,
      sourceId: p.node.id,
      targetId: e.node.id,
      points,
      path: polylinePath(points),
    });
  }

  const nodes: PositionedNode[] = entries.map((e) => ({
    id: e.node.id,
    parentId: e.parent ? e.parent.node.id : null,
    depth: e.depth,
    x: vertical ? e.b : e.d,
    y: vertical ? e.d : e.b,
    width: e.node.width,
    height: e.node.height,
    stacked: e.slot !== null,
  }));
  return { nodes, links, width: vertical ? maxB : maxD, height: vertical ? maxD : maxB };
}
