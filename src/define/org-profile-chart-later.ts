import { OrgProfile } from '../elements/org-profile/org-profile.js';
import { DeferredChartController } from '../elements/org-profile/deferred-chart.js';
import { defineElement } from './define-element.js';
// The parts a profile shows on its first screen come with it; the chart does not (see below).
import './duty-list.js';
import './leader-list.js';
import './staffing-summary.js';

/**
 * Registers `<org-profile>` for the one-script loader, which passes its own way of loading
 * `<org-chart>` (with its failure notice and Retry): the chart's code, the largest chunk, is asked
 * for once a profile has shown its data (DeferredChartController), not with the profile's.
 * `define/org-profile.js`, the npm build's registration, brings the chart at once.
 */
export function defineOrgProfile(loadChart: () => Promise<unknown>): void {
  if (!customElements.get('org-profile'))
    OrgProfile.addInitializer((el) => {
      const profile = el as OrgProfile;
      new DeferredChartController(profile, () => profile.querySelector('org-chart'), loadChart);
    });
  defineElement('org-profile', OrgProfile);
}
