import type { ChartNode } from './chart-tree.js';
import { normalizeForSearch } from '../text/normalize-for-search.js';

const normalise = (text: string): string => normalizeForSearch(text).replace(/\s+/g, '');

/** Every node's names in the form a search compares, in pre-order: built once per tree. */
export interface FindIndex {
  readonly ids: readonly string[];
  /** The node's names and aliases (Chinese and English), normalised, joined by a separator no query holds. */
  readonly texts: readonly string[];
}

const built = new WeakMap<ChartNode, FindIndex>();

/**
 * The find index of a tree, built on first use (the first search, never before the chart is
 * shown): one normalised string per node, so a search is one pass of `includes` over an array.
 */
export function findIndex(root: ChartNode): FindIndex {
  let index = built.get(root);
  if (index) return index;
  const ids: string[] = [];
  const texts: string[] = [];
  const stack: ChartNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    ids.push(node.id);
    const names = [node.label, ...node.aliases].flatMap((t) => (t.en ? [t.zh, t.en] : [t.zh]));
    texts.push(names.map(normalise).join('\u0000'));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  built.set(root, (index = { ids, texts }));
  return index;
}

/**
 * Ids of the nodes whose name or alias (Chinese or English) contains `query`, in pre-order,
 * including nodes inside closed branches. Spaces and width (全角/半角) do not matter.
 */
export function findNodes(root: ChartNode, query: string): string[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const { ids, texts } = findIndex(root);
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i]!.includes(wanted)) found.push(ids[i]!);
  return found;
}
