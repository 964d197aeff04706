import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Note, Unit } from '../../model/types.js';
import type { UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import { localText } from '../shared/local-text.js';
import { personById } from '../../model/queries.js';
import { formatDate } from '../../i18n/format-date.js';

/** Name, the facts of the infobox, description and the establishing statement. */
export function renderOverview(data: Dataset, t: Messages, lang: UiLang): TemplateResult {
  const org = data.organization;
  const facts = [org.rank, org.category, org.parentGovernment, org.location, org.function].filter(
    (x) => x !== undefined,
  );
  return html`
    ${
      facts.length
        ? html`<p part="facts" class="facts">${facts.map(
            (fact, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}${localText(fact, lang)}`,
          )}</p>`
        : nothing
    }
    ${org.description ? html`<p part="description">${localText(org.description, lang)}</p>` : nothing}
    ${org.establishment ? html`<p part="establishment">${localText(org.establishment, lang)}</p>` : nothing}`;
}

/** The establishing documents with their 文号, as a table. */
export function renderDocuments(data: Dataset, t: Messages, lang: UiLang): TemplateResult | typeof nothing {
  const docs = data.organization.establishingDocuments ?? [];
  if (docs.length === 0) return nothing;
  return html`<table part="documents">
    <thead><tr><th scope="col">${t.documentTitle}</th><th scope="col">${t.documentNumber}</th></tr></thead>
    <tbody>${docs.map(
      (doc) => html`<tr>
      <td>${lang === 'zh-CN' ? '《' : nothing}${
        doc.url ? html`<a href=${doc.url}>${localText(doc.title, lang)}</a>` : localText(doc.title, lang)
      }${lang === 'zh-CN' ? '》' : nothing}</td>
      <td class="number">${doc.number ?? '—'}</td>
    </tr>`,
    )}</tbody>
  </table>`;
}

/** A unit's "负责人" line: each head's post and name (a person of the dataset, or the name as written). */
export function renderUnitHeads(unit: Unit, data: Dataset, t: Messages, lang: UiLang): TemplateResult | typeof nothing {
  const heads = unit.heads ?? [];
  if (heads.length === 0) return nothing;
  return html`<p part="unit-heads" class="unit-heads"
    ><span class="unit-heads-label">${t.unitHeads}</span>${lang === 'en' ? ': ' : '：'}${heads.map((head, i) => {
      const name = head.personId !== undefined ? personById(data, head.personId)?.name : head.name;
      const separator = i > 0 ? (lang === 'en' ? ', ' : '、') : nothing;
      const title = head.title ? html`${localText(head.title, lang)} ` : nothing;
      return html`${separator}${title}${name ? localText(name, lang) : nothing}`;
    })}</p>`;
}

/** The dataset's notes: contradictions in the source with both readings, and editorial notes. */
export function renderNotes(notes: readonly Note[], t: Messages, lang: UiLang): TemplateResult {
  return html`<ul part="notes" class="notes">${notes.map(
    (note) => html`<li class="note note--${note.kind}" part="note note--${note.kind}">
    <span class="note-kind">${t.noteKinds[note.kind]}</span>
    <span>${localText(note.text, lang)}</span>
    ${
      note.readings?.length
        ? html`<ul class="readings">${note.readings.map(
            (r) => html`<li>${t.readingAt(pickLocation(r.location, lang))}<q lang="zh-CN">${r.text.zh}</q></li>`,
          )}</ul>`
        : nothing
    }
  </li>`,
  )}</ul>`;
}

const pickLocation = (location: { zh: string; en?: string }, lang: UiLang): string =>
  lang === 'en' && location.en ? location.en : location.zh;

/** The sources, numbered as the article cites them where it does. */
export function renderSources(data: Dataset, t: Messages, lang: UiLang): TemplateResult {
  return html`<ul part="sources" class="sources">${data.sources.map(
    (source) => html`<li>
    ${source.citationNumber ? html`<span class="citation">[${source.citationNumber}]</span> ` : nothing}
    ${source.url ? html`<a href=${source.url}>${localText(source.title, lang)}</a>` : localText(source.title, lang)}${
      source.publisher && source.publisher.zh !== source.title.zh
        ? html` · ${localText(source.publisher, lang)}`
        : nothing
    }${source.cited ? html` <span class="cited">(${t.citedOn(formatDate(source.cited, lang))})</span>` : nothing}
  </li>`,
  )}</ul>`;
}
