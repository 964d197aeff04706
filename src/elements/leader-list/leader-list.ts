import { html, type TemplateResult } from 'lit';
import { pickText } from '../../model/localize.js';
import type { Dataset } from '../../model/types.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { leaderCardStyles } from '../leader-card/leader-card.styles.js';
import { LeaderElement } from '../leader-card/leader-element.js';
import { renderLeader } from '../leader-card/render-leader.js';
import { leaderListStyles } from './leader-list.styles.js';
import { addChinese } from '../../i18n/load-messages.js';
import { zhLeaders } from '../../i18n/zh-CN/leaders.js';

addChinese(zhLeaders);

/**
 * @tagname leader-list
 * Every leader of the organisation (领导班子), in source order, as a responsive grid of the same
 * cards `<leader-card>` shows. With `for`, unit links select in that `<org-chart>`, and hovering or
 * focusing a card highlights that person's units there.
 *
 * The cards are rendered in this element's own shadow root (not nested `<leader-card>`s): one
 * chart link and one listener set for all, and `for` resolves in the page, where the chart is.
 *
 * @fires unit-select - The user activated a supervised-unit link; `detail` is the unit id.
 * @fires org-error - The data could not be shown; `detail` lists the issues (also shown in the element).
 * @csspart list - The grid (a list named after the organisation's leadership); `item` is one cell.
 * @csspart card - One leader's card; the other parts are those of `<leader-card>`: `header`,
 *   `photo`, `avatar`, `name`, `name-zh`, `posts`, `post-kind`, `post-titles`, `details`, `term`,
 *   `portfolio`, `resume`, `units`, `unit-link`, `unit-link--selected`, `assists`.
 * @csspart notice - The message shown when the dataset lists no leaders.
 * @csspart error - The panel shown when the data cannot be shown.
 * @cssprop [--leader-list-column-min=20rem] - Narrowest column before the grid drops one.
 * @cssprop [--leader-list-gap=1rem] - Space between cards.
 * @cssprop [--leader-card-background=#ffffff] - Background of a card (see `<leader-card>` for the rest).
 * @cssprop [--leader-card-border-color=#d0d7de] - Border of a card.
 * @cssprop [--leader-card-avatar-background=#9b1c1c] - Background of the letter avatars.
 * @cssprop [--leader-card-link-color=#0550ae] - Colour of the unit links.
 */
export class LeaderList extends LeaderElement {
  static override styles = [baseStyles, leaderCardStyles, leaderListStyles, largeTextStyles];

  protected override renderDataset(data: Dataset): TemplateResult {
    const { uiLang: lang, messages: t } = this;
    const org = pickText(data.organization.name, lang).text;
    if (data.people.length === 0) return html`<p part="notice" role="status">${t.noLeaders(org)}</p>`;
    const view = {
      data,
      lang,
      t,
      headingLevel: this.headingLevel,
      idPrefix: this.idPrefix,
      linked: this.interaction.linked,
      selectedUnit: this.interaction.selectedUnit,
      handlers: this.interaction.handlers,
    };
    return html`<ul part="list" class="list" role="list" aria-label=${t.leadersLabel(org)}>
      ${data.people.map((person) => html`<li part="item" class="item">${renderLeader(person, view)}</li>`)}
    </ul>`;
  }
}
