import { matchUnit, type PersonDraft } from './drafts.js';
import type { PersonParts } from './leaders.js';
import { listItems, readPortfolio, type ListItem, type PortfolioParts } from './portfolio.js';
import { isNonLeadershipPost, POST, postKind } from './posts.js';
import { compactOf, textOf } from './spans.js';
import { isUnitLike, kindFromName } from './unit-names.js';
import type { UnitContext } from './units.js';

const NOT_REPRESENTABLE = (what: string, en: string): { zh: string; en: string } => ({
  zh: `已识别为${what}，但数据格式暂时无法表示。`,
  en: `Recognised as ${en}, which the dataset format cannot hold yet.`,
});

/** Turns a leader found in the text into a person, linking 分管 items to units (creating units named only there). */
export function readPerson(ctx: UnitContext, people: PersonDraft[], parts: PersonParts, bodyIsList = false): PersonDraft {
  const { text, ledger, units } = ctx;
  ledger.place(parts.head);
  ledger.place(parts.name);
  const posts = parts.posts.map((p) => {
    ledger.place(p);
    const title = compactOf(text, p);
    if (isNonLeadershipPost(title)) ledger.report('not-representable', p, NOT_REPRESENTABLE('非领导职务（职级）', 'a non-leadership post (rank title)'));
    return { kind: postKind(title), title };
  });
  // A table's 分管 cell is the list itself, without the word 分管.
  const found: PortfolioParts = bodyIsList && !/^\s*分管/.test(text.slice(parts.body.start, parts.body.end))
    ? { supervises: listItems(text, parts.body), assists: [], liaisons: [], responsibleFor: [], listClauses: [] }
    : readPortfolio(text, parts.body);
  const person: PersonDraft = { id: `person-${people.length + 1}`, name: compactOf(text, parts.name), posts, supervises: [], assists: [], assistSpans: [...found.assists] };
  if (found.portfolio) {
    ledger.place(found.portfolio);
    person.portfolio = textOf(text, found.portfolio);
  }
  for (const item of [...found.supervises, ...found.responsibleFor]) supervise(ctx, person, item, found.supervises.length > 0);
  const listed = found.supervises.every((item) => matchUnit(units, textOf(text, item.name)) || isUnitLike(textOf(text, item.name)));
  if (listed) found.listClauses.forEach((c) => ledger.place(c));
  for (const l of found.liaisons) ledger.report('not-representable', l, NOT_REPRESENTABLE('联系（联络）关系', 'a liaison (联系) relation'));
  people.push(person);
  return person;
}

function supervise(ctx: UnitContext, person: PersonDraft, item: ListItem, listed: boolean): void {
  const { text, ledger, units } = ctx;
  const written = textOf(text, item.written);
  const name = textOf(text, item.name);
  let unit = matchUnit(units, name);
  if (!unit && !isUnitLike(name)) {
    if (listed) ledger.report('not-representable', item.written, NOT_REPRESENTABLE('不是本单位内设机构的分管事项', 'a 分管 item that is not a unit of the body'));
    return;
  }
  if (!unit) {
    unit = { id: `unit-${units.length + 1}`, name, kind: kindFromName(name, 'other'), parentId: ctx.orgId, aliases: [], duties: [], fromLeaders: true };
    units.push(unit);
  }
  for (const a of item.aliases) {
    const alias = textOf(text, a);
    if (alias !== unit.name && !unit.aliases.includes(alias)) unit.aliases.push(alias);
  }
  if (listed) ledger.place(item.written);
  if (person.supervises.some((s) => s.unitId === unit.id)) return;
  person.supervises.push(written === unit.name ? { unitId: unit.id } : { unitId: unit.id, asWritten: written });
}

const POST_AT_START = new RegExp(`^(?:${POST})`, 'u');

/**
 * 协助某某局长做好…工作: the person named (or, failing a name, the one holder of the post named)
 * and the work as scope. Without either, the clause goes to the report.
 */
export function resolveAssists(ctx: UnitContext, people: readonly PersonDraft[]): void {
  const { text, ledger } = ctx;
  for (const person of people) {
    for (const span of person.assistSpans) {
      const own = compactOf(text, span);
      let helped = people.find((p) => p !== person && own.startsWith(p.name));
      let rest = helped ? own.slice(helped.name.length) : own;
      if (!helped) {
        const post = POST_AT_START.exec(own)?.[0];
        const holders = post ? people.filter((p) => p !== person && p.posts.some((t) => t.title === post)) : [];
        if (holders.length === 1) helped = holders[0];
      }
      if (!helped) {
        ledger.report('not-representable', span, NOT_REPRESENTABLE('未指明具体人员的协助', 'assisting (协助) without a named person'));
        continue;
      }
      rest = rest.replace(POST_AT_START, '').replace(/^(?:做好|抓好|负责|分管|开展|管理)/u, '');
      if (person.assists.some((a) => a.personId === helped.id)) continue;
      const scopeAt = text.slice(span.start, span.end).lastIndexOf(rest);
      person.assists.push(rest && scopeAt >= 0 ? { personId: helped.id, scope: rest } : { personId: helped.id });
    }
  }
}
