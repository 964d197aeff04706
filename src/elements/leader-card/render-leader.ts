import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { pickText, type UiLang } from '../../model/localize.js';
import { personById, unitById } from '../../model/queries.js';
import type { Dataset, LocalText, Person, PostKind, Supervision } from '../../model/types.js';
import { localText } from '../shared/local-text.js';
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

const POST_KINDS: readonly PostKind[] = ['administrative', 'party'];
const POST_SEPARATOR: Readonly<Record<UiLang, string>> = { 'zh-CN': '、', en: '; ' };

/** The name the interface speaks of (alt text, labels): English or pinyin in English, else Chinese. */
export function spokenName(person: Person, lang: UiLang): string {
  return lang === 'en' ? person.name.en ?? person.romanizedName ?? person.name.zh : person.name.zh;
}

/** One leader: name, posts by kind, portfolio, supervised units as links, and whom they assist. */
export function renderLeader(person: Person, view: LeaderView): TemplateResult {
  const { t, handlers } = view;
  const units = person.supervises ?? [];
  return html`<article part="card" class="card" data-person=${person.id} aria-labelledby="${view.idPrefix}name-${person.id}"
    @click=${handlers.onClick} @mouseenter=${handlers.onEnter} @mouseleave=${handlers.onLeave}
    @focusin=${handlers.onFocusIn} @focusout=${handlers.onFocusOut}>
    <div part="header" class="header">
      ${renderPortrait(person, view.lang, t)}
      <div class="heading">
        <div part="name" class="name" role="heading" aria-level=${view.headingLevel} id="${view.idPrefix}name-${person.id}">${renderName(person, view.lang)}</div>
        ${renderPosts(person, view)}
      </div>
    </div>
    <dl part="details" class="details">
      ${person.portfolio ? html`<div class="entry"><dt part="term">${t.portfolio}</dt>
        <dd part="portfolio">${localText(person.portfolio, view.lang)}</dd></div>` : nothing}
      ${units.length > 0 ? html`<div class="entry"><dt part="term">${t.supervises}</dt>
        <dd><ul part="units" class="units" role="list">${units.map((s) => renderUnitLink(s, view))}</ul></dd></div>` : nothing}
    </dl>
    ${(person.assists ?? []).map(({ personId, scope }) => renderAssist(personById(view.data, personId), scope, view))}
  </article>`;
}

function renderName(person: Person, lang: UiLang): TemplateResult {
  const latin = person.name.en ?? person.romanizedName;
  if (lang !== 'en' || latin === undefined) return localText(person.name, lang);
  // English readers still need the Chinese name: it is how the person is known and written.
  return html`<span lang="en">${latin}</span> <span part="name-zh" class="name-zh" lang="zh-CN">${person.name.zh}</span>`;
}

function renderPortrait(person: Person, lang: UiLang, t: Messages): TemplateResult {
  const name = spokenName(person, lang);
  if (person.photo) {
    // width/height reserve the box before the image arrives (no layout shift).
    return html`<img part="photo" class="photo" src=${person.photo} alt=${t.photoAlt(name)} width="96" height="128" loading="lazy" decoding="async">`;
  }
  const latin = lang === 'en' ? person.name.en ?? person.romanizedName : undefined;
  // The first character, whole even when it lies outside the BMP.
  const initial = Array.from(latin ?? person.name.zh)[0] ?? '';
  // lang on the glyph only (it picks the CJK font); the label is in the interface language.
  return html`<span part="avatar" class="avatar" role="img" aria-label=${t.avatarLabel(name)}
    ><span aria-hidden="true" lang=${latin ? 'en' : 'zh-CN'}>${initial}</span></span>`;
}

function renderPosts(person: Person, view: LeaderView): TemplateResult | typeof nothing {
  const groups = POST_KINDS.map((kind) => ({ kind, posts: person.posts.filter((p) => p.kind === kind) })).filter((g) => g.posts.length > 0);
  if (groups.length === 0) return nothing;
  const separator = POST_SEPARATOR[view.lang];
  return html`<dl part="posts" class="posts">${groups.map(({ kind, posts }) => html`<div class="post-group" data-kind=${kind}>
    <dt part="post-kind">${view.t.postKinds[kind]}</dt>
    <dd part="post-titles">${posts.map((p, i) => html`${i > 0 ? separator : nothing}${localText(p.title, view.lang)}`)}</dd>
  </div>`)}</dl>`;
}

function renderUnitLink({ unitId, asWritten }: Supervision, view: LeaderView): TemplateResult {
  const unit = unitById(view.data, unitId);
  // The source's own wording (测绘管理处) wins over the unit's name.
  const label: LocalText = asWritten ?? unit?.name ?? { zh: unitId };
  const selected = unitId === view.selectedUnit;
  return html`<li><a part="unit-link${selected ? ' unit-link--selected' : ''}" class="unit-link" href="#unit=${encodeURIComponent(unitId)}" data-unit=${unitId}
    title=${view.linked ? view.t.selectInChart(pickText(label, view.lang).text) : nothing}
    aria-current=${selected ? 'true' : nothing}>${localText(label, view.lang)}</a></li>`;
}

function renderAssist(assisted: Person | undefined, scope: LocalText | undefined, view: LeaderView): TemplateResult | typeof nothing {
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
