import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Dataset } from '../../model/types.js';
import { pickText } from '../../model/localize.js';
import { baseStyles } from '../../styles/tokens.js';
import { largeTextStyles } from '../../styles/large-text.js';
import { OrgDataElement } from '../shared/org-data-element.js';
import { localText } from '../shared/local-text.js';
import { formatDate } from '../../i18n/format-date.js';
import { renderDocuments, renderNotes, renderOverview, renderSources, renderUnitHeads } from './render-sections.js';
import { orgProfileStyles } from './org-profile.styles.js';
import { addChinese } from '../../i18n/load-messages.js';
import { zhProfile } from '../../i18n/zh-CN/profile.js';

addChinese(zhProfile);

/**
 * @tagname org-profile
 * A complete 机构职能 section in one tag: name and description with the establishing documents
 * (文号), main duties, adjustments, the organisation chart, every unit with its duties, the
 * leaders, staffing, notes on the data, sources and the dataset's "as of" date. The parts are the
 * library's own elements, given the already-parsed dataset (parsed once), and linked: hovering or
 * focusing a leader marks the units they supervise in the chart, and their 分管 links select them.
 *
 * @csspart header - The organisation's name and facts.
 * @csspart section - Each section; `section-heading` its heading.
 * @csspart chart - The embedded `<org-chart>` (style its inside through its `--org-chart-*` tokens).
 * @csspart documents - The table of establishing documents.
 * @csspart notes - The list of notes on the data; `note` one note.
 * @csspart sources - The list of sources.
 * @csspart as-of - The "data as of" line.
 * @cssprop [--org-profile-gap=2rem] - Space between sections.
 * @cssprop [--org-profile-title-size=1.75rem] - Size of the organisation's name.
 * @cssprop [--org-profile-heading-size=1.35rem] - Size of the section headings.
 * @cssprop [--org-profile-discrepancy-background=#fff8c5] - Background of the label on notes about
 *   contradictions in the source.
 */
export class OrgProfile extends OrgDataElement {
  static override styles = [baseStyles, orgProfileStyles, largeTextStyles];

  /** Level of the section headings (the organisation's name is one level above). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override renderDataset(data: Dataset): TemplateResult {
    const t = this.messages;
    const lang = this.uiLang;
    const org = data.organization;
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const heading = (text: string, id: string): TemplateResult =>
      staticHtml`<${unsafeStatic(`h${level}`)} part="section-heading" id=${id}>${text}</${unsafeStatic(`h${level}`)}>`;
    const title = unsafeStatic(`h${Math.max(1, level - 1)}`);
    const unitHeading = unsafeStatic(`h${level + 1}`);
    const s = t.profileSections;
    const withDuties = data.units.filter((u) => (u.duties?.length ?? 0) > 0 || (u.heads?.length ?? 0) > 0);
    const section = (id: string, label: string, body: TemplateResult | typeof nothing): TemplateResult =>
      html`<section part="section" aria-labelledby=${this.idPrefix + id}
        >${heading(label, this.idPrefix + id)}${body}</section>`;
    return html`<article part="base">
      <header part="header">
        ${staticHtml`<${title} part="title">${localText(org.name, lang)}</${title}>`}
        ${renderOverview(data, t, lang)}
      </header>
      ${section('establishment', s.establishment, renderDocuments(data, t, lang))}
      ${section('duties', s.duties, html`<duty-list .data=${data}></duty-list>`)}
      ${
        org.adjustments?.length
          ? section('adjustments', s.adjustments, html`<duty-list .data=${data} kind="adjustments"></duty-list>`)
          : nothing
      }
      ${section(
        'structure',
        s.structure,
        html`<org-chart id=${`${this.idPrefix}chart`} part="chart" .data=${data}></org-chart>`,
      )}
      ${
        withDuties.length
          ? section(
              'unit-duties',
              s.unitDuties,
              html`${withDuties.map(
                (unit) => html`<section class="unit" aria-labelledby="${this.idPrefix}unit-${unit.id}">
        ${staticHtml`<${unitHeading} id=${`${this.idPrefix}unit-${unit.id}`}
          >${localText(unit.name, lang)}</${unitHeading}>`}
        ${renderUnitHeads(unit, data, t, lang)}
        <duty-list .data=${data} unit-id=${unit.id} no-filter></duty-list>
      </section>`,
              )}`,
            )
          : nothing
      }
      ${
        data.people.length
          ? section(
              'leaders',
              s.leaders,
              html`<leader-list .data=${data} for=${`${this.idPrefix}chart`}></leader-list>`,
            )
          : nothing
      }
      ${
        data.staffing
          ? section('staffing', s.staffing, html`<staffing-summary .data=${data}></staffing-summary>`)
          : nothing
      }
      ${data.notes?.length ? section('notes', s.notes, renderNotes(data.notes, t, lang)) : nothing}
      ${section('sources', s.sources, renderSources(data, t, lang))}
      <p part="as-of" class="as-of">${t.asOf(formatDate(data.asOf, lang))}</p>
    </article>`;
  }

  /** The organisation's name in the interface language (for labels outside the element). */
  get organizationName(): string | undefined {
    const state = this.dataState;
    return state.status === 'ready' ? pickText(state.dataset.organization.name, this.uiLang).text : undefined;
  }
}
