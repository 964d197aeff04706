import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of `<org-chart>` that linked elements use (kept structural, so no import cycle). */
export interface LinkedChart extends HTMLElement {
  selected?: string;
  highlighted: ReadonlySet<string>;
}

export interface ChartLinkHost extends ReactiveControllerHost, HTMLElement {
  /** Id of the `<org-chart>` to link to, in the same document or shadow root. */
  for?: string;
}

/**
 * Links an element to the `<org-chart>` named by its `for` attribute: reports the chart's
 * selection (user or programmatic, through the reflected `selected` attribute), selects units in
 * it and highlights units. Works whichever comes first in the page and when either is added later.
 */
export class ChartLinkController implements ReactiveController {
  chart?: LinkedChart;
  private forId?: string;
  // Made on connection: nothing touches the DOM for an element rendered on a server.
  private treeWatch?: MutationObserver;
  private selectionWatch?: MutationObserver;

  /** @param onSelection called with the chart's selected unit id (or undefined) whenever it changes. */
  constructor(
    private readonly host: ChartLinkHost,
    private readonly onSelection?: (unitId: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.treeWatch ??= new MutationObserver(() => this.resolve());
    this.selectionWatch ??= new MutationObserver(() => this.report());
    this.resolve();
    const root = this.host.getRootNode();
    // A chart added (or renamed) later, anywhere in the same root, is picked up.
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.treeWatch!.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    }
  }

  hostDisconnected(): void {
    this.treeWatch?.disconnect();
    this.bind(undefined);
  }

  hostUpdated(): void {
    if (this.host.for !== this.forId) this.resolve();
  }

  /** Selects a unit in the linked chart, which opens the way to it and scrolls it into view. */
  select(unitId: string): void {
    if (!this.chart) return;
    this.chart.selected = unitId;
    this.chart.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }

  /** Marks units in the linked chart; an empty list clears the marks. */
  highlight(unitIds: Iterable<string>): void {
    if (this.chart) this.chart.highlighted = new Set(unitIds);
  }

  private resolve(): void {
    this.forId = this.host.for;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    // Any element with that id: a chart not yet upgraded keeps the properties set on it.
    const found = this.forId ? root.getElementById?.(this.forId) : null;
    this.bind((found as LinkedChart | null) ?? undefined);
  }

  private bind(chart: LinkedChart | undefined): void {
    if (chart === this.chart) return;
    this.selectionWatch?.disconnect();
    this.chart = chart;
    if (chart) this.selectionWatch?.observe(chart, { attributes: true, attributeFilter: ['selected'] });
    this.report();
    this.host.requestUpdate();
  }

  private report(): void {
    this.onSelection?.(this.chart?.getAttribute('selected') ?? undefined);
  }
}
