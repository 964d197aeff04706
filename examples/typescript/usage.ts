/**
 * Using gov-org-elements from TypeScript through the npm package (`npm test` type-checks this
 * file against the built `lib/*.d.ts`, resolved through the package's `exports` map).
 */
import 'gov-org-elements/define/org-chart.js';
import 'gov-org-elements/define/duty-list.js';
import { OrgChart, parseDataset, type Dataset, UnitSelectEvent } from 'gov-org-elements';
import { suzhouLandResourcesBureau } from 'gov-org-elements/data/suzhou-land-resources-bureau.js';

// The tag-name map types createElement and querySelector.
const chart: OrgChart = document.createElement('org-chart');
chart.view = 'leadership';
chart.orientation = 'horizontal';
chart.expandDepth = 3;
chart.data = suzhouLandResourcesBureau;

const duties = document.querySelector('duty-list');
if (duties) duties.for = 'chart';

// The event map types listeners: `detail` is the selected unit's id.
chart.addEventListener('unit-select', (event) => {
  const unitId: string = event.detail;
  if (duties) duties.unitId = unitId;
});
chart.addEventListener('unit-toggle', ({ detail }) => console.log(detail.id, detail.expanded));
chart.addEventListener('org-error', ({ detail }) => {
  for (const issue of detail.issues) console.error(issue.path, issue.code, issue.message.zh);
});
const isSelect: boolean = new UnitSelectEvent('general-office') instanceof CustomEvent;

// The model is usable without any element.
const result = parseDataset(JSON.parse('{}'));
const dataset: Dataset | undefined = result.dataset;
const firstIssue: string | undefined = result.issues[0]?.message.en;

// A portal that already has an <org-chart> registers the class under its own name.
customElements.define('bureau-org-chart', class extends OrgChart {});

// Mistakes the types catch (each line must be an error, or this file fails to type-check):
// @ts-expect-error 'tree' is not a view
chart.view = 'tree';
// @ts-expect-error expandDepth is a number
chart.expandDepth = '3';
// @ts-expect-error unit-select's detail is a string, not an object
chart.addEventListener('unit-select', (event) => event.detail.id);

export { isSelect, dataset, firstIssue };
