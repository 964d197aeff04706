import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading-tag.js';
import { pickText } from '../../model/localize.js';
import type { Dataset } from '../../model/types.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { ChartLinkController } from '../shared/chart-link-controller.js';
import { localText } from '../shared/local-text.js';
import { OrgDataElement } from '../shared/org-data-element.js';
import { shownGroups, type ShownGroup } from '../../duties/duty-items.js';
import { dutyView, type DutyListKind, type DutyView } from '../../duties/duty-view.js';
import { dutyListStyles } from './duty-list.styles.js';
import { renderItem, type ItemContext } from './render-item.js';
import { addChinese } from '../../i18n/load-messages.js';
import { zhDuties } from '../../i18n/zh-CN/duties.js';

addChinese(zhDuties);

/**
 * @tagname duty-list
 * Duties shown verbatim: the organisation's 主要职责 with the source's own numbers, a unit's duties,
 * or the 职责调整 grouped by kind. Long items fold without leaving the DOM (find-in-page reaches
 * them); a filter box marks matches; `for` makes the list follow an `<org-chart>`'s selection.
 *
 * @fires org-error - The data could not be shown; `detail` lists the issues (also shown in the element).
 * @csspart caption - Whose duties are shown; only with `for`, as the list follows the chart.
 * @csspart filter - The row holding the filter box; `filter-label` its label, `filter-input` the box.
 * @csspart filter-status - The live line saying how many items match.
 * @csspart list - The ordered list of duties (of groups, for adjustments).
 * @csspart group - One kind of adjustment; `group-heading` its heading, `group-list` its items.
 * @csspart item - One duty; `item--folded` and `item--expanded` mark a long one's state.
 * @csspart number - The source's number label, e.g. （一）.
 * @csspart text - The duty's text; `head` its always-shown beginning, `rest` the foldable remainder.
 * @csspart match - A filter match inside the text.
 * @csspart button - Every button; `toggle` is the show-more button of a long item.
 * @csspart notice - The message for a unit without duties.
 * @csspart error - The message for an unknown unit id or unusable data.
 * @cssprop [--duty-list-number-width=4.5em] - Width reserved for the number labels (2.5em in English).
 * @cssprop [--duty-list-divider-color=#d0d7de] - Line between items.
 * @cssprop [--duty-list-match-background=#fff8c5] - Background of a filter match.
 * @cssprop [--duty-list-link-color=#0550ae] - Colour of the show-more button.
 * @cssprop [--duty-list-heading-size=1.0625rem] - Size of the group headings (adjustments) and the caption.
 * @cssprop [--duty-list-line-height=1.75] - Line height of the items; generous for long Chinese paragraphs.
 * @cssprop [--duty-list-match-underline=#9a6700] - Underline of a filter match (so a match is not
 *   shown by colour alone).
 */
export class DutyList extends OrgDataElement {
  static override styles = [baseStyles, dutyListStyles, largeTextStyles];

  /** Id of the unit whose duties to show; without it, the organisation's. */
  @property({ attribute: 'unit-id' }) unitId?: string;
  /** `duties` (主要职责) or `adjustments` (职责调整, the organisation's only). */
  @property({ reflect: true }) kind: DutyListKind = 'duties';
  /** Text to filter by; typing in the filter box updates it. */
  @property({ reflect: true }) filter?: string;
  /** Hides the filter box (e.g. for many short lists on one page); `filter` still applies. */
  @property({ type: Boolean, attribute: 'no-filter' }) noFilter = false;
  /** Id of an `<org-chart>` whose selected unit this list follows. */
  @property({ reflect: true }) for?: string;
  /** `aria-level` of the adjustment group headings, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The unit selected in the linked chart, if any. */
  @state() private chartUnit?: string;
  /** Keys of long items the reader opened (or find-in-page or the filter opened). */
  @state() private expanded: ReadonlySet<string> = new Set();

  private view?: DutyView;
  private groups: readonly ShownGroup[] = [];
  /** The list and filter for which matching items were last unfolded. */
  private unfoldedFor = '';

  constructor() {
    super();
    new ChartLinkController(this, (unitId) => {
      this.chartUnit = unitId;
    });
  }

  /** Number of items matching the filter, and of all items shown. */
  get counts(): { matches: number; total: number } {
    const items = this.groups.flatMap((g) => g.items);
    return { matches: items.filter((i) => i.ranges.length > 0).length, total: items.length };
  }

  private get query(): string {
    return this.filter?.trim() ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status === 'ready') this.resolve(state.dataset);
  }

  private resolve(data: Dataset): void {
    const view = dutyView(data, this.chartUnit ?? this.unitId, this.kind === 'adjustments' ? 'adjustments' : 'duties');
    this.view = view;
    const listKey = view.status === 'ready' ? `${view.ownerId}-${view.kind}` : '';
    this.groups = view.status === 'ready' ? shownGroups(view.groups, listKey, this.uiLang, this.query) : [];
    // A filter opens the long items it matches, once per list and query, so the reader may fold them again.
    const unfoldFor = `${listKey}\n${this.uiLang}\n${this.query}`;
    if (!this.query || unfoldFor === this.unfoldedFor) return;
    this.unfoldedFor = unfoldFor;
    const open = this.groups
      .flatMap((g) => g.items)
      .filter((i) => i.collapseAt !== undefined && i.ranges.length > 0 && !this.expanded.has(i.key));
    if (open.length > 0) this.expanded = new Set([...this.expanded, ...open.map((i) => i.key)]);
  }

  private setExpanded(key: string, open: boolean): void {
    if (this.expanded.has(key) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  private readonly onInput = (event: InputEvent): void => {
    if (event.isComposing) return; // wait until the input method commits the characters
    this.setFilter((event.target as HTMLInputElement).value);
  };

  private readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.setFilter((event.target as HTMLInputElement).value);
  };

  private setFilter(value: string): void {
    this.filter = value === '' ? undefined : value;
  }

  protected override renderDataset(data: Dataset): TemplateResult {
    const view = this.view ?? dutyView(data, this.unitId, 'duties');
    const { t, lang } = this.i18n;
    if (view.status === 'unknown-unit') return html`<p part="error" role="alert">${t.unknownUnit(view.id)}</p>`;
    const owner = pickText(view.owner, lang).text;
    if (view.groups.length === 0) return html`<p part="notice" role="status">${t.noDuties(owner)}</p>`;
    const context: ItemContext = {
      lang,
      t,
      filtering: this.query !== '',
      expanded: this.expanded,
      plainText: this.pageStyles.off,
      idPrefix: this.idPrefix,
      onToggle: (key) => this.setExpanded(key, !this.expanded.has(key)),
      onBeforeMatch: (key) => this.setExpanded(key, true),
    };
    const { matches, total } = this.counts;
    const numbered = view.groups.some((g) => g.items.some((d) => d.number));
    const label = view.kind === 'adjustments' ? t.adjustmentsLabel(owner) : t.dutiesLabel(owner);
    // Following a chart, the list changes under the reader's eyes: say whose duties these are.
    const caption = this.for ? html`<p part="caption">${label}</p>` : nothing;
    const box = this.noFilter
      ? nothing
      : html`<div part="filter">
        <label part="filter-label" for="${this.idPrefix}filter">${t.filterLabel}</label>
        <input part="filter-input" id="${this.idPrefix}filter" type="search" placeholder=${t.filterPlaceholder}
          .value=${live(this.filter ?? '')} @input=${this.onInput} @compositionend=${this.onCompositionEnd}>
      </div>`;
    return html`${caption}${box}
      ${
        this.noFilter && !context.filtering
          ? nothing
          : html`<p part="filter-status" role="status"
              >${context.filtering ? t.filterCount(matches, total) : nothing}</p>`
      }
      ${
        view.kind === 'adjustments'
          ? html`<ol part="list" aria-label=${label}>${this.groups.map((g) => this.renderGroup(g, context))}</ol>`
          : html`<ol part="list" class=${numbered ? `numbered ${lang}` : ''} aria-label=${label}>
            ${this.groups[0]!.items.map((item) => renderItem(item, context))}</ol>`
      }`;
  }

  private renderGroup({ group, key, items }: ShownGroup, c: ItemContext): TemplateResult {
    const heading = group.heading!;
    const hidden = c.filtering && !items.some((i) => i.ranges.length > 0);
    const numbered = items.some((i) => i.number);
    return staticHtml`<li part="group" ?hidden=${hidden}>
      <${headingTag(this.headingLevel)} part="group-heading" id="${this.idPrefix}heading-${key}"
        >${heading.number ? html`${localText(heading.number, c.lang)}${c.lang === 'en' ? ' ' : nothing}` : nothing}${
          heading.title ? localText(heading.title, c.lang) : c.t.adjustmentKinds[heading.kind]
        }</${headingTag(this.headingLevel)}>
      <ol part="group-list" class=${numbered ? `numbered ${c.lang}` : ''}
        aria-labelledby="${this.idPrefix}heading-${key}">${items.map((i) => renderItem(i, c))}</ol>
    </li>`;
  }
}
