import type { DataIssue } from './model/types.js';

/** Fired when the user selects a unit (click, Enter or Space). `detail` is the unit id. */
export class UnitSelectEvent extends CustomEvent<string> {
  static readonly eventName = 'unit-select';
  constructor(unitId: string) {
    super(UnitSelectEvent.eventName, { detail: unitId, bubbles: true, composed: true });
  }
}

export interface UnitToggleDetail {
  /** Id of the chart node (the unit id in the structure view). */
  readonly id: string;
  readonly expanded: boolean;
}

/** Fired when the user expands or collapses a node of the chart. */
export class UnitToggleEvent extends CustomEvent<UnitToggleDetail> {
  static readonly eventName = 'unit-toggle';
  constructor(detail: UnitToggleDetail) {
    super(UnitToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface OrgErrorDetail {
  /** `data`: the dataset is invalid; `network`: `src` could not be loaded. */
  readonly kind: 'data' | 'network';
  readonly issues: readonly DataIssue[];
  /** For network errors: the URL and what went wrong. */
  readonly url?: string;
  readonly reason?: string;
}

/** Fired when an element cannot show its data; the element shows the same issues in its error panel. */
export class OrgErrorEvent extends CustomEvent<OrgErrorDetail> {
  static readonly eventName = 'org-error';
  constructor(detail: OrgErrorDetail) {
    super(OrgErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ChartExportDetail {
  readonly format: 'svg' | 'png';
  /** The name the file is saved under, e.g. 苏州市国土资源局-组织机构.svg. */
  readonly filename: string;
}

/** Fired when the user exported the chart as a file (the toolbar's export buttons). */
export class ChartExportEvent extends CustomEvent<ChartExportDetail> {
  static readonly eventName = 'chart-export';
  constructor(detail: ChartExportDetail) {
    super(ChartExportEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ChartRootDetail {
  /** The unit now shown as the chart's root, or null for the whole organisation. */
  readonly unitId: string | null;
}

/** Fired when the user shows the chart from a unit down, or the whole organisation again (toolbar, breadcrumb). */
export class ChartRootEvent extends CustomEvent<ChartRootDetail> {
  static readonly eventName = 'chart-root';
  constructor(detail: ChartRootDetail) {
    super(ChartRootEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'unit-select': UnitSelectEvent;
    'unit-toggle': UnitToggleEvent;
    'org-error': OrgErrorEvent;
    'chart-export': ChartExportEvent;
    'chart-root': ChartRootEvent;
  }
}
