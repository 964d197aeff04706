import type { ChartNode } from './chart-tree.js';
import { ChartIndex, type NodeInfo } from './chart-index.js';
import type { LayoutInputNode, PositionedNode, TreeLayout } from '../layout/types.js';
import type { Rect } from '../layout/viewport.js';

export type { NodeInfo } from './chart-index.js';

const indexes = new WeakMap<ChartNode, ChartIndex>();

/** Indexes every node of the tree (iteratively: deep trees cannot overflow the stack); once per tree. */
export function indexChart(root: ChartNode): ChartIndex {
  let index = indexes.get(root);
  if (!index) indexes.set(root, (index = new ChartIndex(root)));
  return index;
}

/** Ids from the node's parent up to the root (nearest first); empty for the root or an unknown id. */
export function ancestorIds(index: ReadonlyMap<string, NodeInfo>, id: string): string[] {
  const out: string[] = [];
  for (let p = index.get(id)?.parentId ?? null; p !== null; p = index.get(p)?.parentId ?? null) out.push(p);
  return out;
}

/** Ids of the nodes open at first: every node with children above `depth` (0 = only the root shown). */
export function initialExpanded(root: ChartNode, depth: number): Set<string> {
  const open = new Set<string>();
  const { nodes, depth: depths } = indexChart(root);
  for (let i = 0; i < nodes.length; i++)
    if (depths[i]! < depth && nodes[i]!.children.length > 0) open.add(nodes[i]!.id);
  return open;
}

/** Every node with children: what "expand all" opens. */
export function allExpandable(root: ChartNode): Set<string> {
  return initialExpanded(root, Number.POSITIVE_INFINITY);
}

/** The shown part of the tree with each box's measured size, ready for layoutTree. */
export function layoutInput(
  root: ChartNode,
  expanded: ReadonlySet<string>,
  size: (node: ChartNode) => { width: number; height: number },
): LayoutInputNode {
  interface Draft {
    id: string;
    width: number;
    height: number;
    children: Draft[];
  }
  const make = (node: ChartNode): Draft => ({ id: node.id, ...size(node), children: [] });
  const top = make(root);
  const stack: [ChartNode, Draft][] = [[root, top]];
  while (stack.length > 0) {
    const [node, draft] = stack.pop()!;
    if (!expanded.has(node.id)) continue;
    for (const child of node.children) {
      const next = make(child);
      draft.children.push(next);
      stack.push([child, next]);
    }
  }
  return top;
}

/** For each node, the rectangle covering it and everything shown below it (for culling). */
export function subtreeBounds(layout: TreeLayout): Map<string, Rect> {
  const bounds = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  const byId = new Map<string, PositionedNode>(layout.nodes.map((n) => [n.id, n]));
  // Pre-order reversed visits children before parents.
  for (let i = layout.nodes.length - 1; i >= 0; i--) {
    const n = layout.nodes[i]!;
    const own = bounds.get(n.id);
    const b = {
      x0: Math.min(n.x, own?.x0 ?? Infinity),
      y0: Math.min(n.y, own?.y0 ?? Infinity),
      x1: Math.max(n.x + n.width, own?.x1 ?? -Infinity),
      y1: Math.max(n.y + n.height, own?.y1 ?? -Infinity),
    };
    bounds.set(n.id, b);
    if (n.parentId !== null && byId.has(n.parentId)) {
      const p = bounds.get(n.parentId);
      bounds.set(
        n.parentId,
        p
          ? { x0: Math.min(p.x0, b.x0), y0: Math.min(p.y0, b.y0), x1: Math.max(p.x1, b.x1), y1: Math.max(p.y1, b.y1) }
          : b,
      );
    }
  }
  return new Map([...bounds].map(([id, b]) => [id, { x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 }]));
}
