import type { ChartLayoutCache } from './chart-layout-cache.js';
import type { ChartNow } from './chart-now.js';
import type { ChartOpenState } from './chart-open-state.js';
import type { ChartViewState } from './chart-view-state.js';
import type { KeyboardActions } from './chart-keyboard.js';

/** What the actions change and whom they tell; given when they are created. */
export interface ActionParts {
  readonly now: () => ChartNow | undefined;
  readonly open: ChartOpenState;
  readonly view: ChartViewState;
  readonly layouts: ChartLayoutCache;
  /** The reader selected a unit: set `selected` and tell the page. */
  readonly select: (unitId: string) => void;
  /** The reader opened or closed a node: tell the page. */
  readonly toggled: (id: string, expanded: boolean) => void;
}

/**
 * What a reader does to the chart's nodes (keyboard, pointer, find box, selection): each changes
 * the open nodes, the tab stop or the selection and asks the view for the matching move.
 */
export class ChartActions implements KeyboardActions {
  /** True while the chart itself moves keyboard focus (its focusin needs no reveal of its own). */
  focusing = false;

  constructor(private readonly parts: ActionParts) {}

  readonly now = (): ChartNow | undefined => this.parts.now();

  /** Opens the way to a node, makes it the tab stop and brings it into view (find box, selection). */
  openTo(id: string): void {
    this.parts.open.openTo(id);
    this.parts.view.request({ reveal: id });
  }

  /** Moves keyboard focus to a node, revealing it. */
  focus(id: string): void {
    this.parts.open.focused = id;
    this.parts.view.request({ focus: true, reveal: id });
  }

  /** Focus arrived on a node (Tab, a click): it becomes the tab stop and comes into view. */
  reveal(id: string): void {
    if (this.focusing) return;
    this.parts.open.focused = id;
    this.parts.view.request({ reveal: id });
  }

  /** Opens or closes one node, keeping it where it is on screen. */
  toggle(id: string, open: boolean): void {
    const next = this.parts.open.toggled(id, open);
    if (!next) return;
    const pos = this.parts.layouts.current?.positions.get(id);
    if (pos) this.parts.view.request({ anchor: { id, x: pos.x, y: pos.y } });
    this.parts.open.set(next);
    this.parts.toggled(id, open);
  }

  /** Enter, Space or click: selects a unit; opens or closes anything else. */
  activate(id: string): void {
    const now = this.parts.now();
    const node = now?.index.get(id)?.node;
    if (!now || !node) return;
    this.parts.open.focused = id;
    if (node.type !== 'unit') this.toggle(id, !now.expanded.has(id));
    else if (now.selected !== node.entityId) this.parts.select(node.entityId);
  }
}
