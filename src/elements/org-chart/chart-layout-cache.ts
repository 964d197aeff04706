import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartNode } from '../../chart/chart-tree.js';
import { layoutInput, subtreeBounds } from '../../chart/chart-visibility.js';
import { layoutTree } from '../../layout/layout-tree.js';
import { polylineBounds } from '../../layout/link-path.js';
import type { Orientation, PositionedNode, TreeLayout } from '../../layout/types.js';
import type { Rect } from '../../layout/viewport.js';
import type { UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import { NodeMetrics, type BoxContent } from './node-metrics.js';
import { DEFAULT_BOX_STYLE, readBoxStyle, type BoxProbe, type BoxStyle } from './box-style.js';

export interface ChartLayout {
  readonly layout: TreeLayout;
  readonly positions: ReadonlyMap<string, PositionedNode>;
  readonly bounds: ReadonlyMap<string, Rect>;
  /** The rectangle around each link's polyline, in the order of `layout.links` (for culling). */
  readonly linkBounds: readonly Rect[];
}

/** What the cache reads of the chart and whom it tells; given when it is created. */
export interface CacheActions {
  readonly lang: () => UiLang;
  readonly messages: () => Messages;
  /** The hidden probe box the typography is read from. */
  readonly probe: () => BoxProbe;
  /** Box sizes changed (theme, text size, fonts): lay out and fit again. */
  readonly restyled: () => void;
}

/**
 * Stacking from two leaf siblings on, four to a column: the bureau's 12 internal units become
 * 3 columns of 4 and each leader's units one column, which keeps both views readable at 1280 px.
 */
const STACKING = { stackThreshold: 2, stackRows: 4 } as const;

/** Box contents and the layout, recomputed only when the tree, open nodes, language or typography change. */
export class ChartLayoutCache implements ReactiveController {
  private readonly metrics = new NodeMetrics();
  private style: BoxStyle = DEFAULT_BOX_STYLE;
  private styleKey = '';
  private readonly contents = new Map<string, BoxContent>();
  private last?: { key: unknown[]; result: ChartLayout };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly actions: CacheActions,
  ) {
    host.addController(this);
  }

  // Boxes are measured with the fonts at hand; when a web font arrives, measure again.
  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.invalidate);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.invalidate);
  }

  get current(): ChartLayout | undefined {
    return this.last?.result;
  }

  /** The typography and spacing the boxes are measured with. */
  get boxStyle(): BoxStyle {
    return this.style;
  }

  /** Re-reads the box typography from the hidden probe; a change (theme, text size) re-lays out. */
  checkStyle(): void {
    const style = readBoxStyle(this.actions.probe());
    if (!style) return;
    const key = JSON.stringify(style);
    if (key === this.styleKey) return;
    this.styleKey = key;
    this.style = style;
    this.contents.clear();
    this.actions.restyled();
  }

  /** Forgets every measurement (fonts finished loading). */
  readonly invalidate = (): void => {
    this.metrics.clear();
    this.contents.clear();
    this.last = undefined;
    this.host.requestUpdate();
  };

  content(node: ChartNode): BoxContent {
    const lang = this.actions.lang();
    const key = `${lang}\u0000${node.id}`;
    let box = this.contents.get(key);
    if (!box) {
      box = this.metrics.content(node, this.style, lang, this.actions.messages());
      this.contents.set(key, box);
    }
    return box;
  }

  layout(tree: ChartNode, expanded: ReadonlySet<string>, orientation: Orientation): ChartLayout {
    const key = [tree, expanded, orientation, this.style, this.actions.lang()];
    if (this.last && this.last.key.every((part, i) => part === key[i])) return this.last.result;
    const result = this.compute(tree, expanded, orientation);
    this.last = { key, result };
    return result;
  }

  /** The same layout, computed without touching the one the chart shows. */
  compute(tree: ChartNode, expanded: ReadonlySet<string>, orientation: Orientation): ChartLayout {
    const layout = layoutTree(
      layoutInput(tree, expanded, (n) => this.content(n)),
      { orientation, ...STACKING },
    );
    return {
      layout,
      positions: new Map(layout.nodes.map((n) => [n.id, n])),
      bounds: subtreeBounds(layout),
      linkBounds: layout.links.map((l) => polylineBounds(l.points)),
    };
  }
}
