/** What the keyboard model reads of a tree's visible nodes (tree-navigation.ts). */

export interface NavNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly depth: number;
  /** Has children in the data, shown or not. */
  readonly hasChildren: boolean;
  /** Children are shown. */
  readonly expanded: boolean;
  /** Strings type-ahead matches against (e.g. Chinese name, English name, aliases). */
  readonly labels: readonly string[];
}

/**
 * The visible nodes in pre-order, read by position (0 is the first): a chart of 20,000 open
 * units answers these from its index, without an object per node on every key press.
 */
export interface NavList {
  readonly length: number;
  id(k: number): string;
  parentId(k: number): string | null;
  depth(k: number): number;
  /** Has children in the data, shown or not. */
  hasChildren(k: number): boolean;
  /** Children are shown. */
  expanded(k: number): boolean;
  /** Strings type-ahead matches against. */
  labels(k: number): readonly string[];
  /** The position of the visible node with this id; -1 when there is none. */
  indexOf(id: string): number;
}

/** A list of NavNode objects read as a NavList. */
export function navList(nodes: readonly NavNode[]): NavList {
  const at = new Map<string, number>();
  nodes.forEach((n, k) => at.has(n.id) || at.set(n.id, k));
  return {
    length: nodes.length,
    id: (k) => nodes[k]!.id,
    parentId: (k) => nodes[k]!.parentId,
    depth: (k) => nodes[k]!.depth,
    hasChildren: (k) => nodes[k]!.hasChildren,
    expanded: (k) => nodes[k]!.expanded,
    labels: (k) => nodes[k]!.labels,
    indexOf: (id) => at.get(id) ?? -1,
  };
}
