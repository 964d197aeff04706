/**
 * The pure hierarchy layout: measured boxes in, positioned boxes and orthogonal links out.
 * d3-hierarchy's tidy tree places each level's boxes across the breadth axis; levels get their own
 * depth band, as deep as their deepest box. This is the layout the chart keeps up to date as its
 * nodes open and close (IncrementalLayout, LayoutFrame), laid out once and written out whole.
 */
import { checkLayoutNode, resolveLayoutOptions } from './check-layout-input.js';
import { IncrementalLayout } from './incremental-layout.js';
import { LayoutFrame } from './layout-frame.js';
import { polylinePath, simplifyPolyline } from './link-path.js';
import { ordinalTree, type LayoutBoxes } from './ordinal-tree.js';
import type { LayoutInputNode, LayoutOptions, PositionedLink, PositionedNode, TreeLayout } from './types.js';

export { DEFAULT_LAYOUT_OPTIONS } from './check-layout-input.js';

export function layoutTree(root: LayoutInputNode, options?: Partial<LayoutOptions>): TreeLayout {
  const opts = resolveLayoutOptions(options);
  // Number the input in pre-order, checking it on the way (without recursion: chains can be
  // thousands deep).
  const seen = new Set<string>();
  const nodes: LayoutInputNode[] = [];
  const parents: number[] = [];
  const stack: [LayoutInputNode, number][] = [[root, -1]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    checkLayoutNode(node, seen);
    const i = nodes.push(node) - 1;
    parents.push(parent);
    for (let k = node.children.length - 1; k >= 0; k--) stack.push([node.children[k]!, i]);
  }
  const tree = ordinalTree(parents);
  const vertical = opts.orientation === 'vertical';
  const boxes: LayoutBoxes = {
    open: () => true,
    breadth: (i) => (vertical ? nodes[i]!.width : nodes[i]!.height),
    extent: (i) => (vertical ? nodes[i]!.height : nodes[i]!.width),
  };
  const frame = new LayoutFrame(tree, boxes, new IncrementalLayout(tree, boxes, opts), opts);
  const idOf = (i: number): string | null => (i < 0 ? null : nodes[i]!.id);
  const positioned: PositionedNode[] = [...frame.order].map((i) => ({
    id: nodes[i]!.id,
    parentId: idOf(tree.parent[i]!),
    depth: tree.depth[i]!,
    x: frame.x(i),
    y: frame.y(i),
    width: nodes[i]!.width,
    height: nodes[i]!.height,
    stacked: frame.placement.stacked[i] === 1,
  }));
  const links: PositionedLink[] = [...frame.order].slice(1).map((c) => {
    const [sourceId, targetId] = [idOf(tree.parent[c]!)!, nodes[c]!.id];
    const points = simplifyPolyline(frame.links.points(c));
    return { id: `${sourceId}->${targetId}`, sourceId, targetId, points, path: polylinePath(points) };
  });
  return { nodes: positioned, links, width: frame.width, height: frame.height };
}
