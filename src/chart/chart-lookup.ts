import type { Dataset } from '../model/types.js';
import { buildChartTree, type ChartNode, type ChartView } from './chart-tree.js';
import { ancestorIds, indexChart, type NodeInfo } from './chart-visibility.js';
import { LazyMap } from './lazy-map.js';

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
const parts = new WeakMap<ChartNode, IndexedChart>();

function indexed(tree: ChartNode): IndexedChart {
  const index = indexChart(tree);
  // Only a selection, a drill-down or a deep link asks which box shows a unit: never a first paint
  // (the element copies this object on every render, so a getter would not stay lazy).
  return { tree, index, unitBoxes: new LazyMap(() => firstUnitBoxes(index)) };
}

/** The chart tree of a dataset in a view, indexed; the same object for the same inputs. */
export function indexedChart(dataset: Dataset, view: ChartView): IndexedChart {
  let byView = built.get(dataset);
  if (!byView) built.set(dataset, (byView = new Map()));
  let chart = byView.get(view);
  if (!chart) byView.set(view, (chart = indexed(buildChartTree(dataset, view))));
  return chart;
}

/** The chart from one of its nodes down (a drill-down), indexed as a chart of its own; built once per node. */
export function partOfChart(node: ChartNode): IndexedChart {
  let chart = parts.get(node);
  if (!chart) parts.set(node, (chart = indexed(node)));
  return chart;
}

/** The chart to show: the whole one, or the part from a unit's (first) box down; undefined for an unknown unit. */
export function shownChart(whole: IndexedChart, rootUnit: string | undefined): IndexedChart | undefined {
  if (rootUnit === undefined) return whole;
  const box = whole.unitBoxes.get(rootUnit);
  return box === undefined ? undefined : partOfChart(whole.index.get(box)!.node);
}

/** The nodes from the top of the whole chart down to a node, that node last (a breadcrumb). */
export function pathTo(index: ReadonlyMap<string, NodeInfo>, id: string): ChartNode[] {
  const node = index.get(id)?.node;
  if (!node) return [];
  return [
    ...ancestorIds(index, id)
      .reverse()
      .map((p) => index.get(p)!.node),
    node,
  ];
}
