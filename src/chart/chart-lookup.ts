import type { Dataset } from '../model/types.js';
import { buildChartTree, type ChartNode, type ChartView } from './chart-tree.js';
import { ancestorIds, indexChart, type NodeInfo } from './chart-visibility.js';

/** For each unit the chart shows, the id of its first box (a unit appears twice in the leadership view). */
export function firstUnitBoxes(index: ReadonlyMap<string, NodeInfo>): Map<string, string> {
  const boxes = new Map<string, string>();
  for (const { node } of index.values())
    if (node.type === 'unit' && !boxes.has(node.entityId)) boxes.set(node.entityId, node.id);
  return boxes;
}

/** The given nodes and all their ancestors (what must stay rendered for focus and reveal). */
export function withAncestors(index: ReadonlyMap<string, NodeInfo>, ids: readonly (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) if (id) [id, ...ancestorIds(index, id)].forEach((p) => out.add(p));
  return out;
}

/** A chart tree with what the chart looks up in it, built once per dataset and view. */
export interface IndexedChart {
  readonly tree: ChartNode;
  readonly index: ReadonlyMap<string, NodeInfo>;
  /** For each unit the chart shows, its first box. */
  readonly unitBoxes: ReadonlyMap<string, string>;
}

const built = new WeakMap<Dataset, Map<ChartView, IndexedChart>>();

/** The chart tree of a dataset in a view, indexed; the same object for the same inputs. */
export function indexedChart(dataset: Dataset, view: ChartView): IndexedChart {
  let byView = built.get(dataset);
  if (!byView) built.set(dataset, (byView = new Map()));
  let chart = byView.get(view);
  if (!chart) {
    const tree = buildChartTree(dataset, view);
    const index = indexChart(tree);
    byView.set(view, (chart = { tree, index, unitBoxes: firstUnitBoxes(index) }));
  }
  return chart;
}
