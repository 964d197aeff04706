/**
 * Keyboard model for a tree following the WAI-ARIA APG treeview pattern, shared by the chart and
 * the indented list. Pure: it maps a key and the visible nodes to an intent; the element applies it.
 */
import type { Orientation } from './types.js';
import { normalizeForSearch } from '../text/normalize-for-search.js';
import type { NavList } from './nav-list.js';

export type { NavList, NavNode } from './nav-list.js';

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

/** Focus the node at `target`, or nothing when there is none or it already has focus (so no preventDefault). */
function focusOn(visible: NavList, target: number, current: number): NavAction | undefined {
  return target >= 0 && target < visible.length && target !== current
    ? { type: 'focus', id: visible.id(target) }
    : undefined;
}

/** The nearest visible node at the same depth in direction `step`; pre-order puts them left to right. */
function sameDepth(visible: NavList, index: number, step: 1 | -1): number {
  const depth = visible.depth(index);
  for (let i = index + step; i >= 0 && i < visible.length; i += step) if (visible.depth(i) === depth) return i;
  return -1;
}

const isOpen = (visible: NavList, k: number): boolean => visible.hasChildren(k) && visible.expanded(k);

/**
 * The action for `key` (a KeyboardEvent.key value) with `focusedId` focused, or undefined when the
 * key does nothing here: unknown key, unknown focus, a boundary, or a leaf.
 */
export function keyAction(
  key: string,
  visible: NavList,
  focusedId: string,
  orientation: Orientation,
  mode: NavMode,
): NavAction | undefined {
  const index = visible.indexOf(focusedId);
  if (index < 0) return undefined;
  switch (key) {
    case 'Home':
      return focusOn(visible, 0, index);
    case 'End':
      return focusOn(visible, visible.length - 1, index);
    case 'Enter':
    case ' ':
      return { type: 'activate', id: focusedId };
    case '*': {
      const parent = visible.parentId(index);
      const ids: string[] = [];
      for (let k = 0; k < visible.length; k++)
        if (visible.parentId(k) === parent && visible.hasChildren(k) && !visible.expanded(k)) ids.push(visible.id(k));
      return ids.length > 0 ? { type: 'expand-siblings', ids } : undefined;
    }
  }
  const move = (mode === 'list' ? LIST_ARROWS : CHART_ARROWS[orientation]).get(key);
  switch (move) {
    case 'next':
    case 'previous': {
      const step = move === 'next' ? 1 : -1;
      return focusOn(visible, mode === 'list' ? index + step : sameDepth(visible, index, step), index);
    }
    case 'into': {
      if (!visible.hasChildren(index)) return undefined;
      if (!visible.expanded(index)) return { type: 'expand', id: focusedId };
      const child = index + 1;
      return child < visible.length && visible.parentId(child) === focusedId
        ? focusOn(visible, child, index)
        : undefined;
    }
    case 'out': {
      if (isOpen(visible, index)) return { type: 'collapse', id: focusedId };
      const parent = visible.parentId(index);
      return parent === null ? undefined : focusOn(visible, visible.indexOf(parent), index);
    }
    default:
      return undefined;
  }
}

/**
 * The id of the visible node type-ahead moves to for `query` (what was typed in the last ~500 ms),
 * or undefined when no label starts with it.
 */
export function typeAhead(visible: NavList, focusedId: string, query: string): string | undefined {
  const q = normalizeForSearch(query);
  const chars = [...q];
  const first = chars[0];
  if (first === undefined || visible.length === 0) return undefined;
  // One key pressed repeatedly cycles through the nodes starting with it (APG), rather than
  // looking for a label that starts with 'ff'.
  const single = chars.every((c) => c === first);
  const needle = single ? first : q;
  const from = visible.indexOf(focusedId);
  // A single key moves on to the next match. A longer query extends the one that found the focused
  // node, so the focused node is tried first: typing 'fi' after 'f' keeps 'Finance' rather than
  // skipping to 'Fire'.
  const start = single ? from + 1 : Math.max(from, 0);
  for (let i = 0; i < visible.length; i++) {
    const k = (start + i) % visible.length;
    if (visible.labels(k).some((label) => normalizeForSearch(label).trimStart().startsWith(needle)))
      return visible.id(k);
  }
  return undefined;
}
