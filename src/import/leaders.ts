import { isPersonName, isPostList, MIDDOT_NAME, postSpans } from './posts.js';
import { titleClauses } from './leader-lines.js';
import { postColonStarts, proseStarts, type LeaderStart } from './leader-starts.js';
import { findPersonRecords, PORTFOLIO_WORDS, RESUME_WORDS } from './person-records.js';
import { leaderTextEnd } from './page-furniture.js';
import { findResumeRecords } from './person-resumes.js';
import { resumeAfter, resumeLines } from './resume-lines.js';
import { isBlank, trimSpan } from './spans.js';
import type { Span } from './types.js';

/** A leader found in the text: name, post titles, and the text about them that follows. */
export interface PersonParts {
  readonly name: Span;
  readonly posts: readonly Span[];
  readonly body: Span;
  /** The whole opening (posts, name, 同志, colon), placed in the dataset with the name and posts. */
  readonly head: Span;
  /** Written 职务：姓名 (主任:某某某, 负责人：某某): a leader by the form alone. */
  readonly labelled?: boolean;
  /** Labels around the leader's fields (职务：, 分工：), placed with them. */
  readonly frames?: readonly Span[];
  /** A résumé in prose in the leader's text (男，汉族，…现任…). */
  readonly resume?: Span;
  /** Résumé fields among the leader's lines (简历：…, 出生年月：…), each with the lines it goes on over. */
  readonly resumeFields?: readonly Span[];
  /** The posts are those of the résumé's last dated appointment (no 现任 clause): to be checked. */
  readonly lastAppointment?: boolean;
  /** 张三：主持… after a list that gave 张三's posts: the text about a leader found elsewhere. */
  readonly dutyOnly?: boolean;
}

/** Maps positions in a whitespace-free copy back to the original text. */
function compacted(text: string, span: Span): { compact: string; at: number[] } {
  let compact = '';
  const at: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    // 周某明｜党组书记、厅长: a bar parts name and titles as a space does.
    if (/[\s｜|]/.test(text[i]!)) continue;
    compact += text[i];
    at.push(i);
  }
  return { compact, at };
}

/**
 * "吴某局长、党组书记", "张某 副局长：", "林 某 副主任": a name (2–4 characters, spaces inside
 * allowed) run straight into a list of posts, nothing else; or a table row, posts then a space
 * then the name, and with `glued` (a colon follows) no space needed: 常务副市长邬某某：…. A name of
 * three characters is tried first, then two, then four (周某党组成员 is 周某 + 党组成员: 组成员 is
 * no post).
 */
export function nameAndPosts(text: string, head: Span, glued = false): { name: Span; posts: Span[] } | undefined {
  // 热合曼·吐尔逊 县长: a name in parts, then its posts after a space.
  const parts = /^(\S+)[ \t\u3000]+(\S.*)$/u.exec(text.slice(head.start, head.end));
  if (parts && MIDDOT_NAME.test(parts[1]!) && isPostList(parts[2]!))
    return {
      name: { start: head.start, end: head.start + parts[1]!.length },
      posts: postSpans(text, { start: head.end - parts[2]!.length, end: head.end }),
    };
  const { compact, at } = compacted(text, head);
  const fits = (n: number): boolean =>
    n < compact.length && isPersonName(compact.slice(0, n)) && isPostList(compact.slice(n));
  // Where a space stands between name and posts (米某某 某中心主任), the split there wins.
  const spaced = [4, 3, 2].find(
    (n) => fits(n) && at[n]! > at[n - 1]! + 1 && !/\s/.test(text.slice(at[n]!, head.end).slice(0, 1)),
  );
  for (const n of nameLengths(compact)) {
    if (n >= compact.length || (spaced !== undefined ? n !== spaced : !fits(n))) continue;
    return { name: { start: at[0]!, end: at[n - 1]! + 1 }, posts: postSpans(text, { start: at[n]!, end: head.end }) };
  }
  // A table row: the posts first, then the name (主   任    某某某).
  for (const n of [3, 2, 4]) {
    if (n >= compact.length) continue;
    const name = compact.slice(compact.length - n);
    if (!isPersonName(name) || !isPostList(compact.slice(0, compact.length - n))) continue;
    if (!glued && !/[\s｜|]/.test(text.slice(at[compact.length - n - 1]! + 1, at[compact.length - n]!))) continue;
    return {
      name: { start: at[compact.length - n]!, end: head.end },
      posts: postSpans(text, { start: head.start, end: at[compact.length - n - 1]! + 1 }),
    };
  }
  return undefined;
}

/**
 * Which name length to try first where a name runs into posts. A third character that commonly
 * opens a body or a post (省, 市, 镇, 公安, 人大, 党组, 副…) more likely belongs to the posts: 李明公安局
 * 局长 is 李明 + 公安局局长, 王军人大常委会主任 is 王军 + …; otherwise three-character names, the
 * most common, come first: 梁伟发省政府党组副书记 is 梁伟发 + 省政府党组副书记. A split is only
 * taken when what is left is a clean post list, which settles most cases either way.
 */
const BODY_OPENING =
  /^[省市县区州盟旗镇乡村街厅局处科室所站队大党团人公国中副常代总首纪监政司检法财税教卫交农林水商外审统环宣组编](?!$)/u;
function nameLengths(compact: string): number[] {
  return BODY_OPENING.test(compact.slice(2)) ? [2, 3, 4] : [3, 2, 4];
}

const CLAUSE_END = /[。：:，,；;\n]/u;

/** Every leader in a stretch of text, in order, each with the text up to the next one. */
export function findPeople(text: string, span: Span, known: ReadonlySet<string> = new Set()): PersonParts[] {
  // A 领导信息 page of 姓名：/职务：/分工： records says who is who by its labels alone; the other
  // forms are read in the text around the records.
  const labelled = findPersonRecords(text, span);
  const starts: LeaderStart[] = [];
  // Prose: 副主任某某同志分管…
  starts.push(...proseStarts(text, span));
  // Clauses that are a name and posts, at the start of the text, a line or a sentence.
  for (let at = span.start; at < span.end;) {
    let end = at;
    while (end < span.end && !CLAUSE_END.test(text[end]!)) end++;
    const head = trimSpan(text, { start: at, end });
    const free = end > at && !starts.some((s) => s.at <= at && at < s.bodyStart);
    const lineStart = at === span.start || text[at - 1] === '\n';
    const titled = free ? nameThenTitles(text, head, end, lineStart) : undefined;
    // A remark in brackets ends the posts (某某　副县长（挂职）) or the name (副主任谭某涛（挂职）).
    const glued = /[：:]/.test(text[end] ?? '');
    const found =
      free && !titled
        ? (nameAndPosts(text, head, glued) ?? nameAndPosts(text, withoutRemark(text, head), glued))
        : undefined;
    if (titled) starts.push({ at, ...titled });
    else if (found)
      starts.push({ at, ...found, bodyStart: end < span.end && !/[\n]/.test(text[end]!) ? end + 1 : end });
    at = nextSentence(text, end, span.end);
  }
  // Post, colon, name (主任:某某某, 负责人：某某 办公电话…): the name ends the clause.
  const taken = (at: number): boolean => starts.some((s) => s.at <= at && at < s.bodyStart);
  starts.push(...postColonStarts(text, span, taken));
  // Profiles (张三⏎男，汉族，…现任…⏎分管…) outside the records; each ends where another form starts
  // a leader.
  const outside = (r: Span): boolean => !labelled.regions.some((l) => r.start < l.end && l.start < r.end);
  const nameOf = (name: Span): string => text.slice(name.start, name.end).replace(/\s+/g, '');
  const profiles = findResumeRecords(
    text,
    span,
    // Only starts at a line's start: a clause inside a résumé (曾任某区区长) does not end it.
    starts
      .map((s) => s.at)
      .filter((at) => at === span.start || text[at - 1] === '\n')
      .sort((a, b) => a - b),
    new Set([...known, ...starts.map((s) => nameOf(s.name)), ...labelled.people.map((p) => nameOf(p.name))]),
  );
  const kept = profiles.people.filter((p) => outside({ start: p.head.start, end: Math.max(p.head.end, p.body.end) }));
  const records = {
    people: [...labelled.people, ...kept],
    regions: [...labelled.regions, ...profiles.regions.filter(outside)],
  };
  const inRecord = (at: number): boolean => records.regions.some((r) => at >= r.start && at < r.end);
  // A news item's lead sentence (省长某某主持…) before the list that gives the same leader again.
  const listed = new Set(records.people.map((p) => nameOf(p.name)));
  const repeated = (s: (typeof starts)[number]): boolean => !!s.sentence && listed.has(nameOf(s.name));
  const others = starts.filter((s) => !inRecord(s.at) && !repeated(s)).sort((a, b) => a.at - b.at);
  const read = readStarts(text, span, others, records.regions);
  return withDuties(
    text,
    [...records.people, ...read].sort((a, b) => a.head.start - b.head.start),
    nameOf,
  );
}

/**
 * 张三 党组书记⏎李四 镇长⏎张三：主持…: the duty lines go to the leaders the list named (a leader
 * without text of their own), their 张三： as a frame. One without such a leader here stays
 * `dutyOnly`, for a leader of an earlier section (readPerson), or for the report.
 */
function withDuties(text: string, people: PersonParts[], nameOf: (name: Span) => string): PersonParts[] {
  const out = people.filter((p) => !p.dutyOnly);
  for (const duty of people.filter((p) => p.dutyOnly)) {
    const i = out.findIndex((p) => nameOf(p.name) === nameOf(duty.name) && isBlank(text, p.body));
    if (i < 0) out.push(duty);
    else
      out[i] = { ...out[i]!, body: duty.body, frames: [...(out[i]!.frames ?? []), duty.head, ...(duty.frames ?? [])] };
  }
  return out.sort((a, b) => a.head.start - b.head.start);
}

/**
 * Where a leader's text ends when no other leader's does: a blank line, or a line that opens with
 * another label (某某所所长：…, 人事科：…); 分管：, 联系：, 分工：, 简历： lines go on with it.
 */
const GOES_ON = `(?:${PORTFOLIO_WORDS}|${RESUME_WORDS}|分管|联系|协助|负责|主持)[^\\n:：]{0,4}[:：]`;
const OTHER_TEXT = new RegExp(`\\n\\s*\\n|\\n[ \\t\\u3000]*(?!${GOES_ON})[^\\s，。；,;:：]{2,14}[:：]`, 'u');

/** A 分工 field on the line below a leader's 职务：姓名 line, labelled or opening with what they do. */
const FIELD_BELOW = new RegExp(
  `^[ \\t\\u3000]*\\n[ \\t\\u3000]*(?:(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*[:：]|(?:主持|负责|协助|分管)(?![人的]))`,
  'u',
);

/** Each leader found, with the text about them up to the next one. */
function readStarts(
  text: string,
  span: Span,
  starts: readonly {
    at: number;
    name: Span;
    posts: Span[];
    bodyStart: number;
    sentence?: boolean;
    labelled?: boolean;
  }[],
  records: readonly Span[],
): PersonParts[] {
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]!.at : span.end;
    // A record of labelled fields after this leader ends their text too.
    for (const r of records) if (r.start >= s.bodyStart && r.start < end) end = r.start;
    // Prose names one leader per clause: the text ends with the sentence. Others end at a blank line.
    const stop = text.slice(s.bodyStart, end).search(s.sentence ? /[。\n]/ : OTHER_TEXT);
    if (stop >= 0) end = s.bodyStart + stop + (s.sentence && text[s.bodyStart + stop] === '。' ? 1 : 0);
    // 副乡长：某某 is a list line, unless its own 工作职责：… or 负责… line follows it.
    if (s.labelled && !FIELD_BELOW.test(text.slice(s.bodyStart, end))) end = s.bodyStart;
    const bodyStart = Math.min(s.bodyStart, end);
    // 简历：… / 工作分工：… under a name: only the 分工 is the text about the leader.
    const fields = s.sentence ? undefined : portfolioField(text, { start: bodyStart, end });
    return {
      name: s.name,
      posts: s.posts,
      head: { start: s.at, end: bodyStart },
      body: fields?.body ?? { start: bodyStart, end },
      ...(s.labelled ? { labelled: true } : {}),
      ...(fields?.frames.length ? { frames: fields.frames } : {}),
      ...(fields?.resume.length ? { resumeFields: fields.resume } : {}),
    };
  });
}

/**
 * In a leader's lines, the 分工 field (工作分工：…) is the text about them, and the résumé fields
 * (简历：男，…, 出生年月：…, a 简历 going on over the lines below it) are their résumé, before the
 * 分工 or after it; the text ends before a contact field (联系电话：…).
 */
function portfolioField(text: string, body: Span): { body: Span; frames: Span[]; resume: Span[] } | undefined {
  const own = text.slice(body.start, body.end);
  const stop = leaderTextEnd(own);
  const end = stop !== undefined ? body.start + stop : body.end;
  const before = resumeLines(text, body.start, end);
  const label = PORTFOLIO_LABEL.exec(text.slice(before.next, end));
  const frames = [...before.frames];
  let start = before.next;
  if (label) {
    const at = before.next + label.index + label[0].length - label[0].trimStart().length;
    start = before.next + label.index + label[0].length;
    frames.push({ start: at, end: start });
  }
  const after = resumeAfter(text, { start, end }, end);
  const resume = [...before.spans, ...after.spans];
  if (!label && !resume.length && end === body.end) return undefined;
  return { body: after.body, frames: [...frames, ...after.frames], resume };
}

/** 工作分工：, 分工：, 职责： at a line's start or after a sentence. */
const PORTFOLIO_LABEL = new RegExp(
  `(?:^|\\n|(?<=[。；;]))[ \\t\\u3000]*(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*[:：][ \\t\\u3000]*`,
  'u',
);
/** The next place a leader's clause can start: after a 。 ； or line break. */
function nextSentence(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && !/[。；;\n]/.test(text[i]!)) i++;
  return i + 1;
}

/**
 * A name, then its titles in brackets (陶某新（党组书记、主任）：…), or, at a line's start, a name
 * alone before a comma and a clause of titles (魏某东，党组书记、院长。主持…): the leader, and where
 * the text about them begins. `end`: where the clause `head` is in ends.
 */
function nameThenTitles(
  text: string,
  head: Span,
  end: number,
  lineStart: boolean,
): { name: Span; posts: Span[]; bodyStart: number } | undefined {
  const written = text.slice(head.start, head.end);
  const isWho = (w: string): boolean => isPersonName(w.replace(/[ \t\u3000]+/g, '')) || MIDDOT_NAME.test(w);
  const bracketed = /^(\S+?)[（(]([^（()）]+)[)）]$/u.exec(written);
  if (bracketed && isWho(bracketed[1]!) && isPostList(bracketed[2]!)) {
    const open = head.start + bracketed[1]!.length + 1;
    return {
      name: { start: head.start, end: head.start + bracketed[1]!.length },
      posts: postSpans(text, { start: open, end: open + bracketed[2]!.length }),
      bodyStart: /[：:，,]/.test(text[end] ?? '') ? end + 1 : end,
    };
  }
  if (!lineStart || !/[，,]/.test(text[end] ?? '') || !isWho(written)) return undefined;
  const lineEnd = text.indexOf('\n', end);
  const titles = titleClauses(text, { start: end + 1, end: lineEnd < 0 ? text.length : lineEnd });
  return titles.posts.length ? { name: head, posts: titles.posts, bodyStart: titles.end } : undefined;
}

/** 副主任谭某涛（挂职）, 副校长　冯某国同志: the name and posts without the remark or 同志 after them. */
function withoutRemark(text: string, span: Span): Span {
  const remark = /(?:[（(][^（()）\n]{1,8}[)）]|同志)$/u.exec(text.slice(span.start, span.end));
  return remark ? { start: span.start, end: span.end - remark[0].length } : span;
}
