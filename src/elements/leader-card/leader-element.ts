import { property } from 'lit/decorators.js';
import { OrgDataElement } from '../shared/org-data-element.js';
import { LeaderInteraction } from './leader-interaction.js';

/**
 * What `<leader-card>` and `<leader-list>` share: the chart link, the heading level and the
 * link/highlight handling.
 */
export abstract class LeaderElement extends OrgDataElement {
  /** Id of an `<org-chart>` in the same document (or shadow root) to link to. */
  @property({ reflect: true }) for?: string;
  /** `aria-level` of each leader's name heading, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly interaction = new LeaderInteraction(this, () => {
    const state = this.dataState;
    return state.status === 'ready' ? state.dataset : undefined;
  });
}
