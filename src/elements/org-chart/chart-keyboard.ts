import { visibleList } from '../../chart/visible-list.js';
import { keyAction, typeAhead, type NavAction } from '../../layout/tree-navigation.js';
import type { ChartNow } from './chart-actions.js';

/** Typed characters within this many ms form one type-ahead query (APG treeview). */
const TYPE_AHEAD_MS = 500;

/** What it may do: the chart's own operations, given when the helper is created. */
export interface KeyboardActions {
  /** The chart when a key is pressed; undefined while it has no data. */
  readonly now: () => ChartNow | undefined;
  /** Moves keyboard focus to a node and brings it into view. */
  readonly focus: (id: string) => void;
  readonly toggle: (id: string, open: boolean) => void;
  /** Enter, Space or click: selects a unit, opens or closes anything else. */
  readonly activate: (id: string) => void;
  /** Pans just enough to show a node. */
  readonly reveal: (id: string) => void;
}

/** Keyboard, click and focus handling for the chart's tree; the key model itself is pure (layout/). */
export class ChartKeyboard {
  private query = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly actions: KeyboardActions) {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    const now = this.actions.now();
    if (!now || event.altKey || event.ctrlKey || event.metaKey) return;
    const { tree, expanded, lang, focused, orientation, narrow } = now;
    const visible = visibleList(tree, expanded, lang);
    const action = keyAction(event.key, visible, focused, orientation, narrow ? 'list' : 'chart');
    if (action) {
      event.preventDefault();
      this.apply(action);
      return;
    }
    if ([...event.key].length !== 1 || event.key === ' ') return;
    clearTimeout(this.timer);
    this.query += event.key;
    this.timer = setTimeout(() => (this.query = ''), TYPE_AHEAD_MS);
    const match = typeAhead(visible, focused, this.query);
    if (match) {
      event.preventDefault();
      this.actions.focus(match);
    }
  };

  private apply(action: NavAction): void {
    switch (action.type) {
      case 'focus':
        this.actions.focus(action.id);
        break;
      case 'expand':
        this.actions.toggle(action.id, true);
        break;
      case 'collapse':
        this.actions.toggle(action.id, false);
        break;
      case 'expand-siblings':
        action.ids.forEach((id) => this.actions.toggle(id, true));
        break;
      case 'activate':
        this.actions.activate(action.id);
        break;
    }
  }

  /** Click on a box selects it (units) or opens/closes it; the +/− mark always opens/closes. */
  readonly onClick = (event: MouseEvent): void => {
    const path = event.composedPath() as Element[];
    const item = path.find((el) => el instanceof HTMLElement && el.getAttribute('role') === 'treeitem') as
      HTMLElement | undefined;
    const id = item?.dataset['id'];
    if (!id) return;
    const onToggle = path.some(
      (el) => el instanceof HTMLElement && (el.classList.contains('toggle') || el.classList.contains('twisty')),
    );
    this.actions.focus(id);
    if (onToggle) this.actions.toggle(id, !!!this.actions.now()?.expanded.has(id));
    else this.actions.activate(id);
  };

  /** Tabbing into the chart brings the focused box into view. */
  readonly onFocusin = (event: FocusEvent): void => {
    const id = (event.target as HTMLElement).dataset?.['id'];
    if (id) this.actions.reveal(id);
  };
}
