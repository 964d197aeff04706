import {
  CREDENTIAL_AFTER,
  dashRow,
  dutyFirstRows,
  nameAndPosts,
  nameThenTitles,
  nameWithRemark,
  personRemark,
  spacedRow,
  withoutRemark,
  postRemarkAfter,
} from './leader-heads.js';
import { postColonStarts, proseStarts, rosterStarts, type LeaderStart } from './leader-starts.js';
import { findPersonRecords, PORTFOLIO_WORDS, RESUME_WORDS } from './person-records.js';
import { leaderTextEnd } from './page-furniture.js';
import { findResumeRecords } from './person-resumes.js';
import { resumeAfter, resumeLines } from './resume-lines.js';
import { isBlank, trimSpan } from './spans.js';
import { BULLET, NUMBER } from './leader-lines.js';
import type { Span } from './types.js';

/** A leader found in the text: name, post titles, and the text about them that follows. */
export interface PersonParts {
  readonly name: Span;
  readonly posts: readonly Span[];
  readonly body: Span;
  /** The whole opening (posts, name, 同志, colon), placed in the dataset with the name and posts. */
  readonly head: Span;
  /** The name in Latin letters (pinyin) beside the Chinese one: its English. */
  readonly nameEn?: Span;
  /** The posts' titles in English, one for each of `posts`, as a bilingual page gives them. */
  readonly postsEn?: readonly Span[];
  /** How the last post is held, from a bracket after the name (挂职, 市委常委、副市长兼任). */
  readonly postRemark?: Span;
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

const CLAUSE_END = /[。：:，,；;\n]/u;
/** Every leader in a stretch of text, in order, each with the text up to the next one. */
export function findPeople(text: string, span: Span, known: ReadonlySet<string> = new Set()): PersonParts[] {
  // A 领导信息 page of 姓名：/职务：/分工： records says who is who by its labels alone; the other
  // forms are read in the text around the records.
  const labelled = findPersonRecords(text, span);
  const starts: LeaderStart[] = [];
  // Prose: 副主任某某同志分管…, and rosters: 局长某某，副局长甲、乙。
  starts.push(...proseStarts(text, span), ...rosterStarts(text, span));
  // Clauses that are a name and posts, at the start of the text, a line or a sentence.
  for (let at = span.start; at < span.end;) {
    let end = at;
    while (end < span.end && !CLAUSE_END.test(text[end]!)) end = afterBracket(text, end, span.end) ?? end + 1;
    const lineStart = at === span.start || text[at - 1] === '\n';
    // ◎陆某东　局长, ● 关某华（院长）, ▲局长刘某: a list's bullet before the leader is furniture; a
    // line it opens is a leader's caption, the name glued to the posts before it.
    const bullet = lineStart ? BULLET.exec(text.slice(at, end))?.[0].length : undefined;
    // 二、党组成员、副局长　邱某燕: an item's number before the leader is the list's too.
    const number = lineStart && bullet === undefined ? NUMBER.exec(text.slice(at, end))?.[0].length : undefined;
    const head = trimSpan(text, { start: at + (bullet ?? number ?? 0), end });
    const free = end > at && !starts.some((s) => s.at <= at && at < s.bodyStart);
    const titled = free
      ? (nameThenTitles(text, head, end, lineStart) ?? spacedRow(text, at, lineStart) ?? dashRow(text, at, lineStart))
      : undefined;
    // A remark in brackets ends the posts (某某　副县长（挂职）) or the name (副主任谭某涛（挂职）).
    const glued = /[：:]/.test(text[end] ?? '') || (bullet !== undefined && /[\n]/.test(text[end] ?? '\n'));
    // 祁某红　党委书记、主任　主任医师: the professional title after the posts goes to the résumé.
    const credential = free && !titled ? CREDENTIAL_AFTER.exec(text.slice(head.start, head.end)) : null;
    const posts = credential ? { start: head.start, end: head.end - credential[0].length } : head;
    // 周某强（女）　党组书记、局长: a bracket about the person after the name goes to the résumé.
    const remarked = free && !titled && !credential ? nameWithRemark(text, head) : undefined;
    const plain = free && !titled && !remarked ? nameAndPosts(text, posts, glued) : undefined;
    const bare =
      free && !titled && !remarked && !plain ? nameAndPosts(text, withoutRemark(text, posts), glued) : undefined;
    const found = remarked ?? plain ?? bare;
    // 副县长　张某（挂职）: the bracket says how the post is held; it goes with the post.
    const postRemark = bare ? postRemarkAfter(text, posts) : undefined;
    // 钟某博（Zhong Wenbo）, 姚　芳（Yao Fang，女）: the name's English, and the résumé's words.
    const said = remarked ? personRemark(text, remarked.remark) : {};
    const resume =
      credential && found
        ? [{ start: head.end - credential[1]!.length, end: head.end }]
        : said.resume
          ? [said.resume]
          : undefined;
    if (titled) starts.push({ at, ...titled });
    else if (found)
      starts.push({
        at,
        ...found,
        bodyStart: end < span.end && !/[\n]/.test(text[end]!) ? end + 1 : end,
        ...(resume ? { resume } : {}),
        ...(said.nameEn ? { nameEn: said.nameEn } : {}),
        ...(postRemark ? { postRemark } : {}),
      });
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
    [...records.people, ...read, ...dutyFirstRows(text, span)].sort((a, b) => a.head.start - b.head.start),
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

/**
 * A 分工 or 简历 field on the line below a leader's 职务：姓名 line, or a line opening with what they do.
 */
const FIELD_BELOW = new RegExp(
  `^[ \\t\\u3000]*\\n[ \\t\\u3000]*` +
    `(?:(?:${PORTFOLIO_WORDS}|${RESUME_WORDS})[ \\t\\u3000]*[:：]|(?:主持|负责|协助|分管)(?![人的])|领导[^。；;\\n]*全面工作)`,
  'u',
);

/** A comma, then what a leader does (主持…, 负责…, 分管…), on the line of a 职务：姓名 head. */
const DOES_AFTER_COMMA =
  /^[ \t\u3000]*[，,][ \t\u3000]*(?=(?:主持|负责|分管|协助|联系)(?![人的])|领导[^。；;\n]*全面工作)/u;

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
    resume?: Span[];
    nameEn?: Span;
    postRemark?: Span;
  }[],
  records: readonly Span[],
): PersonParts[] {
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]!.at : span.end;
    // ● 副书记：某某: a bullet before the next leader's head is no part of this one's text.
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart > s.bodyStart && /^[ \t\u3000●○•◆◇■□▪▸►★☆\-*]+$/u.test(text.slice(lineStart, end))) end = lineStart;
    // A record of labelled fields after this leader ends their text too.
    for (const r of records) if (r.start >= s.bodyStart && r.start < end) end = r.start;
    // Prose names one leader per clause: the text ends with the sentence. Others end at a blank line.
    const stop = text.slice(s.bodyStart, end).search(s.sentence ? /[。\n]/ : OTHER_TEXT);
    if (stop >= 0) end = s.bodyStart + stop + (s.sentence && text[s.bodyStart + stop] === '。' ? 1 : 0);
    // 村主任：某某　联系电话：…⏎分工：…: a contact field beside the head ends its line, not the
    // leader's text; it stays for the report.
    // (A unit page's 负责人：某某 办公电话：… is its head's contact line over the unit's duties.)
    const nl = text.indexOf('\n', s.bodyStart);
    const head = text.slice(s.at, s.bodyStart);
    const beside = nl >= 0 && nl < end && leaderTextEnd(text.slice(s.bodyStart, nl)) === 0 && !/负责人/u.test(head);
    // 主任：王某华，主持中心全面工作…: what the leader does, after a comma on the head's line.
    const after = s.labelled ? DOES_AFTER_COMMA.exec(text.slice(s.bodyStart, end))?.[0].length : undefined;
    const from = beside ? nl : s.bodyStart + (after ?? 0);
    // 副乡长：某某 is a list line, unless its own 工作职责：… or 负责… line follows it.
    if (s.labelled && after === undefined && !FIELD_BELOW.test(text.slice(from, end))) end = from;
    const bodyStart = Math.min(from, end);
    // 简历：… / 工作分工：… under a name: only the 分工 is the text about the leader.
    const fields = s.sentence ? undefined : portfolioField(text, { start: bodyStart, end });
    return {
      name: s.name,
      posts: s.posts,
      head: { start: s.at, end: Math.min(s.bodyStart, end) },
      body: fields?.body ?? { start: bodyStart, end },
      ...(s.labelled ? { labelled: true } : {}),
      ...(s.nameEn ? { nameEn: s.nameEn } : {}),
      ...(s.postRemark ? { postRemark: s.postRemark } : {}),
      ...(fields?.frames.length ? { frames: fields.frames } : {}),
      ...(s.resume || fields?.resume.length ? { resumeFields: [...(s.resume ?? []), ...(fields?.resume ?? [])] } : {}),
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

/** 工作分工：, 分工：, 职责： at a line's start or after a sentence, or alone on its line (工作职责⏎…). */
const PORTFOLIO_LABEL = new RegExp(
  `(?:^|\\n|(?<=[。；;]))[ \\t\\u3000]*(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*(?:[:：][ \\t\\u3000]*|\\n\\s*)`,
  'u',
);
/**
 * Past a short bracket that opens at `at` and closes on its line (周某强（曾用名：周某刚）): what it
 * holds does not end the clause. Undefined when no such bracket opens there.
 */
function afterBracket(text: string, at: number, end: number): number | undefined {
  if (!/[（(]/.test(text[at]!)) return undefined;
  const close = /^[^（()）\n]{1,24}[)）]/u.exec(text.slice(at + 1, Math.min(end, at + 27)));
  return close ? at + 1 + close[0].length : undefined;
}

/** The next place a leader's clause can start: after a 。 ； or line break. */
function nextSentence(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && !/[。；;\n]/.test(text[i]!)) i++;
  return i + 1;
}
