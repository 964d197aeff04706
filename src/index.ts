/**
 * gov-org-elements: side-effect-free entry. Importing it registers nothing; import
 * `src/define/*` (or the one-tag bundle) to register tags, or register the classes yourself.
 */
export * from './model/index.js';
export { getDefaultDataset, loadDefaultDataset, setDefaultDatasetSource } from './data/default-dataset.js';
export { setDefaultDataset } from './data/set-default-dataset.js';
export { OrgChart } from './elements/org-chart/org-chart.js';
export { DutyList } from './elements/duty-list/duty-list.js';
export { LeaderCard } from './elements/leader-card/leader-card.js';
export { LeaderList } from './elements/leader-list/leader-list.js';
export { StaffingSummary } from './elements/staffing-summary/staffing-summary.js';
export { OrgProfile } from './elements/org-profile/org-profile.js';
export {
  UnitSelectEvent,
  UnitToggleEvent,
  OrgErrorEvent,
  type OrgErrorDetail,
  type UnitToggleDetail,
} from './events.js';
export { layoutTree, DEFAULT_LAYOUT_OPTIONS } from './layout/layout-tree.js';
export { buildChartTree, type ChartNode, type ChartView } from './chart/chart-tree.js';
export type {
  LayoutInputNode,
  LayoutOptions,
  Orientation,
  PositionedLink,
  PositionedNode,
  TreeLayout,
} from './layout/types.js';
