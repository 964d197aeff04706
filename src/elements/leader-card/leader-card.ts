import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { personById } from '../../model/queries.js';
import type { Dataset } from '../../model/types.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { leaderCardStyles } from './leader-card.styles.js';
import { LeaderElement } from './leader-element.js';
import { renderLeader, renderLeaderProblem } from './render-leader.js';
import { addChinese } from '../../i18n/load-messages.js';
import { zhLeaders } from '../../i18n/zh-CN/leaders.js';

addChinese(zhLeaders);

/**
 * @tagname leader-card
 * One leader of the organisation (领导信息): name, administrative and party posts, portfolio
 * (负责…) verbatim, the units they supervise (分管) as links, and whom they assist (协助).
 * With `for`, the links select units in that `<org-chart>`, and hovering or focusing the card
 * highlights the person's units there.
 *
 * @fires unit-select - The user activated a supervised-unit link; `detail` is the unit id.
 * @fires org-error - The data could not be shown; `detail` lists the issues (also shown in the element).
 * @csspart card - The card (an `article`).
 * @csspart header - Portrait, name and posts.
 * @csspart photo - The person's photo, when the dataset has one.
 * @csspart avatar - The first character of the name, shown when there is no photo.
 * @csspart name - The name (a heading); `name-zh` is the Chinese name shown beside the English one.
 * @csspart posts - The posts, grouped by kind: `post-kind` is a group's label, `post-titles` its posts.
 * @csspart details - The portfolio, supervised units, liaisons and résumé; `term` is each label.
 * @csspart portfolio - The portfolio text, verbatim.
 * @csspart resume - The résumé (简历), verbatim, its line breaks kept (as `<br>`).
 * @csspart units - The list of supervised units; `unit-link` is one link (`unit-link--selected`
 *   when selected in the chart).
 * @csspart assists - The sentence saying whom the person assists.
 * @csspart error - The message shown for a missing or unknown `leader-id`, or unusable data.
 * @cssprop [--leader-card-background=#ffffff] - Background of the card.
 * @cssprop [--leader-card-border-color=#d0d7de] - Border of the card.
 * @cssprop [--leader-card-active-border-color=#9b1c1c] - Border while the card is hovered or holds focus.
 * @cssprop [--leader-card-avatar-background=#9b1c1c] - Background of the letter avatar.
 * @cssprop [--leader-card-avatar-color=#ffffff] - Character colour of the letter avatar.
 * @cssprop [--leader-card-portrait-size=6rem] - Width of the photo (3:4).
 * @cssprop [--leader-card-avatar-size=4rem] - Diameter of the letter avatar.
 * @cssprop [--leader-card-name-size=1.25rem] - Font size of the name.
 * @cssprop [--leader-card-link-color=#0550ae] - Colour of the unit links.
 */
export class LeaderCard extends LeaderElement {
  static override styles = [baseStyles, leaderCardStyles, largeTextStyles];

  /** Id of the person to show (e.g. `wu-weiqun`). */
  @property({ attribute: 'leader-id' }) leaderId?: string;

  protected override renderDataset(data: Dataset): TemplateResult {
    const person = this.leaderId ? personById(data, this.leaderId) : undefined;
    if (!person) return renderLeaderProblem(data, this.leaderId, this.messages);
    return renderLeader(person, {
      data,
      lang: this.uiLang,
      t: this.messages,
      headingLevel: this.headingLevel,
      idPrefix: this.idPrefix,
      linked: this.interaction.linked,
      selectedUnit: this.interaction.selectedUnit,
      handlers: this.interaction.handlers,
    });
  }
}
