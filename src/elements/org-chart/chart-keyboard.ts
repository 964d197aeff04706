import type { ChartNode } from '../../layout/chart-tree.js';
import { visibleNodes, type NodeInfo } from '../../layout/chart-visibility.js';
import { keyAction, typeAhead, type NavAction } from '../../layout/tree-navigation.js';
import type { Orientation } from '../../layout/types.js';

/** Typed characters within this many ms form one type-ahead query (APG treeview). */
const TYPE_AHEAD_MS = 500;

export interface KeyboardHost {
  readonly chart: { tree?: ChartNode; index: ReadonlyMap<string, NodeInfo>; expanded: ReadonlySet<string>; lang: 'zh-CN' | 'en' };
  readonly focusedNodeId: string;
  readonly orientation: Orientation;
  readonly isNarrow: boolean;
  focusNode(id: string): void;
  toggle(id: string, open: boolean): void;
  activate(id: string): void;
  revealNode(id: string): void;
}

/** Keyboard, click and focus handling for the chart's tree; the key model itself is pure (layout/). */
export class ChartKeyboard {
  private query = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: KeyboardHost) {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    const { tree, expanded, lang } = this.host.chart;
    if (!tree || event.altKey || event.ctrlKey || event.metaKey) return;
    const visible = visibleNodes(tree, expanded, lang);
    const focused = this.host.focusedNodeId;
    const action = keyAction(event.key, visible, focused, this.host.orientation, this.host.isNarrow ? 'list' : 'chart');
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
      this.host.focusNode(match);
    }
  };

  private apply(action: NavAction): void {
    switch (action.type) {
      case 'focus': this.host.focusNode(action.id); break;
      case 'expand': this.host.toggle(action.id, true); break;
      case 'collapse': this.host.toggle(action.id, false); break;
      case 'expand-siblings': action.ids.forEach((id) => this.host.toggle(id, true)); break;
      case 'activate': this.host.activate(action.id); break;
    }
  }

  /** Click on a box selects it (units) or opens/closes it; the +/− mark always opens/closes. */
  readonly onClick = (event: MouseEvent): void => {
    const path = event.composedPath() as Element[];
    const item = path.find((el) => el instanceof HTMLElement && el.getAttribute('role') === 'treeitem') as HTMLElement | undefined;
    const id = item?.dataset['id'];
    if (!id) return;
    const onToggle = path.some((el) => el instanceof HTMLElement && (el.classList.contains('toggle') || el.classList.contains('twisty')));
    this.host.focusNode(id);
    if (onToggle) this.host.toggle(id, !this.host.chart.expanded.has(id));
    else this.host.activate(id);
  };

  /** Tabbing into the chart brings the focused box into view. */
  readonly onFocusin = (event: FocusEvent): void => {
    const id = (event.target as HTMLElement).dataset?.['id'];
    if (id) this.host.revealNode(id);
  };
}
