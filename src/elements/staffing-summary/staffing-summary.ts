import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Dataset } from '../../model/types.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { localText } from '../shared/local-text.js';
import { OrgDataElement } from '../shared/org-data-element.js';
import { fillMessage } from './fill-message.js';
import { groupQuotas } from '../../staffing/quota-rows.js';
import { planVisual } from '../../staffing/quota-visual.js';
import { renderTable } from './render-table.js';
import { renderVisual } from './render-visual.js';
import { staffingSummaryStyles } from './staffing-summary.styles.js';
import { addChinese } from '../../i18n/load-messages.js';
import { zhStaffing } from '../../i18n/zh-CN/staffing.js';

addChinese(zhStaffing);

/**
 * @tagname staffing-summary
 * An organisation's staffing (人员编制): the source's statement verbatim, a table of every quota
 * grouped into 编制 and 领导职数 with parts (含…, 其中…) indented under their whole, and a small
 * picture of how the wholes split. Renders the page's default dataset, or `src`, or `data`.
 *
 * @fires org-error - The data could not be shown; `detail` lists the issues (also shown in the element).
 * @csspart statement - The source's staffing paragraph, quoted verbatim.
 * @csspart table-wrap - Holds the table; scrolls sideways (and takes focus) only when the table cannot fit.
 * @csspart table - The table of quotas; `caption` its title, `column-header` a column's header.
 * @csspart group - The rows of one category; `group-header` its header row cell.
 * @csspart row - One quota; `row--part` marks a quota counted in another.
 * @csspart label - A quota's name (the row header); `count` its number; `remarks` its notes.
 * @csspart visual - The picture (hidden from assistive technology); `visual-title` a category's title.
 * @csspart bar - A stacked bar of a whole; `segment` one part of it; `legend` the key under it.
 * @csspart dots - One dot per post for small counts; `dot` is one of them.
 * @csspart visual-total - The number at the end of a bar or row of dots.
 * @csspart notice - The message shown when the dataset has no staffing.
 * @csspart error - The panel shown instead when the data cannot be shown.
 * @cssprop [--staffing-summary-border-color=#d0d7de] - Lines between rows.
 * @cssprop [--staffing-summary-group-background=#f6f8fa] - Background of a category's header row.
 * @cssprop [--staffing-summary-indent=1.25rem] - How far a part is indented under its whole.
 * @cssprop [--staffing-summary-color-1=#9b1c1c] - First segment (solid) and the dots; defaults to `--org-color-accent`.
 * @cssprop [--staffing-summary-color-2=#0b5cad] - Second segment (stripes).
 * @cssprop [--staffing-summary-color-3=#6b5900] - Third segment (dotted).
 * @cssprop [--staffing-summary-bar-height=1.5rem] - Height of a bar.
 */
export class StaffingSummary extends OrgDataElement {
  static override styles = [baseStyles, staffingSummaryStyles, largeTextStyles];

  /** The table is wider than the element (long English words below ~22em) and scrolls sideways. */
  @state() private tableScrolls = false;
  // Made once the element is in a browser page (never for server rendering).
  private resize?: ResizeObserver;
  private watched?: Element;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.watched = undefined;
  }

  protected override updated(): void {
    const wrap = this.renderRoot.querySelector('.table-wrap');
    if (wrap === this.watched) return;
    this.resize ??= new ResizeObserver(() => this.checkOverflow());
    this.resize.disconnect();
    this.watched = wrap ?? undefined;
    if (wrap) [wrap, wrap.firstElementChild!].forEach((el) => this.resize!.observe(el));
  }

  // A region that scrolls must be reachable by keyboard (and named); one that does not would
  // only be a useless tab stop, so the wrapper becomes focusable only while it scrolls.
  private checkOverflow(): void {
    const wrap = this.watched;
    const scrolls = wrap ? wrap.scrollWidth > wrap.clientWidth + 1 : false;
    if (scrolls !== this.tableScrolls) this.tableScrolls = scrolls;
  }

  protected override renderDataset(data: Dataset): TemplateResult {
    const { t, lang } = this.i18n;
    const staffing = data.staffing;
    if (!staffing || (staffing.quotas.length === 0 && !staffing.statement)) {
      return html`<p part="notice">${fillMessage(t.noStaffing, data.organization.name, lang)}</p>`;
    }
    const groups = groupQuotas(staffing.quotas);
    return html`${
      staffing.statement
        ? html`<blockquote part="statement" class="statement">${localText(staffing.statement, lang)}</blockquote>`
        : nothing
    }${
      groups.length > 0
        ? html`<div class="figures">
          <div part="table-wrap" class="table-wrap" tabindex=${this.tableScrolls ? 0 : nothing}
            role=${this.tableScrolls ? 'region' : nothing} aria-label=${this.tableScrolls ? t.staffingLabel : nothing}
            >${renderTable(groups, t, lang, this.idPrefix)}</div>
          ${renderVisual(planVisual(groups), t, lang)}
        </div>`
        : nothing
    }`;
  }
}
