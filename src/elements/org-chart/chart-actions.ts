import { ChartRootEvent, UnitSelectEvent, UnitToggleEvent } from '../../events.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';
import type { IndexedChart } from '../../chart/chart-lookup.js';
import type { Messages } from '../../i18n/messages.js';
import type { Orientation } from '../../layout/types.js';
import type { UiLang } from '../../model/localize.js';
import type { ChartOpenState } from './chart-open-state.js';
import type { ChartViewState } from './chart-view-state.js';
import type { KeyboardActions } from './chart-keyboard.js';

/** The chart as it is now, as its helpers (keyboard, export) read it when they act. */
export interface ChartNow extends IndexedChart {
  /** The open nodes. */
  readonly expanded: ReadonlySet<string>;
  /** The tree's tab stop. */
  readonly focused: string;
  readonly lang: UiLang;
  readonly messages: Messages;
  readonly orientation: Orientation;
  /** The selected unit's id. */
  readonly selected?: string;
  /** Shown as the indented list of a narrow container. */
  readonly narrow: boolean;
}

/** The element: what a reader's action sets on it, and where its events go. */
export interface ActionHost extends HTMLElement {
  selected?: string;
  rootUnit?: string;
}

/** What the actions change and whom they tell; given when they are created. */
export interface ActionParts {
  readonly host: ActionHost;
  readonly now: () => ChartNow | undefined;
  readonly open: ChartOpenState;
  readonly view: ChartViewState;
  readonly layouts: ChartLayoutCache;
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
    this.parts.host.dispatchEvent(new UnitToggleEvent({ id, expanded: open }));
  }

  /** Enter, Space or click: selects a unit; opens or closes anything else. */
  activate(id: string): void {
    const now = this.parts.now();
    const node = now?.index.get(id)?.node;
    if (!now || !node) return;
    this.parts.open.focused = id;
    if (node.type !== 'unit') this.toggle(id, !now.expanded.has(id));
    else if (now.selected !== node.entityId) {
      this.parts.host.selected = node.entityId;
      this.parts.host.dispatchEvent(new UnitSelectEvent(node.entityId));
    }
  }

  /** The toolbar's drill-down: to the selected unit, when it is below the root shown. */
  drillTarget(): (() => void) | undefined {
    const now = this.parts.now();
    const unit = now?.selected;
    const box = unit === undefined ? undefined : now?.unitBoxes.get(unit);
    return box && box !== now?.tree.id ? () => this.showFrom(unit) : undefined;
  }

  /** Shows the chart from a unit down, or the whole organisation: tells the page, keeps focus in the tree. */
  showFrom(unitId: string | undefined): void {
    const { host, view } = this.parts;
    if (unitId === host.rootUnit) return;
    host.rootUnit = unitId;
    view.request({ focus: true });
    host.dispatchEvent(new ChartRootEvent({ unitId: unitId ?? null }));
  }
}
