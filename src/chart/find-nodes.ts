import type { ChartNode } from './chart-tree.js';
import { normalizeForSearch } from '../text/normalize-for-search.js';

const normalise = (text: string): string => normalizeForSearch(text).replace(/\s+/g, '');

/**
 * Ids of the nodes whose name or alias (Chinese or English) contains `query`, in pre-order,
 * including nodes inside closed branches. Spaces and width (全角/半角) do not matter.
 */
export function findNodes(root: ChartNode, query: string): string[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const found: string[] = [];
  const stack: ChartNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const names = [node.label, ...node.aliases].flatMap((t) => (t.en ? [t.zh, t.en] : [t.zh]));
    if (names.some((name) => normalise(name).includes(wanted))) found.push(node.id);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}
