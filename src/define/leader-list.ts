import { LeaderList } from '../elements/leader-list/leader-list.js';
import { defineElement } from './define-element.js';

defineElement('leader-list', LeaderList);

declare global {
  interface HTMLElementTagNameMap {
    'leader-list': LeaderList;
  }
}
