import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import type { ChartNode, ChartView } from '../../chart/chart-tree.js';
import { allExpandable } from '../../chart/chart-visibility.js';
import { withAncestors, type IndexedChart } from '../../chart/chart-lookup.js';
import type { Orientation } from '../../layout/types.js';
import { visibleContentRect, type ViewTransform } from '../../layout/viewport.js';
import { pickText } from '../../model/localize.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { OrgDataElement } from '../shared/org-data-element.js';
import { ChartFind } from './chart-find.js';
import { ChartSizeController } from './chart-size-controller.js';
import { ChartKeyboard } from './chart-keyboard.js';
import { ChartLayoutCache } from './chart-layout-cache.js';
import { ChartOpenState } from './chart-open-state.js';
import { ChartViewState } from './chart-view-state.js';
import { ChartActions, type ChartNow } from './chart-actions.js';
import { ChartShown } from './chart-shown.js';
import { MinimapSlot } from './minimap-slot.js';
import { ChartExport } from './chart-export.js';
import { HashLinkController } from './hash-link-controller.js';
import { PanZoomController } from './pan-zoom-controller.js';
import { renderLoadingFrame, renderProbe, renderTree } from './render-chart.js';
import { renderNotices, renderToolbar } from './render-toolbar.js';
import { renderBreadcrumb } from './render-breadcrumb.js';
import { orgChartStyles } from './org-chart.styles.js';
import { addChinese } from '../../i18n/load-messages.js';
import { zhChart } from '../../i18n/zh-CN/chart.js';

addChinese(zhChart);

export { NARROW_WIDTH } from './chart-size-controller.js';

/** The smallest size (CSS px) a box's name is shown at when the chart fits itself to its area. */
const READABLE_PX = 12;

/**
 * @tagname org-chart
 * An organisation's structure as an interactive, accessible chart (WAI-ARIA treeview).
 * Renders the page's default dataset (the bundled one in the one-tag build), or `src`, or `data`.
 *
 * @fires unit-select - The user selected a unit; `detail` is its id.
 * @fires unit-toggle - The user expanded or collapsed a node; `detail` is `{ id, expanded }`.
 * @fires org-error - The data could not be shown; `detail` lists the issues (also shown in the element).
 * @fires chart-root - The user showed the chart from a unit down, or the whole organisation again;
 *   `detail` is `{ unitId }` (null for the whole).
 * @fires chart-export - The user exported the chart with a toolbar button; `detail` is `{ format, filename }`.
 * @csspart toolbar - The row of buttons above the chart.
 * @csspart breadcrumb - The way back to the organisation above a chart shown from a unit down;
 *   `crumb` is one step, `crumb-button` its button.
 * @csspart find-list - The find box's list of matches; `find-option` one match, `find-name` and
 *   `find-path` its name and the way to it.
 * @csspart minimap - The overview of a chart larger than its area; `minimap-view` the frame of the view.
 * @csspart outside - The line under the chart that says how many boxes are outside the view.
 * @csspart button - Every button.
 * @csspart viewport - The pannable, zoomable area.
 * @csspart canvas - The transformed layer holding links and nodes.
 * @csspart links - The SVG with every link; `link` is one path.
 * @csspart node - A box; `node--unit`, `node--group`, `node--person`, `node--organization`, `node--selected`
 *   add its type and state.
 * @csspart label - A box's name; `detail` its kind and rank (or posts); `meta` its count of duties.
 * @csspart list - The indented list used in narrow containers; `row` is one line of it.
 * @csspart error - The panel shown instead of the chart when data cannot be shown.
 * @csspart print - The drawing of the whole tree that replaces the chart while the page is printed.
 * @cssprop [--org-chart-height=37.5rem] - Height of the chart area.
 * @cssprop [--org-chart-background=#f6f8fa] - Background of the chart area.
 * @cssprop [--org-chart-node-background=#ffffff] - Background of a box.
 * @cssprop [--org-chart-node-border-color=#6e7781] - Border of a box.
 * @cssprop [--org-chart-root-background=#9b1c1c] - Background of the organisation's box.
 * @cssprop [--org-chart-link-color=#6e7781] - Colour of the lines between boxes.
 * @cssprop [--org-chart-selected-background=#fdf2f2] - Background of the selected box.
 * @cssprop [--org-chart-selected-border=#9b1c1c] - Border of the selected box.
 * @cssprop [--org-chart-root-color=#ffffff] - Text on the organisation's box.
 * @cssprop [--org-chart-group-background=#eef1f4] - Background of kind groups and leaders.
 * @cssprop [--org-chart-highlight-color=#b58100] - Ring around units marked by a linked element.
 * @cssprop [--org-chart-found-background=#fff8c5] - Background of boxes matching the find box.
 * @cssprop [--org-chart-border-color=#d0d7de] - Border of the chart area.
 * @cssprop [--org-chart-label-size=0.9375rem] - Size of a box's name.
 * @cssprop [--org-chart-detail-size=0.8125rem] - Size of a box's kind, rank and count lines.
 * @cssprop [--org-chart-link-width=1.5px] - Width of the lines between boxes.
 * @cssprop [--org-chart-node-padding-x=0.75rem] - Horizontal padding inside a box.
 * @cssprop [--org-chart-node-padding-y=0.5rem] - Vertical padding inside a box.
 */
export class OrgChart extends OrgDataElement {
  static override styles = [baseStyles, orgChartStyles, largeTextStyles];

  /** `structure` (units grouped by kind) or `leadership` (leaders and the units they supervise). */
  @property({ reflect: true }) view: ChartView = 'structure';
  /** `vertical` (top-down) or `horizontal` (left-to-right). */
  @property({ reflect: true }) orientation: Orientation = 'vertical';
  /** How many levels below the organisation start open. */
  @property({ type: Number, attribute: 'expand-depth' }) expandDepth = 2;
  /** Id of the selected unit. Setting it opens the way to that unit and scrolls it into view. */
  @property({ reflect: true }) selected?: string;
  /**
   * Id of the unit the chart is shown from (a drill-down), with a breadcrumb back to the
   * organisation; unset: the whole organisation. Selecting a unit outside it shows the whole again.
   */
  @property({ reflect: true, attribute: 'root-unit' }) rootUnit?: string;
  /**
   * Deep links: `#unit=<id>` in the address selects and reveals that unit (on load and on
   * hashchange; an unknown id is announced, not selected), and every later change of the selection
   * (the reader's, a linked leader card's, a script's) is written there with history.replaceState
   * (no history entries, no scrolling). Off: the hash is untouched.
   */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;
  /** Unit ids to mark, e.g. the units a leader supervises (used by linked elements). */
  @property({ attribute: false }) highlighted: ReadonlySet<string> = new Set();

  #shownLang?: string;
  readonly #parts = { toolbar: createRef<HTMLElement>(), viewport: createRef<HTMLElement>() };
  readonly #probe = { box: createRef<HTMLElement>(), label: createRef<HTMLElement>(), small: createRef<HTMLElement>() };

  readonly #view = new ChartViewState(this);
  readonly #open = new ChartOpenState(this, () => this.#chart?.index);
  readonly #layouts = new ChartLayoutCache(this, {
    lang: () => this.i18n.lang,
    messages: () => this.i18n.t,
    restyled: () => this.#view.request({ fit: true }),
    probe: () => ({ box: this.#probe.box.value, label: this.#probe.label.value, small: this.#probe.small.value }),
  });
  readonly #size = new ChartSizeController(this, {
    parts: () => ({
      toolbar: this.#parts.toolbar.value,
      viewport: this.#parts.viewport.value,
      probe: this.#probe.box.value,
    }),
    resized: (refit) => this.#view.request(refit ? { fit: true } : {}),
    probeMayHaveChanged: () => this.#layouts.checkStyle(),
  });
  readonly #panZoom = new PanZoomController(this, {
    transform: () => this.#view.shown,
    setTransform: (t) => this.#view.setShown(t),
    interacting: (active) => this.#view.setInteracting(active),
  });
  readonly #actions = new ChartActions({
    ...{ host: this, now: () => this.#now(), open: this.#open, view: this.#view, layouts: this.#layouts },
  });
  readonly #keyboard = new ChartKeyboard(this.#actions);
  readonly #finder = new ChartFind({
    ...{ tree: () => this.#chart?.tree, show: (id) => this.#actions.openTo(id), changed: () => this.requestUpdate() },
    describe: (id) => this.#shown.describe(id, this.i18n.lang),
  });
  readonly #exporter = new ChartExport(this, this.#layouts, {
    now: () => this.#now(),
    changed: () => this.requestUpdate(),
  });
  readonly #hashLink = new HashLinkController(this);
  readonly #minimap = new MinimapSlot(this.#view, () => this.#size.view, this);
  readonly #shown = new ChartShown({
    open: this.#open,
    view: this.#view,
    rematch: () => this.#finder.rematch(),
    openTo: (id) => this.#actions.openTo(id),
    leaveRoot: () => (this.rootUnit = undefined),
  });

  /** The tree on screen (the whole organisation's, or a unit's part of it), with its index. */
  get #chart(): IndexedChart | undefined {
    return this.#shown.chart;
  }

  /** The chart as it is now, for the helpers that read it when they act. */
  #now(): ChartNow | undefined {
    const chart = this.#chart;
    if (!chart) return undefined;
    const { lang, t: messages } = this.i18n;
    const { expanded, focused } = this.#open;
    const { orientation, selected } = this;
    return { ...chart, expanded, focused, lang, messages, orientation, selected, narrow: this.#size.narrow };
  }

  /** Current pan and zoom: `x`, `y` in px and the scale `k` (change it with the zoom and fit methods). */
  get transform(): ViewTransform {
    return this.#view.shown;
  }

  /** Opens every node. */
  expandAll(): void {
    if (this.#chart) this.#open.set(allExpandable(this.#chart.tree));
  }

  /** Closes every node but the organisation. */
  collapseAll(): void {
    if (this.#chart) this.#open.set(new Set([this.#chart.tree.id]));
  }

  /**
   * The whole chart as it is open now (not just what is in view), as a standalone SVG document.
   * A promise since the export code loads on demand (usually it came while the page was idle);
   * it rejects if that code cannot be loaded.
   */
  exportSvg(): Promise<string> {
    return this.#exporter.svg();
  }

  /** The same drawing as a PNG image, `scale` pixels per CSS pixel (lowered if the image would pass 40 megapixels). */
  exportPng({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return this.#exporter.png(scale);
  }

  /** Zooms in by a quarter around the centre of the chart area. */
  zoomIn(): void {
    this.#view.zoomBy(1.25, this.#size.view);
  }

  /** Zooms out by a fifth around the centre of the chart area. */
  zoomOut(): void {
    this.#view.zoomBy(0.8, this.#size.view);
  }

  /** Scales and centres the whole shown tree in the chart area, however small that makes it. */
  fit(): void {
    this.#view.request({ fit: true, whole: true });
  }

  /** Shows the chart from this unit down (a drill-down); without an id, the whole organisation again. */
  focusUnit(unitId?: string): void {
    this.rootUnit = unitId;
  }

  /** Back to the initial open nodes and a fitted view. */
  resetView(): void {
    if (this.#chart) this.#open.set(this.#shown.initial(this.expandDepth));
    this.fit();
  }

  /**
   * Compute, then render: the data, the tree, the layout and the next transform are all settled
   * here, so a fit, a reveal or a toggle renders once.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth') && this.#chart) this.#open.set(this.#shown.initial(this.expandDepth));
    // Another orientation, text size or language means other box sizes: show the whole chart again.
    if (changed.has('orientation') || changed.has('largeText') || this.i18n.lang !== this.#shownLang)
      this.#view.add({ fit: true });
    this.#shownLang = this.i18n.lang;
    this.#hashLink.beforeUpdate();
    const { view, rootUnit, selected, expandDepth, hydrating, source } = this;
    const mode = { expandDepth, hydrating, plain: this.pageStyles.off, narrow: this.#size.narrow };
    const selectionChanged = changed.has('selected');
    if (source.state.status === 'ready')
      this.#shown.sync({ dataset: source.state.dataset, view, rootUnit, selected, selectionChanged, ...mode });
    const tree = this.#shown.chart?.tree;
    const drawn =
      tree && this.#shown.drawn(mode) ? this.#layouts.layout(tree, this.#open.expanded, this.orientation) : undefined;
    // A fit never shrinks a box's name below 12 px (large-text mode: below its size); the reader pans.
    const whole = this.largeText ? 1 : 0;
    const readable = Math.max(whole, READABLE_PX / this.#layouts.boxStyle.labelSize);
    this.#view.settle(drawn, this.#size.view, { readable, whole });
  }

  /** While the data loads (a chart area, not the phone list or a text-only page): the chart's frame. */
  protected override render(): TemplateResult {
    const panel = super.render();
    if (this.source.state.status !== 'loading' || this.#size.narrow || this.pageStyles.off) return panel;
    return renderLoadingFrame(panel, { bar: this.#parts.toolbar, viewport: this.#parts.viewport }, this.#probe);
  }

  /** Renders the tree and the layout that willUpdate settled. */
  protected override renderDataset(): TemplateResult {
    const now = this.#now()!;
    const { t } = this.i18n;
    const whole = this.#shown.whole!;
    const unknown = [this.selected, this.rootUnit, this.#hashLink.missing].find((id) => id && !whole.unitBoxes.has(id));
    const save = (format: 'svg' | 'png'): void => void this.#exporter.save(format);
    const { narrow } = now;
    const [find, bar] = [this.#finder.render(t, now.lang, this.idPrefix), this.#parts.toolbar];
    const toolbar = renderToolbar({ actions: this, save, drill: this.#actions.drillTarget(), t, narrow, find, bar });
    const crumbs = renderBreadcrumb(this.#shown.path, now.lang, t, (unitId) => this.#actions.showFrom(unitId));
    const { idPrefix, highlighted } = this;
    const content = (n: ChartNode): ReturnType<ChartLayoutCache['content']> => this.#layouts.content(n);
    const text = (n: ChartNode): ReturnType<ChartLayoutCache['text']> => this.#layouts.text(n);
    const common = { ...now, idPrefix, highlighted, found: this.#finder.found, content, text };
    const { frame: layout, shown: transform, interacting } = this.#view;
    const outside = this.#view.outside(this.#size.view);
    return html`${toolbar}${renderNotices(t, unknown, this.#exporter.failure)}${crumbs}${renderTree({
      ...{ tree: now.tree, label: t.chartLabel(pickText(now.tree.label, now.lang).text), common, layout },
      ...{ transform, interacting, visible: visibleContentRect(transform, this.#size.view, 200) },
      ...{ keep: withAncestors(now.index, [now.focused]), keyboard: this.#keyboard },
      viewport: [this.#parts.viewport, this.#panZoom.attach],
      ...{ outside: t.outsideView(outside), minimap: this.#minimap.render(layout, outside > 0, t) },
    })}${renderProbe(this.#probe, this.pageStyles.off)}`;
  }

  /** Keyboard focus follows the tab stop once it is rendered; nothing here changes state. */
  protected override updated(): void {
    // After adopting the prerendered list, draw the chart (a new update, once this one is done).
    if (this.#shown.listed && !this.hydrating) queueMicrotask(() => this.requestUpdate());
    this.#minimap.paint();
    if (!this.#view.takeFocus()) return;
    const item = this.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(this.#open.focused)}"]`);
    this.#actions.focusing = true;
    item?.focus({ preventScroll: !this.#size.narrow });
    this.#actions.focusing = false;
  }
}
