import { StaffingSummary } from '../elements/staffing-summary/staffing-summary.js';
import { defineElement } from './define-element.js';

defineElement('staffing-summary', StaffingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'staffing-summary': StaffingSummary;
  }
}
