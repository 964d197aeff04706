/**
 * The shown nodes of a chart as the keyboard model reads them (a NavList), straight from the
 * chart's index: a key press in a chart of 20,000 open units makes no object per node, only a
 * list of their numbers.
 */
import type { NavList } from '../layout/nav-list.js';
import { pickText, type UiLang } from '../model/localize.js';
import type { ChartNode } from './chart-tree.js';
import { indexChart } from './chart-visibility.js';

/** The nodes shown with `expanded` open, in pre-order. */
export function visibleList(root: ChartNode, expanded: ReadonlySet<string>, lang: UiLang): NavList {
  const index = indexChart(root);
  const { nodes, parent, depth, end } = index;
  const shown: number[] = [];
  // After a node comes its first child when it is open, else the node after its subtree.
  for (let i = 0; i < nodes.length; i = expanded.has(nodes[i]!.id) ? i + 1 : end[i]!) shown.push(i);
  const order = Int32Array.from(shown);
  const node = (k: number): ChartNode => nodes[order[k]!]!;
  return {
    length: order.length,
    id: (k) => node(k).id,
    parentId: (k) => {
      const p = parent[order[k]!]!;
      return p < 0 ? null : nodes[p]!.id;
    },
    depth: (k) => depth[order[k]!]!,
    hasChildren: (k) => node(k).children.length > 0,
    expanded: (k) => node(k).children.length > 0 && expanded.has(node(k).id),
    labels: (k) => {
      const { label, aliases } = node(k);
      const all = [pickText(label, lang).text, label.zh, label.en ?? '', ...aliases.flatMap((a) => [a.zh, a.en ?? ''])];
      return all.filter(Boolean);
    },
    // Numbers ascend in pre-order: a binary search finds a node's place.
    indexOf: (id) => {
      const i = index.ordinal(id);
      if (i === undefined) return -1;
      let [lo, hi] = [0, order.length - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (order[mid]! === i) return mid;
        if (order[mid]! < i) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
  };
}
