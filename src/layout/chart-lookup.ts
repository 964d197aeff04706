import { ancestorIds, type NodeInfo } from './chart-visibility.js';

/** For each unit the chart shows, the id of its first box (a unit appears twice in the leadership view). */
export function firstUnitBoxes(index: ReadonlyMap<string, NodeInfo>): Map<string, string> {
  const boxes = new Map<string, string>();
  for (const { node } of index.values()) if (node.type === 'unit' && !boxes.has(node.entityId)) boxes.set(node.entityId, node.id);
  return boxes;
}

/** The given nodes and all their ancestors (what must stay rendered for focus and reveal). */
export function withAncestors(index: ReadonlyMap<string, NodeInfo>, ids: readonly (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) if (id) [id, ...ancestorIds(index, id)].forEach((p) => out.add(p));
  return out;
}
