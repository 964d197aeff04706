import { OrgProfile } from '../elements/org-profile/org-profile.js';
import { defineElement } from './define-element.js';
// <org-profile> is made of the other elements: registering it registers them.
import './org-chart.js';
import './duty-list.js';
import './leader-list.js';
import './staffing-summary.js';

defineElement('org-profile', OrgProfile);

declare global {
  interface HTMLElementTagNameMap {
    'org-profile': OrgProfile;
  }
}
