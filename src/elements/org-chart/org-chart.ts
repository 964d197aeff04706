import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { styleProps } from '../shared/style-props.js';
import { buildChartTree, type ChartNode, type ChartView } from '../../layout/chart-tree.js';
import { allExpandable, ancestorIds, indexChart, initialExpanded, type NodeInfo } from '../../layout/chart-visibility.js';
import { firstUnitBoxes, withAncestors } from '../../layout/chart-lookup.js';
import type { Orientation } from '../../layout/types.js';
import { visibleContentRect, zoomAt, type ViewTransform } from '../../layout/viewport.js';
import { nextTransform } from '../../layout/view-changes.js';
import { pickText } from '../../model/localize.js';
import type { Dataset } from '../../model/types.js';
import { UnitSelectEvent, UnitToggleEvent } from '../../events.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { OrgDataElement } from '../shared/org-data-element.js';
import { ChartFind, type FindHost } from './chart-find.js';
import { ChartSizeController, type SizeHost } from './chart-size-controller.js';
import { ChartKeyboard, type KeyboardHost } from './chart-keyboard.js';
import { ChartLayoutCache } from './chart-layout-cache.js';
import { ChartExport } from './chart-export.js';
import { HashLinkController } from './hash-link-controller.js';
import { PanZoomController, type PanZoomHost } from './pan-zoom-controller.js';
import { renderLinks, renderNode, renderProbe } from './render-chart.js';
import { renderListItem } from './render-list.js';
import { renderToolbar } from './render-toolbar.js';
import { orgChartStyles } from './org-chart.styles.js';

export { NARROW_WIDTH } from './chart-size-controller.js';

/**
 * @tagname org-chart
 * An organisation's structure as an interactive, accessible chart (WAI-ARIA treeview).
 * Renders the page's default dataset (the bundled one in the one-tag build), or `src`, or `data`.
 *
 * @fires unit-select - The user selected a unit; `detail` is its id.
 * @fires unit-toggle - The user expanded or collapsed a node; `detail` is `{ id, expanded }`.
 * @fires org-error - The data could not be shown; `detail` lists the issues (also shown in the element).
 * @fires chart-export - The user exported the chart with a toolbar button; `detail` is `{ format, filename }`.
 * @csspart toolbar - The row of buttons above the chart.
 * @csspart button - Every button.
 * @csspart viewport - The pannable, zoomable area.
 * @csspart canvas - The transformed layer holding links and nodes.
 * @csspart links - The SVG with every link; `link` is one path.
 * @csspart node - A box; `node--unit`, `node--group`, `node--person`, `node--organization`, `node--selected` add its type and state.
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
export class OrgChart extends OrgDataElement implements PanZoomHost, KeyboardHost, FindHost, SizeHost {
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
   * Deep links: `#unit=<id>` in the address selects and reveals that unit (on load and on
   * hashchange; an unknown id is announced, not selected), and every later change of the selection
   * (the reader's, a linked leader card's, a script's) is written there with history.replaceState
   * (no history entries, no scrolling). Off: the hash is untouched.
   */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;
  /** Unit ids to mark, e.g. the units a leader supervises (used by linked elements). */
  @property({ attribute: false }) highlighted: ReadonlySet<string> = new Set();

  /** Current pan and zoom. */
  @state() transform: ViewTransform = { x: 0, y: 0, k: 1 };
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private focusedId = '';
  @state() private interacting = false;

  private readonly panZoom = new PanZoomController(this);
  private readonly keyboard = new ChartKeyboard(this);
  private readonly finder = new ChartFind(this);
  private readonly layouts = new ChartLayoutCache(this);
  private readonly exporter = new ChartExport(this, this.layouts);
  private readonly hashLink = new HashLinkController(this);
  private tree?: ChartNode;
  private treeOf?: { dataset: Dataset; view: ChartView };
  private index: ReadonlyMap<string, NodeInfo> = new Map();
  /** For each unit the chart shows, its first box (a unit appears twice in the leadership view). */
  private unitBoxes: ReadonlyMap<string, string> = new Map();
  private shownLang?: string;
  private pending: { fit?: boolean; focus?: boolean; reveal?: string; anchor?: { id: string; x: number; y: number } } = {};
  private readonly size = new ChartSizeController(this);

  /** Id of the box that has (or gets) keyboard focus. */
  get focusedNodeId(): string {
    return this.focusedId;
  }

  get isNarrow(): boolean {
    return this.size.narrow;
  }

  /** Opens the way to a node, makes it the tab stop and brings it into view (find box). */
  showNode(id: string): void {
    this.openTo(id);
    this.requestUpdate();
  }

  private openTo(id: string): void {
    const open = new Set(this.expanded);
    ancestorIds(this.index, id).forEach((p) => open.add(p));
    if (open.size !== this.expanded.size) this.expanded = open;
    this.focusedId = id;
    this.pending.reveal = id;
  }

  /** Pans just enough to show a box. */
  revealNode(id: string): void {
    if (this.focusedId !== id) this.focusedId = id;
    this.pending.reveal = id;
    this.requestUpdate();
  }

  typographyChanged(): void {
    this.pending.fit = true;
    this.requestUpdate();
  }

  setInteracting(active: boolean): void {
    this.interacting = active;
  }

  /** The chart tree being shown, with its index (for the keyboard helper and linked elements). */
  get chart(): { tree?: ChartNode; index: ReadonlyMap<string, NodeInfo>; expanded: ReadonlySet<string>; lang: 'zh-CN' | 'en' } {
    return { tree: this.tree, index: this.index, expanded: this.expanded, lang: this.i18n.lang };
  }

  /** Opens every node. */
  expandAll(): void {
    if (this.tree) this.setExpanded(allExpandable(this.tree));
  }

  /** Closes every node but the organisation. */
  collapseAll(): void {
    if (this.tree) this.setExpanded(new Set([this.tree.id]));
  }

  /** The whole chart as it is open now (not just what is in view), as a standalone SVG document. */
  exportSvg(): string {
    return this.exporter.svg();
  }

  /** The same drawing as a PNG image, `scale` pixels per CSS pixel (lowered if the image would pass 40 megapixels). */
  exportPng({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return this.exporter.png(scale);
  }

  /** Zooms in by a quarter around the centre of the chart area. */
  zoomIn(): void {
    this.zoomBy(1.25);
  }

  /** Zooms out by a fifth around the centre of the chart area. */
  zoomOut(): void {
    this.zoomBy(0.8);
  }

  /** Scales and centres the whole shown tree in the chart area. */
  fit(): void {
    this.pending.fit = true;
    this.requestUpdate();
  }

  /** Back to the initial open nodes and a fitted view. */
  resetView(): void {
    if (this.tree) this.setExpanded(initialExpanded(this.tree, this.expandDepth));
    this.fit();
  }

  /** Moves keyboard focus to a node (revealing it) — used by the keyboard helper. */
  focusNode(id: string): void {
    this.focusedId = id;
    this.pending.focus = true;
    this.pending.reveal = id;
  }

  /** Opens or closes one node, keeping it where it is on screen. */
  toggle(id: string, open: boolean, byUser = true): void {
    const node = this.index.get(id)?.node;
    if (!node || node.children.length === 0 || this.expanded.has(id) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    const pos = this.layouts.current?.positions.get(id);
    if (pos) this.pending.anchor = { id, x: pos.x, y: pos.y };
    this.setExpanded(next);
    if (byUser) this.dispatchEvent(new UnitToggleEvent({ id, expanded: open }));
  }

  /** Enter, Space or click: selects a unit; opens or closes anything else. */
  activate(id: string): void {
    const node = this.index.get(id)?.node;
    if (!node) return;
    this.focusedId = id;
    if (node.type !== 'unit') {
      this.toggle(id, !this.expanded.has(id));
      return;
    }
    if (this.selected !== node.entityId) {
      this.selected = node.entityId;
      this.dispatchEvent(new UnitSelectEvent(node.entityId));
    }
  }

  private setExpanded(next: ReadonlySet<string>): void {
    this.expanded = next;
    // Focus must stay on a shown node: climb to the nearest open ancestor.
    let id = this.focusedId;
    for (const p of ancestorIds(this.index, id)) if (!next.has(p)) id = p;
    this.focusedId = id;
  }

  private zoomBy(factor: number): void {
    this.transform = zoomAt(this.transform, factor, { x: this.size.view.width / 2, y: this.size.view.height / 2 });
  }

  sizeChanged(refit: boolean): void {
    if (refit) this.pending.fit = true;
    this.requestUpdate();
  }

  typographyMayHaveChanged(): void {
    this.layouts.checkStyle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expandDepth') && this.tree) this.expanded = initialExpanded(this.tree, this.expandDepth);
    if (changed.has('orientation') || changed.has('largeText')) this.pending.fit = true;
  }

  /** Rebuilds the chart tree when the dataset or the view changed; opens the way to `selected`. */
  private syncTree(dataset: Dataset, changedSelection: boolean): void {
    if (this.treeOf?.dataset !== dataset || this.treeOf.view !== this.view) {
      this.treeOf = { dataset, view: this.view };
      this.tree = buildChartTree(dataset, this.view);
      this.index = indexChart(this.tree);
      this.unitBoxes = firstUnitBoxes(this.index);
      this.expanded = initialExpanded(this.tree, this.expandDepth);
      this.focusedId = this.tree.id;
      this.pending = { fit: true };
      this.finder.rematch();
      changedSelection = true;
    }
    const box = changedSelection && this.selected ? this.unitBoxes.get(this.selected) : undefined;
    if (box) this.openTo(box);
  }

  protected override update(changed: PropertyValues<this>): void {
    // Another language means other box sizes: show the whole chart again.
    if (this.i18n.lang !== this.shownLang) {
      this.shownLang = this.i18n.lang;
      this.pending.fit = true;
    }
    const state = this.source.state;
    if (state.status === 'ready') this.syncTree(state.dataset, changed.has('selected'));
    super.update(changed);
  }

  /** Renders the tree that update() built from the dataset. */
  protected override renderDataset(): TemplateResult {
    const { t, lang } = this.i18n;
    const tree = this.tree!;
    const label = t.chartLabel(pickText(tree.label, lang).text);
    const unknown = [this.selected, this.hashLink.missing].find((id) => id !== undefined && !this.unitBoxes.has(id));
    const toolbar = html`${renderToolbar(this, t, this.size.narrow, this.finder.render(t), this.exporter)}${unknown !== undefined
      ? html`<p part="notice" role="status">${t.unknownUnit(unknown)}</p>` : nothing}${this.exporter.failure
      ? html`<p part="notice" role="alert">${this.exporter.failure}</p>` : nothing}`;
    const common = {
      index: this.index, expanded: this.expanded, focusedId: this.focusedId, selectedUnit: this.selected,
      highlighted: this.highlighted, found: this.finder.found, idPrefix: this.idPrefix, content: (n: ChartNode) => this.layouts.content(n),
    };
    if (this.size.narrow) {
      return html`${toolbar}<ul part="list" role="tree" aria-label=${label} @keydown=${this.keyboard.onKeydown} @click=${this.keyboard.onClick}
        >${renderListItem(tree, common)}</ul>${renderProbe()}`;
    }
    const layout = this.layouts.layout(tree, this.expanded, this.orientation);
    const keep = withAncestors(this.index, [this.focusedId, this.pending.reveal]);
    const frame = { ...common, layout: layout.layout, positions: layout.positions, bounds: layout.bounds, linkBounds: layout.linkBounds, keep, visible: visibleContentRect(this.transform, this.size.view, 200) };
    const { x, y, k } = this.transform;
    return html`${toolbar}<div part="viewport" ${ref((el) => this.panZoom.attach(el as HTMLElement | undefined))}>
      <div part="canvas" class=${this.interacting ? 'interacting' : ''}
        ${styleProps({ transform: `translate(${x}px, ${y}px) scale(${k})`, width: `${layout.layout.width}px`, height: `${layout.layout.height}px` })}>
        ${renderLinks(frame)}
        <div role="tree" aria-label=${label} @keydown=${this.keyboard.onKeydown} @click=${this.keyboard.onClick} @focusin=${this.keyboard.onFocusin}
          >${renderNode(tree, frame)}</div>
      </div>
    </div>${renderProbe()}`;
  }

  protected override updated(): void {
    const current = this.layouts.current;
    if (this.size.narrow || !current || this.size.view.width === 0) {
      if (this.pending.focus) this.focusItem();
      return;
    }
    const { pending } = this;
    this.pending = {};
    // In large-text mode a fit never shrinks the boxes below their size: the reader pans instead.
    const next = nextTransform(this.transform, pending, current.layout, current.positions, this.size.view, this.largeText ? 1 : 0);
    if (next !== this.transform) this.transform = next;
    if (pending.focus) {
      this.pending.focus = true;
      void this.updateComplete.then(() => this.focusItem());
    }
  }

  private focusItem(): void {
    this.pending.focus = false;
    const item = this.renderRoot.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(this.focusedId)}"]`);
    item?.focus({ preventScroll: !this.size.narrow });
  }
}
