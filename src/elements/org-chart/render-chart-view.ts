import { html, type TemplateResult } from 'lit';
import type { Ref, RefOrCallback } from 'lit/directives/ref.js';
import type { ChartNode } from '../../chart/chart-tree.js';
import { withAncestors } from '../../chart/chart-lookup.js';
import type { Messages } from '../../i18n/messages.js';
import { visibleContentRect, type Size } from '../../layout/viewport.js';
import { pickText } from '../../model/localize.js';
import type { ChartActions, ChartNow } from './chart-actions.js';
import type { ChartExport } from './chart-export.js';
import type { ChartFind } from './chart-find.js';
import type { ChartKeyboard } from './chart-keyboard.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';
import type { ChartMinimap } from './chart-minimap.js';
import type { ChartShown } from './chart-shown.js';
import type { ChartViewState } from './chart-view-state.js';
import { renderBreadcrumb } from './render-breadcrumb.js';
import { renderTree } from './render-chart.js';
import { renderNotices, renderToolbar, type ToolbarActions } from './render-toolbar.js';

/** What the chart's view is drawn from: the element's state holders, read as it renders. */
export interface ChartViewSources {
  readonly now: ChartNow;
  readonly t: Messages;
  /** The element's own methods behind the toolbar's buttons. */
  readonly buttons: ToolbarActions;
  readonly actions: ChartActions;
  readonly finder: ChartFind;
  readonly exporter: ChartExport;
  readonly shown: ChartShown;
  readonly layouts: ChartLayoutCache;
  readonly view: ChartViewState;
  /** The chart area's size. */
  readonly area: Size;
  readonly keyboard: ChartKeyboard;
  readonly minimap: ChartMinimap;
  readonly refs: { readonly toolbar: Ref<HTMLElement>; readonly viewport: readonly RefOrCallback[] };
  readonly idPrefix: string;
  readonly highlighted: ReadonlySet<string>;
  /** A unit asked for (selected, shown from, linked) that the organisation does not have. */
  readonly unknown: string | undefined;
}

/**
 * The chart for a ready dataset, top to bottom: the toolbar with the find box, the notices, the
 * breadcrumb of a drill-down, then the tree (the drawn chart with its overview, or the list).
 */
export function renderChartView(s: ChartViewSources): TemplateResult {
  const { now, t, view } = s;
  const save = (format: 'svg' | 'png'): void => void s.exporter.save(format);
  const toolbar = renderToolbar({
    ...{ actions: s.buttons, save, drill: s.actions.drillTarget(), t, narrow: now.narrow },
    ...{ find: s.finder.render(t, now.lang, s.idPrefix), bar: s.refs.toolbar },
  });
  const crumbs = renderBreadcrumb(s.shown.path, now.lang, t, (unitId) => s.actions.showFrom(unitId));
  const content = (n: ChartNode): ReturnType<ChartLayoutCache['content']> => s.layouts.content(n);
  const text = (n: ChartNode): ReturnType<ChartLayoutCache['text']> => s.layouts.text(n);
  const common = { ...now, idPrefix: s.idPrefix, highlighted: s.highlighted, found: s.finder.found, content, text };
  const { frame: layout, shown: transform, interacting } = view;
  const outside = view.outside(s.area);
  return html`${toolbar}${renderNotices(t, s.unknown, s.exporter.failure)}${crumbs}${renderTree({
    ...{ tree: now.tree, label: t.chartLabel(pickText(now.tree.label, now.lang).text), common, layout },
    ...{ transform, interacting, visible: visibleContentRect(transform, s.area, 200) },
    ...{ keep: withAncestors(now.index, [now.focused]), keyboard: s.keyboard, viewport: s.refs.viewport },
    ...{ outside: t.outsideView(outside), minimap: s.minimap.render(layout, outside > 0, t) },
  })}`;
}
