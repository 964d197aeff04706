import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartIndex } from '../../chart/chart-index.js';
import { chartLayout, type ChartLayout } from '../../chart/chart-layout.js';
import type { ChartNode } from '../../chart/chart-tree.js';
import { indexChart } from '../../chart/chart-visibility.js';
import { IncrementalLayout } from '../../layout/incremental-layout.js';
import { LayoutFrame } from '../../layout/layout-frame.js';
import { resolveLayoutOptions } from '../../layout/check-layout-input.js';
import type { Orientation } from '../../layout/types.js';
import type { UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import { NodeMetrics, type BoxContent, type BoxText } from './node-metrics.js';
import { DEFAULT_BOX_STYLE, readBoxStyle, type BoxProbe, type BoxStyle } from './box-style.js';
import { BoxSizes, openFlags, toggledOrdinals } from '../../chart/chart-boxes.js';
import { whenIdle } from '../shared/when-idle.js';

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
/** Box contents kept for rendering: about the boxes a few screens hold. */
const CONTENTS_KEPT = 4096;

/** The tree laid out now, and what it was laid out for: a toggle lays out only what it changed. */
interface Live {
  readonly index: ChartIndex;
  readonly orientation: Orientation;
  readonly sizes: BoxSizes;
  expanded: ReadonlySet<string>;
  readonly open: Uint8Array;
  readonly engine: IncrementalLayout;
  result: ChartLayout;
}

/** Box sizes and the layout, kept until the tree, open nodes, language or typography change. */
export class ChartLayoutCache implements ReactiveController {
  private readonly metrics = new NodeMetrics();
  private style: BoxStyle = DEFAULT_BOX_STYLE;
  private styleKey = '';
  #sizes?: BoxSizes;
  #live?: Live;
  readonly #contents = new Map<ChartNode, BoxContent>();
  #contentsFor: unknown[] = [];

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
    return this.#live?.result;
  }

  /** The typography and spacing the boxes are measured with. */
  get boxStyle(): BoxStyle {
    return this.style;
  }

  /** Re-reads the box typography from the hidden probe; a change (theme, text size) re-lays out. */
  checkStyle(): void {
    if (this.#readStyle()) this.actions.restyled();
  }

  #readStyle(): boolean {
    const style = readBoxStyle(this.actions.probe());
    if (!style) return false;
    const key = JSON.stringify(style);
    if (key === this.styleKey) return false;
    this.styleKey = key;
    this.style = style;
    return true;
  }

  /** Forgets every measurement (fonts finished loading). */
  readonly invalidate = (): void => {
    this.metrics.clear();
    this.#sizes = undefined;
    this.#live = undefined;
    this.host.requestUpdate();
  };

  /** What a node's item says, for the phone list (nothing measured). */
  text(node: ChartNode): BoxText {
    return this.metrics.text(node, this.actions.lang(), this.actions.messages());
  }

  content(node: ChartNode): BoxContent {
    const key = [this.style, this.actions.lang(), this.actions.messages(), this.#sizes];
    if (key.some((part, i) => part !== this.#contentsFor[i]) || this.#contents.size > CONTENTS_KEPT) {
      this.#contents.clear();
      this.#contentsFor = key;
    }
    let box = this.#contents.get(node);
    if (!box)
      this.#contents.set(node, (box = this.metrics.content(node, this.style, key[1] as UiLang, key[2] as Messages)));
    return box;
  }

  layout(tree: ChartNode, expanded: ReadonlySet<string>, orientation: Orientation): ChartLayout {
    // Until the probe box has been rendered once, any size would be a guess the next update (in
    // the same task, before anything is painted) throws away: lay out nothing yet.
    if (this.styleKey === '' && !this.#readStyle()) return EMPTY;
    const index = indexChart(tree);
    const sizes = this.#sizesFor(index);
    const live = this.#live;
    if (live && live.index === index && live.orientation === orientation && live.sizes === sizes) {
      if (live.expanded === expanded) return live.result;
      const changed = toggledOrdinals(index, live.expanded, expanded);
      for (const i of changed) live.open[i] = expanded.has(index.nodes[i]!.id) ? 1 : 0;
      live.expanded = expanded;
      live.engine.update(changed);
      live.result = this.#frame(index, live.engine);
      return live.result;
    }
    const open = openFlags(index, expanded);
    const engine = new IncrementalLayout(index, sizes.boxes(open, orientation), this.#options(orientation));
    this.#live = { index, orientation, sizes, expanded, open, engine, result: this.#frame(index, engine) };
    // Once the page is idle after the first paint, get the first toggle's outlines ready.
    whenIdle(() => {
      if (this.#live?.engine === engine) engine.keepOutlines();
    });
    return this.#live.result;
  }

  /** The same layout, computed without touching the one the chart shows (export, print). */
  compute(tree: ChartNode, expanded: ReadonlySet<string>, orientation: Orientation): ChartLayout {
    const index = indexChart(tree);
    const boxes = this.#sizesFor(index).boxes(openFlags(index, expanded), orientation);
    return this.#frame(index, new IncrementalLayout(index, boxes, this.#options(orientation)));
  }

  #frame(index: ChartIndex, engine: IncrementalLayout): ChartLayout {
    return chartLayout(index, new LayoutFrame(index, engine.boxes, engine, engine.options));
  }

  #options(orientation: Orientation) {
    return resolveLayoutOptions({ orientation, ...STACKING });
  }

  /** Each box's size, measured when first laid out, for this tree, typography and language. */
  #sizesFor(index: ChartIndex): BoxSizes {
    const [style, lang, t] = [this.style, this.actions.lang(), this.actions.messages()];
    if (!this.#sizes?.sameAs(index, [style, lang, t]))
      this.#sizes = new BoxSizes(index, (node) => this.metrics.size(node, style, lang, t), [style, lang, t]);
    return this.#sizes;
  }
}

const EMPTY: ChartLayout = {
  layout: { nodes: [], links: [], width: 0, height: 0 },
  positions: new Map(),
  bounds: new Map(),
  linksIn: () => [],
  outside: () => 0,
  eachBox: () => {},
};
