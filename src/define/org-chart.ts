import { OrgChart } from '../elements/org-chart/org-chart.js';
import { defineElement } from './define-element.js';

defineElement('org-chart', OrgChart);

declare global {
  interface HTMLElementTagNameMap {
    'org-chart': OrgChart;
  }
}
