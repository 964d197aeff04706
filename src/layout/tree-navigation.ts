/**
 * Keyboard model for a tree following the WAI-ARIA APG treeview pattern, shared by the chart and
 * the indented list. Pure: it maps a key and the visible nodes to an intent; the element applies it.
 */
import type { Orientation } from './types.js';
import { normalizeForSearch } from '../text/normalize-for-search.js';

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

export type NavMode = 'chart' | 'list';

export type NavAction =
  | { type: 'focus'; id: string }
  /** Open a closed node; focus stays. */
  | { type: 'expand'; id: string }
  /** Close an open node; focus stays. */
  | { type: 'collapse'; id: string }
  /** '*': the focused node and its siblings that have children and are closed. */
  | { type: 'expand-siblings'; ids: string[] }
  /** Enter / Space: select. */
  | { type: 'activate'; id: string };

/** What an arrow key means once mode and orientation are resolved. */
type Move = 'next' | 'previous' | 'into' | 'out';

// Maps, not object literals, so that keys like 'toString' never hit the prototype.
const LIST_ARROWS = new Map<string, Move>([
  ['ArrowDown', 'next'],
  ['ArrowUp', 'previous'],
  ['ArrowRight', 'into'],
  ['ArrowLeft', 'out'],
]);
// In a chart the arrow pointing from parent to children goes into the tree, like APG's ArrowRight;
// the perpendicular arrows walk along one generation, which is how the boxes sit on screen.
const CHART_ARROWS: Record<Orientation, Map<string, Move>> = {
  vertical: new Map([
    ['ArrowDown', 'into'],
    ['ArrowUp', 'out'],
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'previous'],
  ]),
  horizontal: new Map([
    ['ArrowRight', 'into'],
    ['ArrowLeft', 'out'],
    ['ArrowDown', 'next'],
    ['ArrowUp', 'previous'],
  ]),
};

/** Focus `target`, or nothing when there is none or it already has focus (so no preventDefault). */
function focusOn(target: NavNode | undefined, current: NavNode): NavAction | undefined {
  return target && target.id !== current.id ? { type: 'focus', id: target.id } : undefined;
}

/** The nearest visible node at the same depth in direction `step`; pre-order puts them left to right. */
function sameDepth(visible: readonly NavNode[], index: number, step: 1 | -1): NavNode | undefined {
  const depth = visible[index]?.depth;
  for (let i = index + step; i >= 0 && i < visible.length; i += step) {
    if (visible[i]?.depth === depth) return visible[i];
  }
  return undefined;
}

const isOpen = (node: NavNode): boolean => node.hasChildren && node.expanded;

/**
 * The action for `key` (a KeyboardEvent.key value) with `focusedId` focused, or undefined when the
 * key does nothing here: unknown key, unknown focus, a boundary, or a leaf.
 */
export function keyAction(
  key: string,
  visible: readonly NavNode[],
  focusedId: string,
  orientation: Orientation,
  mode: NavMode,
): NavAction | undefined {
  const index = visible.findIndex((n) => n.id === focusedId);
  const node = visible[index];
  if (!node) return undefined;
  switch (key) {
    case 'Home':
      return focusOn(visible[0], node);
    case 'End':
      return focusOn(visible[visible.length - 1], node);
    case 'Enter':
    case ' ':
      return { type: 'activate', id: node.id };
    case '*': {
      const ids = visible.filter((n) => n.parentId === node.parentId && n.hasChildren && !n.expanded).map((n) => n.id);
      return ids.length > 0 ? { type: 'expand-siblings', ids } : undefined;
    }
  }
  const move = (mode === 'list' ? LIST_ARROWS : CHART_ARROWS[orientation]).get(key);
  switch (move) {
    case 'next':
    case 'previous': {
      const step = move === 'next' ? 1 : -1;
      return focusOn(mode === 'list' ? visible[index + step] : sameDepth(visible, index, step), node);
    }
    case 'into': {
      if (!node.hasChildren) return undefined;
      if (!node.expanded) return { type: 'expand', id: node.id };
      const child = visible[index + 1];
      return child?.parentId === node.id ? focusOn(child, node) : undefined;
    }
    case 'out': {
      if (isOpen(node)) return { type: 'collapse', id: node.id };
      return focusOn(
        visible.find((n) => n.id === node.parentId),
        node,
      );
    }
    default:
      return undefined;
  }
}

/**
 * The id of the visible node type-ahead moves to for `query` (what was typed in the last ~500 ms),
 * or undefined when no label starts with it.
 */
export function typeAhead(visible: readonly NavNode[], focusedId: string, query: string): string | undefined {
  const q = normalizeForSearch(query);
  const chars = [...q];
  const first = chars[0];
  if (first === undefined || visible.length === 0) return undefined;
  // One key pressed repeatedly cycles through the nodes starting with it (APG), rather than
  // looking for a label that starts with 'ff'.
  const single = chars.every((c) => c === first);
  const needle = single ? first : q;
  const from = visible.findIndex((n) => n.id === focusedId);
  // A single key moves on to the next match. A longer query extends the one that found the focused
  // node, so the focused node is tried first: typing 'fi' after 'f' keeps 'Finance' rather than
  // skipping to 'Fire'.
  const start = single ? from + 1 : Math.max(from, 0);
  for (let i = 0; i < visible.length; i++) {
    const node = visible[(start + i) % visible.length];
    if (node?.labels.some((label) => normalizeForSearch(label).trimStart().startsWith(needle))) return node.id;
  }
  return undefined;
}
