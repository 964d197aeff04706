import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import type { Messages } from '../../i18n/messages.js';
import type { UiLang } from '../../model/localize.js';
import { localText } from '../shared/local-text.js';
import { formatCount } from '../../i18n/format-count.js';
import { fillMessage } from './fill-message.js';
import type { QuotaGroup, QuotaRow } from '../../staffing/quota-rows.js';

/** Id of the "counted in …" note of a part, which its row header points at. */
export const partNoteId = (prefix: string, quotaId: string): string => `${prefix}part-of-${quotaId}`;

/**
 * The accessible version of the figures: one row group per category, a row per quota, parts
 * indented under their whole and described by a "counted in …" note.
 */
export function renderTable(
  groups: readonly QuotaGroup[],
  t: Messages,
  lang: UiLang,
  idPrefix: string,
): TemplateResult {
  return html`<table part="table">
    <caption part="caption">${t.staffingLabel}</caption>
    <thead>
      <tr>
        <th scope="col" part="column-header">${t.quotaColumn}</th>
        <th scope="col" part="column-header" class="count">${t.countColumn}</th>
        <th scope="col" part="column-header">${t.remarksColumn}</th>
      </tr>
    </thead>
    ${groups.map(
      ({ category, rows }) => html`<tbody part="group" data-category=${category}>
      <tr><th scope="rowgroup" colspan="3" part="group-header">${t.quotaCategories[category]}</th></tr>
      ${rows.map((row) => renderRow(row, t, lang, idPrefix))}
    </tbody>`,
    )}
  </table>`;
}

function renderRow({ quota, depth, whole }: QuotaRow, t: Messages, lang: UiLang, idPrefix: string): TemplateResult {
  // Without a number, the first remark (另行核定) says what the number is, so it takes the count cell.
  const [first, ...rest] = quota.remarks ?? [];
  const count =
    quota.count !== undefined ? formatCount(quota.count, lang) : first ? localText(first, lang) : t.notSpecified;
  const remarks = quota.count !== undefined ? (quota.remarks ?? []) : rest;
  return html`<tr part=${whole ? 'row row--part' : 'row'} data-quota=${quota.id}>
    <th scope="row" part="label" class="label" ${styleProps({ '--_depth': String(depth) })}
      aria-describedby=${whole ? partNoteId(idPrefix, quota.id) : nothing}>${localText(quota.label, lang)}</th>
    <td part="count" class=${quota.count === undefined ? 'count count--text' : 'count'}>${count}</td>
    <td part="remarks">${
      whole
        ? html`<span class="note" id=${partNoteId(idPrefix, quota.id)}
            >${fillMessage(t.partOfNote, whole.label, lang)}</span>`
        : nothing
    }${
      quota.scope ? html`<span class="note">${fillMessage(t.quotaScope, quota.scope, lang)}</span>` : nothing
    }${remarks.map((remark) => html`<span class="note">${localText(remark, lang)}</span>`)}</td>
  </tr>`;
}
