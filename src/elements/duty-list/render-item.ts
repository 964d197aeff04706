import { html, nothing, type TemplateResult } from 'lit';
import type { UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import type { DutyItem } from '../../duties/duty-items.js';
import { segmentText } from '../../text/match-text.js';
import { textNode } from '../shared/text-node.js';

export interface ItemContext {
  readonly lang: UiLang;
  readonly t: Messages;
  readonly filtering: boolean;
  readonly expanded: ReadonlySet<string>;
  /** The page's styles are off (a text-only mode): every item shows whole, without its toggle. */
  readonly plainText: boolean;
  /** Prefix that makes the list's ids unique on the page. */
  readonly idPrefix: string;
  readonly onToggle: (key: string) => void;
  /** The browser's find-in-page is about to reveal the folded part. */
  readonly onBeforeMatch: (key: string) => void;
}

function marked(text: string, item: DutyItem, from: number, to: number): TemplateResult[] {
  return segmentText(text, item.ranges, from, to).map((s) =>
    s.match ? html`<mark part="match">${textNode(s.text)}</mark>` : html`${textNode(s.text)}`,
  );
}

/**
 * One duty: its source number in the text (so screen readers and copy-paste get （一）), the text
 * verbatim, and for a long one the rest in `hidden="until-found"` (find-in-page still reaches it)
 * behind a real disclosure button.
 */
export function renderItem(item: DutyItem, c: ItemContext): TemplateResult {
  const { text, number, collapseAt } = item;
  const hidden = c.filtering && item.ranges.length === 0;
  const lang = text.lang === c.lang ? nothing : text.lang;
  const label = number
    ? // In English a space belongs between "(1)" and the text; inside the label it does not shift the first line.
      html`<span part="number" lang=${number.lang === c.lang ? nothing : number.lang}
        >${textNode(number.text)}${c.lang === 'en' ? ' ' : nothing}</span>`
    : nothing;
  if (collapseAt === undefined) {
    return html`<li part="item" ?hidden=${hidden}>${label}<span part="text" lang=${lang}
      >${marked(text.text, item, 0, text.text.length)}</span></li>`;
  }
  const open = c.expanded.has(item.key);
  return html`<li part=${open ? 'item item--expanded' : 'item item--folded'} ?hidden=${hidden}
    >${label}<span part="text" lang=${lang}
    ><span part="head" id="${c.idPrefix}head-${item.key}">${marked(text.text, item, 0, collapseAt)}</span
    ><span part="rest" id="${c.idPrefix}rest-${item.key}" hidden=${open || c.plainText ? nothing : 'until-found'}
      @beforematch=${() => c.onBeforeMatch(item.key)}
      >${marked(text.text, item, collapseAt, text.text.length)}</span></span>
    <button part="button toggle" type="button" ?hidden=${c.plainText} aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${c.idPrefix}rest-${item.key}" aria-describedby="${c.idPrefix}head-${item.key}"
      @click=${() => c.onToggle(item.key)}>${open ? c.t.showLess : c.t.showMore}</button></li>`;
}
