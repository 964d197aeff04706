import { matchUnit, type PersonDraft } from './drafts.js';
import type { PersonParts } from './leaders.js';
import { listItems, readPortfolio, type ListItem, type PortfolioParts } from './portfolio.js';
import { ONLY_BODY, POST, postKind } from './posts.js';
import { resumeText } from './resume-lines.js';
import { compactOf, textOf } from './spans.js';
import { isUnitLike, kindFromName } from './unit-names.js';
import type { UnitContext } from './units.js';

/**
 * Turns a leader found in the text into a person, linking 分管 items to units (creating units named
 * only there). A name and a duty alone (张三：主持…, `dutyOnly`) is the text about a leader read
 * before without one, and nothing when there is none (its line stays for the report).
 */
export function readPerson(
  ctx: UnitContext,
  people: PersonDraft[],
  parts: PersonParts,
  bodyIsList = false,
): PersonDraft | undefined {
  const { text, ledger } = ctx;
  // A leader named again (a page's menu repeats its list; one person listed under the county's
  // party committee and its government) is one person: their posts joined, their text read once
  // (a second text stays for the report).
  const named = people.find((p) => p.name === compactOf(text, parts.name));
  const earlier = named && (!parts.dutyOnly || saysNothing(named)) ? named : undefined;
  if (parts.dutyOnly && !earlier) return undefined;
  const readText = !earlier || saysNothing(earlier);
  ledger.place(parts.head);
  ledger.place(parts.name);
  if (parts.nameEn) ledger.place(parts.nameEn);
  parts.frames?.forEach((f) => ledger.place(f));
  const posts = parts.posts.map((p, i) => {
    ledger.place(p);
    const title = compactOf(text, p);
    const en = parts.postsEn?.[i];
    if (en) ledger.place(en);
    // 挂职 after the name: how the last post is held.
    const remark = i === parts.posts.length - 1 ? parts.postRemark : undefined;
    if (remark) ledger.place(remark);
    return {
      kind: postKind(title),
      title,
      ...(en ? { titleEn: text.slice(en.start, en.end) } : {}),
      ...(remark ? { remark: compactOf(text, remark) } : {}),
    };
  });
  if (earlier)
    for (const post of posts) if (!earlier.posts.some((p) => samePost(p.title, post.title))) earlier.posts.push(post);
  // A table's 分管 cell is the list itself, without the word 分管.
  const found: PortfolioParts = !readText
    ? { supervises: [], assists: [], liaisons: [], responsibleFor: [], listClauses: [] }
    : bodyIsList && !/^\s*分管/.test(text.slice(parts.body.start, parts.body.end))
      ? { supervises: listItems(text, parts.body), assists: [], liaisons: [], responsibleFor: [], listClauses: [] }
      : readPortfolio(text, parts.body);
  const person: PersonDraft = earlier ?? {
    id: `person-${people.length + 1}`,
    name: compactOf(text, parts.name),
    posts,
    supervises: [],
    supervisesOther: [],
    liaisons: [],
    assists: [],
    assistSpans: [],
  };
  if (parts.nameEn && !person.nameEn) person.nameEn = text.slice(parts.nameEn.start, parts.nameEn.end);
  person.assistSpans.push(...found.assists);
  if (found.portfolio) {
    ledger.place(found.portfolio);
    person.portfolio = textOf(text, found.portfolio);
  }
  for (const item of [...found.supervises, ...found.responsibleFor])
    supervise(ctx, person, item, found.supervises.length > 0);
  for (const item of found.liaisons) liaise(ctx, person, item);
  found.listClauses.forEach((c) => ledger.place(c));
  readResume(ctx, person, parts);
  if (!earlier) people.push(person);
  return person;
}

/**
 * The résumé: a profile's prose (男，汉族，…现任…) and résumé fields (简历：…, 出生年月：…), kept
 * verbatim with their entries' line breaks. Posts read from a résumé without a 现任 clause (its last
 * dated appointment) are flagged for checking; a second résumé of the same person stays for the
 * report.
 */
function readResume(ctx: UnitContext, person: PersonDraft, parts: PersonParts): void {
  const { text, ledger } = ctx;
  const spans = [parts.resume, ...(parts.resumeFields ?? [])].filter(
    (s): s is NonNullable<typeof s> => s !== undefined && s.end > s.start,
  );
  if (!spans.length) return;
  const who = person.name;
  if (person.resume !== undefined) {
    for (const span of spans)
      ledger.report('unplaced', span, {
        zh: `这是${who}的又一段简历；${who}的简历已从前文读入，这段未导入。`,
        en: `This is another résumé of ${who}'s; one was read earlier, so this one was not imported.`,
      });
    return;
  }
  spans.forEach((s) => ledger.place(s));
  person.resume = resumeText(ledger, text, spans);
  if (parts.resume && parts.lastAppointment && parts.posts.some((p) => p.start >= parts.resume!.start))
    ledger.flag(parts.resume, {
      zh: `${who}的简历没有写“现任”，职务取自最后一句的任职，请核对是否仍是现任职务。`,
      en:
        `${who}'s résumé names no post held now (现任), so the posts are those of its last sentence, ` +
        'a dated appointment: check that they are still held.',
    });
}

/**
 * Whether two titles name one post: the same words, or one the other with its body before it
 * (副局长 and 某某市水利局副局长, as a list and a profile's 现任 clause write them). 局长 and 副局长
 * differ: what stands before the shorter must be a body.
 */
function samePost(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (long.endsWith(short) && ONLY_BODY.test(long.slice(0, long.length - short.length)));
}

/** A person read with posts only, nothing yet about what they do. */
function saysNothing(p: PersonDraft): boolean {
  return (
    p.portfolio === undefined &&
    !p.supervises.length &&
    !p.supervisesOther.length &&
    !p.liaisons.length &&
    !p.assistSpans.length
  );
}

function supervise(ctx: UnitContext, person: PersonDraft, item: ListItem, listed: boolean): void {
  const { text, ledger, units } = ctx;
  const written = textOf(text, item.written);
  const name = textOf(text, item.name);
  let unit = matchUnit(units, name);
  if (!unit && !isUnitLike(name)) {
    // An area of work (党群、人事等工作) or a body that is not a unit: kept as text, in list order.
    if (!listed) return;
    ledger.place(item.written);
    const last = person.supervises[person.supervises.length - 1];
    person.supervisesOther.push({
      text: written,
      kind: /(?:局|厅|委|办|院|组|会|队|部门|单位)$/.test(name) ? 'body' : 'area',
      ...(last ? { afterUnitId: last.unitId } : {}),
    });
    return;
  }
  if (!unit) {
    unit = {
      id: `unit-${units.length + 1}`,
      name,
      kind: kindFromName(name, 'other'),
      parentId: ctx.orgId,
      aliases: [],
      duties: [],
      fromLeaders: true,
    };
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

/** 联系: a unit of the body when one matches, otherwise the body as the text names it. */
function liaise(ctx: UnitContext, person: PersonDraft, item: ListItem): void {
  const written = textOf(ctx.text, item.written);
  ctx.ledger.place(item.written);
  const unit = matchUnit(ctx.units, textOf(ctx.text, item.name));
  if (unit && person.liaisons.some((l) => l.unitId === unit.id)) return;
  person.liaisons.push(
    unit ? (written === unit.name ? { unitId: unit.id } : { unitId: unit.id, text: written }) : { text: written },
  );
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
      // 协助王明同志分管…: 同志 goes with the name.
      let rest = helped ? own.slice(helped.name.length).replace(/^同志/u, '') : own;
      if (!helped) {
        const post = POST_AT_START.exec(own)?.[0];
        const holders = post ? people.filter((p) => p !== person && p.posts.some((t) => t.title === post)) : [];
        if (holders.length === 1) helped = holders[0];
      }
      if (!helped) {
        // No person named (协助区长分管审计工作, 协助做好…): the work, and the post named, as written.
        const whom = POST_AT_START.exec(own)?.[0];
        const scope = whom ? own.slice(whom.length) : own;
        if (scope) person.assists.push({ scope, ...(whom ? { whom } : {}) });
        else
          ledger.report('unplaced', span, {
            zh: '协助的内容未能识别。',
            en: 'What this 协助 clause covers was not recognised.',
          });
        continue;
      }
      rest = rest.replace(POST_AT_START, '').replace(/^(?:做好|抓好|负责|分管|开展|管理)/u, '');
      if (person.assists.some((a) => a.personId === helped.id)) continue;
      const scopeAt = text.slice(span.start, span.end).lastIndexOf(rest);
      person.assists.push(rest && scopeAt >= 0 ? { personId: helped.id, scope: rest } : { personId: helped.id });
    }
  }
}
