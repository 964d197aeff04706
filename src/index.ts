/**
 * gov-org-elements: side-effect-free entry. Importing it registers nothing; import
 * `src/define/*` (or the one-tag bundle) to register tags, or register the classes yourself.
 */
export * from './model/index.js';
export { getDefaultDataset, setDefaultDataset } from './data/default-dataset.js';
export { OrgChart } from './elements/org-chart/org-chart.js';
export { UnitSelectEvent, UnitToggleEvent, OrgErrorEvent, type OrgErrorDetail, type UnitToggleDetail } from './events.js';
export { layoutTree, DEFAULT_LAYOUT_OPTIONS } from './layout/layout-tree.js';
export { buildChartTree, type ChartNode, type ChartView } from './layout/chart-tree.js';
export type { LayoutInputNode, LayoutOptions, Orientation, PositionedLink, PositionedNode, TreeLayout } from './layout/types.js';
