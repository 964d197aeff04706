import type { ChartView } from '../../chart/chart-tree.js';
import { allExpandable, initialExpanded } from '../../chart/chart-visibility.js';
import { indexedChart, pathTo, shownChart, type IndexedChart } from '../../chart/chart-lookup.js';
import type { Dataset } from '../../model/types.js';
import { pickText, type PickedText, type UiLang } from '../../model/localize.js';
import type { ChartOpenState } from './chart-open-state.js';
import type { ChartViewState } from './chart-view-state.js';

/** What decides the tree on screen, read from the element on every update. */
export interface ShownInputs {
  readonly dataset: Dataset;
  readonly view: ChartView;
  /** The unit the chart is shown from (a drill-down); undefined for the whole organisation. */
  readonly rootUnit: string | undefined;
  readonly selected: string | undefined;
  readonly selectionChanged: boolean;
  readonly expandDepth: number;
  /** Adopting prerendered content: the chart is the list of every unit until hydrated. */
  readonly hydrating: boolean;
  /** The page's styles are off (a text-only mode): the chart is the list of every unit. */
  readonly plain: boolean;
  readonly narrow: boolean;
}

/** What the tree state changes and whom it asks; given when it is created. */
export interface ShownParts {
  readonly open: ChartOpenState;
  readonly view: ChartViewState;
  /** The tree changed: match the find box's query again. */
  readonly rematch: () => void;
  readonly openTo: (id: string) => void;
  /** The selection lies outside the unit shown: show the whole organisation. */
  readonly leaveRoot: () => void;
}

/**
 * Which tree the chart shows (the whole organisation or a unit's part of it), which of its nodes
 * start open, and whether it is drawn or listed. Settled in the element's `willUpdate`.
 */
export class ChartShown {
  /** The whole organisation's chart. */
  whole?: IndexedChart;
  /** The chart on screen: the whole one, or the part from `root-unit` down. */
  chart?: IndexedChart;
  /** Showing the prerendered list of every unit, until the chart takes over after hydration. */
  listed = false;

  constructor(private readonly parts: ShownParts) {}

  /** The nodes open at first: `expand-depth` levels below the root shown. */
  initial(depth: number): ReadonlySet<string> {
    return this.chart ? initialExpanded(this.chart.tree, depth) : new Set();
  }

  /** The way from the organisation to the unit shown; a single node when the whole chart is shown. */
  get path(): ReturnType<typeof pathTo> {
    return this.whole && this.chart ? pathTo(this.whole.index, this.chart.tree.id) : [];
  }

  /** A unit's name and the names above it from the organisation down, as the find box lists it. */
  describe(id: string, lang: UiLang): { readonly name: PickedText; readonly path: readonly PickedText[] } {
    const path = pathTo(this.whole!.index, id).map((n) => pickText(n.label, lang));
    return { name: path.pop()!, path };
  }

  /** Rebuilds the tree when the dataset, the view or the root changed; opens the way to `selected`. */
  sync(i: ShownInputs): void {
    const whole = indexedChart(i.dataset, i.view);
    const { selected } = i;
    let part = shownChart(whole, i.rootUnit);
    // A unit selected outside the part shown (a linked card, the hash, a script) leads back out to the whole.
    if (i.selectionChanged && selected && part && whole.unitBoxes.has(selected) && !part.unitBoxes.has(selected)) {
      this.parts.leaveRoot();
      part = whole;
    }
    const chart = part ?? whole;
    this.whole = whole;
    let selectionChanged = i.selectionChanged;
    if (chart !== this.chart) {
      this.chart = chart;
      const { open, view } = this.parts;
      // Prerendered (and on the server) the chart is the list of every unit: the HTML holds every name.
      open.set(i.hydrating || i.plain ? allExpandable(chart.tree) : this.initial(i.expandDepth));
      open.focused = chart.tree.id;
      view.add({ fit: true });
      this.parts.rematch();
      selectionChanged = true;
    }
    const box = selectionChanged && selected ? chart.unitBoxes.get(selected) : undefined;
    if (box) this.parts.openTo(box);
  }

  /**
   * Whether the chart is drawn, rather than listed: prerendered (until hydrated), on a text-only
   * page (its styles and ours off) and in a narrow container the chart is the list of its units.
   */
  drawn(i: Pick<ShownInputs, 'hydrating' | 'plain' | 'narrow' | 'expandDepth'>): boolean {
    const tree = this.chart?.tree;
    const { open, view } = this.parts;
    if (tree && open.showAll(i.plain, () => allExpandable(tree))) view.add({ fit: true });
    if (this.listed && !i.hydrating) {
      // The prerendered list has been adopted (or replaced): from now on the chart, opened as configured.
      this.listed = false;
      if (tree) open.set(this.initial(i.expandDepth));
      view.add({ fit: true });
    }
    this.listed ||= i.hydrating;
    return !!tree && !i.narrow && !this.listed && !i.plain;
  }
}
