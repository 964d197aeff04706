import { DutyList } from '../elements/duty-list/duty-list.js';
import { defineElement } from './define-element.js';

defineElement('duty-list', DutyList);

declare global {
  interface HTMLElementTagNameMap {
    'duty-list': DutyList;
  }
}
