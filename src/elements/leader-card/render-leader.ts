import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading-tag.js';
import type { Messages } from '../../i18n/messages.js';
import { pickText, type UiLang } from '../../model/localize.js';
import { personById, unitById } from '../../model/queries.js';
import type {
  Assistance,
  Dataset,
  Liaison,
  LocalText,
  Person,
  Post,
  PostKind,
  Supervision,
} from '../../model/types.js';
import { localText } from '../shared/local-text.js';
import { textNode } from '../shared/text-node.js';
import type { LeaderHandlers } from './leader-interaction.js';
import { messageParts } from '../shared/message-parts.js';

/** What a card needs besides the person; shared by `<leader-card>` and `<leader-list>`. */
export interface LeaderView {
  readonly data: Dataset;
  readonly lang: UiLang;
  readonly t: Messages;
  readonly headingLevel: number;
  /** Prefix that makes the card's ids unique on the page. */
  readonly idPrefix: string;
  /** A chart is linked: unit links select in it, and their title says so. */
  readonly linked: boolean;
  /** The unit selected in the linked chart, marked on its links. */
  readonly selectedUnit: string | undefined;
  readonly handlers: LeaderHandlers;
}

const POST_KINDS: readonly PostKind[] = ['administrative', 'party', 'non-leadership', 'grade', 'other'];
const POST_SEPARATOR: Readonly<Record<UiLang, string>> = { 'zh-CN': '、', en: '; ' };

/** The name the interface speaks of (alt text, labels): English or pinyin in English, else Chinese. */
export function spokenName(person: Person, lang: UiLang): string {
  return lang === 'en' ? (person.name.en ?? person.romanizedName ?? person.name.zh) : person.name.zh;
}

/** One entry of the 分管 list: a unit (a link) or, since schemaVersion 2, an item that is not one (text). */
type SupervisedItem = { readonly unit: Supervision } | { readonly text: LocalText };

/** The 分管 list in source order: each non-unit item after the unit it follows (or first). */
export function supervisedItems(person: Person): SupervisedItem[] {
  const others = person.supervisesOther ?? [];
  const after = (unitId: string | undefined): SupervisedItem[] =>
    others.filter((o) => o.afterUnitId === unitId).map((o) => ({ text: o.text }));
  return [...after(undefined), ...(person.supervises ?? []).flatMap((unit) => [{ unit }, ...after(unit.unitId)])];
}

/** One leader: name, posts by kind, portfolio, 分管 and 联系 lists, résumé, and whom they assist. */
export function renderLeader(person: Person, view: LeaderView): TemplateResult {
  const { t, handlers } = view;
  const items = supervisedItems(person);
  const liaisons = person.liaisons ?? [];
  const supervised = items.map((item) =>
    'unit' in item ? renderUnitLink(item.unit, view) : renderItemText(item.text, view),
  );
  return html`<article part="card" class="card" data-person=${person.id}
    aria-labelledby="${view.idPrefix}name-${person.id}"
    @click=${handlers.onClick} @mouseenter=${handlers.onEnter} @mouseleave=${handlers.onLeave}
    @focusin=${handlers.onFocusIn} @focusout=${handlers.onFocusOut}>
    <div part="header" class="header">
      ${renderPortrait(person, view.lang, t)}
      <div class="heading">
        ${staticHtml`<${headingTag(view.headingLevel)} part="name" class="name" id="${view.idPrefix}name-${person.id}"
          >${renderName(person, view.lang)}</${headingTag(view.headingLevel)}>`}
        ${renderPosts(person, view)}
      </div>
    </div>
    <dl part="details" class="details">
      ${
        person.portfolio
          ? html`<div class="entry"><dt part="term">${t.portfolio}</dt>
        <dd part="portfolio">${localText(person.portfolio, view.lang)}</dd></div>`
          : nothing
      }
      ${
        items.length > 0
          ? html`<div class="entry"><dt part="term">${t.supervises}</dt>
        <dd><ul part="units" class="units" role="list">${supervised}</ul></dd></div>`
          : nothing
      }
      ${
        liaisons.length > 0
          ? html`<div class="entry" data-entry="liaisons"><dt part="term">${t.liaisons}</dt>
        <dd><ul part="liaisons" class="units" role="list"
          >${liaisons.map((l) => renderLiaison(l, view))}</ul></dd></div>`
          : nothing
      }
      ${
        person.resume
          ? html`<div class="entry" data-entry="resume"><dt part="term">${t.resume}</dt>
        <dd part="resume" class="resume">${renderLines(person.resume, view.lang)}</dd></div>`
          : nothing
      }
    </dl>
    ${(person.assists ?? []).map((a) => renderAssist(a, view))}
  </article>`;
}

/**
 * Text with its line breaks (a résumé's entries) as <br>: they stay lines where a portal's
 * text-only mode or a reader strips our styles.
 */
function renderLines(text: LocalText, lang: UiLang): TemplateResult {
  const picked = pickText(text, lang);
  return html`<span lang=${picked.lang === lang ? nothing : picked.lang}>${picked.text
    .split('\n')
    .map((line, i) => html`${i > 0 ? html`<br>` : nothing}${textNode(line)}`)}</span>`;
}

function renderName(person: Person, lang: UiLang): TemplateResult {
  const latin = person.name.en ?? person.romanizedName;
  if (lang !== 'en' || latin === undefined) return localText(person.name, lang);
  // English readers still need the Chinese name: it is how the person is known and written.
  return html`<span lang="en">${latin}</span> <span part="name-zh" class="name-zh" lang="zh-CN"
    >${person.name.zh}</span>`;
}

function renderPortrait(person: Person, lang: UiLang, t: Messages): TemplateResult {
  const name = spokenName(person, lang);
  if (person.photo) {
    // width/height reserve the box before the image arrives (no layout shift).
    return html`<img part="photo" class="photo" src=${person.photo} alt=${t.photoAlt(name)}
      width="96" height="128" loading="lazy" decoding="async">`;
  }
  const latin = lang === 'en' ? (person.name.en ?? person.romanizedName) : undefined;
  // The first character, whole even when it lies outside the BMP.
  const initial = Array.from(latin ?? person.name.zh)[0] ?? '';
  // lang on the glyph only (it picks the CJK font); the label is in the interface language.
  return html`<span part="avatar" class="avatar" role="img" aria-label=${t.avatarLabel(name)}
    ><span aria-hidden="true" lang=${latin ? 'en' : 'zh-CN'}>${initial}</span></span>`;
}

function renderPosts(person: Person, view: LeaderView): TemplateResult | typeof nothing {
  const groups = POST_KINDS.map((kind) => ({ kind, posts: person.posts.filter((p) => p.kind === kind) })).filter(
    (g) => g.posts.length > 0,
  );
  if (groups.length === 0) return nothing;
  const separator = POST_SEPARATOR[view.lang];
  return html`<dl part="posts" class="posts">${groups.map(
    ({ kind, posts }) => html`<div class="post-group" data-kind=${kind}>
    <dt part="post-kind">${view.t.postKinds[kind]}</dt>
    <dd part="post-titles">${posts.map((p, i) => html`${i > 0 ? separator : nothing}${renderPost(p, view)}`)}</dd>
  </div>`,
  )}</dl>`;
}

/** A title, then what the source adds: the body it belongs to (unless the title names it) and a rank. */
function renderPost(post: Post, view: LeaderView): TemplateResult {
  const body = post.body && !post.title.zh.includes(post.body.zh) ? post.body : undefined;
  return html`${localText(post.title, view.lang)}${[body, post.rankRemark].map((remark) =>
    remark
      ? html`<span part="post-remark" class="post-remark"
          >${messageParts(view.t.postRemark, localText(remark, view.lang))}</span>`
      : nothing,
  )}`;
}

/** A 分管 or 联系 item that is not a unit of the organisation: text, not a link. */
function renderItemText(text: LocalText, view: LeaderView): TemplateResult {
  return html`<li><span part="unit-text" class="unit-text">${localText(text, view.lang)}</span></li>`;
}

function renderLiaison({ unitId, text }: Liaison, view: LeaderView): TemplateResult {
  if (unitId === undefined) return renderItemText(text!, view);
  return renderUnitLink(text ? { unitId, asWritten: text } : { unitId }, view);
}

function renderUnitLink({ unitId, asWritten }: Supervision, view: LeaderView): TemplateResult {
  const unit = unitById(view.data, unitId);
  // The source's own wording (测绘管理处) wins over the unit's name.
  const label: LocalText = asWritten ?? unit?.name ?? { zh: unitId };
  const selected = unitId === view.selectedUnit;
  return html`<li><a part="unit-link${selected ? ' unit-link--selected' : ''}" class="unit-link"
    href="#unit=${encodeURIComponent(unitId)}" data-unit=${unitId}
    title=${view.linked ? view.t.selectInChart(pickText(label, view.lang).text) : nothing}
    aria-current=${selected ? 'true' : nothing}>${localText(label, view.lang)}</a></li>`;
}

function renderAssist({ personId, scope, whom }: Assistance, view: LeaderView): TemplateResult | typeof nothing {
  if (personId === undefined) {
    // Only the work is named (协助分管审计工作), perhaps with a post rather than a person (区长).
    if (!scope) return nothing;
    const parts = whom
      ? messageParts((s, w) => view.t.assistsWork(s, w), localText(scope, view.lang), localText(whom, view.lang))
      : messageParts((s) => view.t.assistsWork(s, undefined), localText(scope, view.lang));
    return html`<p part="assists" class="assists">${parts}</p>`;
  }
  const assisted = personById(view.data, personId);
  if (!assisted) return nothing;
  const name = localText(assisted.name, view.lang);
  const sentence = scope
    ? messageParts(view.t.assistsWith, name, localText(scope, view.lang))
    : [view.t.assists, ' ', name];
  return html`<p part="assists" class="assists">${sentence}</p>`;
}

/** The message shown instead of a card: no `leader-id`, or one the dataset lacks. */
export function renderLeaderProblem(data: Dataset, leaderId: string | undefined, t: Messages): TemplateResult {
  const ids = data.people.map((p) => p.id).join(', ');
  return html`<div part="error notice" role="status">
    <p>${leaderId ? t.unknownLeader(leaderId) : t.leaderIdRequired}</p>
    ${ids ? html`<p>${t.knownLeaders(ids)}</p>` : nothing}
  </div>`;
}
