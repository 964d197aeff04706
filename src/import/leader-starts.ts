import { aboutPerson, personRemark } from './leader-heads.js';
import { namesSomeone } from './leader-lines.js';
import { isPersonName, isPostList, POST, POST_LIST, postSpans } from './posts.js';
import type { Span } from './types.js';

/** Where a leader's text starts: the name, its posts, and where the text about them begins. */
export interface LeaderStart {
  readonly at: number;
  readonly name: Span;
  readonly posts: Span[];
  readonly bodyStart: number;
  /** Found in a sentence of prose (a news item's lead may name a listed leader again). */
  readonly sentence?: boolean;
  /** Written 职务：姓名. */
  readonly labelled?: boolean;
  /** Résumé text on the head line (祁某红　党委书记　主任医师: the professional title). */
  readonly resume?: Span[];
  /** The name in Latin letters beside it (钟某博（Zhong Wenbo）). */
  readonly nameEn?: Span;
  /** How the last post is held, in brackets after the name (挂职, 市委常委、副市长兼任). */
  readonly postRemark?: Span;
}

/**
 * 副主任某某同志分管…, and without 同志 when 分管/主持/协助/负责 follows the name at once (副市长张某
 * 分管…, 代省长某某领导省政府全面工作). Adverbs stand there in sentences that name nobody (副局长全权
 * 负责…): ADVERB keeps them from being read as names.
 */
const PROSE = new RegExp(
  `((?:${POST})(?:[、，,](?:${POST}))*)([\\u4e00-\\u9fff](?:\\s?[\\u4e00-\\u9fff]){1,3}?)` +
    `(?:同志|(?=(?:全面|具体|主要|统筹|全权|牵头)?(?:分管|主持|协助|负责)(?!的|人)|领导[^。；;\\n]*全面工作))`,
  'gu',
);
/** A name after a colon: 2–4 characters (spaces inside allowed), or in parts with middle dots. */
const NAME_AFTER =
  '[\\u4e00-\\u9fff]{1,8}(?:[·•・][\\u4e00-\\u9fff]{1,8}){1,3}|' +
  '[\\u4e00-\\u9fff](?:[ \\t\\u3000]?[\\u4e00-\\u9fff]){1,3}?';
const LABELLED = new RegExp(
  `(?:^|[\\s。；;])(${POST_LIST}|(?:科室|处室|股室|部门|单位|主要)?负责人)[:：][ \\t\\u3000]*` +
    `(${NAME_AFTER})(?=[\\s、，,。；;（(]|$)`,
  'gu',
);
/** The rest of a post's list of names (副院长：王芳、赵志刚、孙丽), up to the clause's end. */
const NAME_LIST = new RegExp(
  '^(?:、[ \\t\\u3000]*[\\u4e00-\\u9fff](?:[ \\t\\u3000]?[\\u4e00-\\u9fff]){1,3}|' +
    '[ \\t\\u3000]+[\\u4e00-\\u9fff]{2,4})+(?=[\\s，,。；;]|$)',
  'u',
);
/** Words that stand where a name would (局长全面负责…): never a name. */
const ADVERB = new RegExp(
  '^(?:全面|全权|单独|主要|具体|牵头|同时|统筹|协助|负责|分管|主持|联系|直接|亲自|一起|共同|一并|分别|' +
    '应当|应该|必须|需要|继续|仍然|暂时|临时|目前|现在|今后|另行|原来|全程|全力|包村|包片|轮流|定期|' +
    '及时|按时|认真|积极|切实|统一)',
  'u',
);

/** Prose: 副主任某某同志分管…, 副市长张某分管…. */
export function proseStarts(text: string, span: Span): LeaderStart[] {
  const starts: LeaderStart[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(PROSE)) {
    const nameStart = span.start + m.index + m[1]!.length;
    const nameEnd = nameStart + m[2]!.length;
    if (!isPersonName(m[2]!.replace(/\s+/g, '')) || ADVERB.test(m[2]!)) continue;
    const postsAt = span.start + m.index;
    // 协助局长王军分管…: the leader assisted, named inside another leader's sentence.
    if (/(?:协助|配合|在|向|经)$/u.test(text.slice(Math.max(span.start, postsAt - 2), postsAt))) continue;
    // 负责/领导 after a name only at a clause's start: 各成员单位负责… names nobody.
    const verb = !m[0].endsWith('同志') && !/^(?:分管|主持|协助)/u.test(text.slice(nameEnd, nameEnd + 2));
    if (verb && postsAt > span.start && !/[\s。；;，,：:]/u.test(text[postsAt - 1]!)) continue;
    starts.push({
      at: postsAt,
      name: { start: nameStart, end: nameEnd },
      posts: postSpans(text, { start: postsAt, end: nameStart }),
      bodyStart: nameEnd + (m[0].endsWith('同志') ? 2 : 0),
      sentence: true,
    });
  }
  return starts;
}

/**
 * Posts, colon, name (主任:某某某, 党组成员、副局长：某某, 负责人：某某 办公电话…): the name ends the clause. One post for
 * several people (副院长：王芳、赵志刚、孙丽) gives each of them, when every item of the list is a
 * name and the list ends the clause; 副县长：文化、旅游、体育工作 names no one. `taken`: an offset
 * another form has read already.
 */
export function postColonStarts(text: string, span: Span, taken: (at: number) => boolean): LeaderStart[] {
  const starts: LeaderStart[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(LABELLED)) {
    const nameStart = span.start + m.index + m[0].length - m[2]!.length;
    const at = span.start + m.index + m[0].indexOf(m[1]!);
    // 主席：艾某肯·吐某逊: a name in parts joined by a middle dot.
    if (!namesSomeone(m[2]!) || taken(at)) continue;
    const posts = postSpans(text, { start: at, end: at + m[1]!.length });
    starts.push(...namedAfter(text, span, at, posts, { start: nameStart, end: nameStart + m[2]!.length }));
  }
  // 局　长：胡某邦: a title spaced out to line up with longer ones.
  for (const m of text.slice(span.start, span.end).matchAll(PADDED)) {
    const at = span.start + m.index + m[0].indexOf(m[1]!);
    if (!isPostList(m[1]!) || !namesSomeone(m[2]!) || taken(at)) continue;
    const name = { start: span.start + m.index + m[0].length - m[2]!.length, end: span.start + m.index + m[0].length };
    starts.push(...namedAfter(text, span, at, [{ start: at, end: at + m[1]!.length }], name));
  }
  // 外部董事　任某刚、季　红: titles, a space, then a list of names (no colon).
  for (const m of text.slice(span.start, span.end).matchAll(SPACED_LIST)) {
    const at = span.start + m.index + m[0].indexOf(m[1]!);
    if (!namesSomeone(m[2]!) || taken(at)) continue;
    const first = { start: span.start + m.index + m[0].length - m[2]!.length, end: span.start + m.index + m[0].length };
    const named = namedAfter(text, span, at, postSpans(text, { start: at, end: at + m[1]!.length }), first);
    if (named.length > 1) starts.push(...named);
  }
  return starts;
}

/**
 * The leaders a 职务： names, from its `first` name on: 副局长：甲、乙 or 甲　乙 (each, when all are
 * names; a list with one that is not names no one), and a bracket after a lone name (党委副书记：尹
 * 红（女）, 纪检组长：孙某英（派驻）), which says something of the person (their résumé) or of how
 * the post is held (part of the head).
 */
function namedAfter(text: string, span: Span, at: number, posts: Span[], first: Span): LeaderStart[] {
  const list = NAME_LIST.exec(text.slice(first.end, span.end))?.[0] ?? '';
  // 甲、乙　丙 or 甲　乙: a list with 、 may write a name with a space inside (季　红).
  const more = (list.includes('、') ? list.split('、').map((n) => n.trim()) : list.split(/[ \t\u3000]+/u)).slice(1);
  const all = more.every((n) => isPersonName(n.replace(/[ \t\u3000]/gu, '')));
  if (text[first.end] === '、' && (more.length === 0 || !all)) return [];
  const bracket = /^[（(][^（()）\n]{1,24}[)）]/u.exec(text.slice(first.end, span.end))?.[0];
  if (bracket) {
    const inner = { start: first.end + 1, end: first.end + bracket.length - 1 };
    const said = aboutPerson(bracket) ? personRemark(text, inner) : {};
    const more = { ...(said.resume ? { resume: [said.resume] } : {}), ...(said.nameEn ? { nameEn: said.nameEn } : {}) };
    return [{ at, name: first, posts, bodyStart: first.end + bracket.length, labelled: true, ...more }];
  }
  const starts: LeaderStart[] = [{ at, name: first, posts, bodyStart: first.end, labelled: true }];
  let end = first.end;
  for (const item of all ? more : []) {
    const from = text.indexOf(item, end);
    const name = { start: from, end: from + item.length };
    starts.push({ at: name.start, name, posts, bodyStart: name.end, labelled: true });
    end = name.end;
  }
  return starts;
}
/** 外部董事　甲、乙: titles at a line's start (group 1), a space, the first of a list of names (group 2). */
const SPACED_LIST = new RegExp(`(?:^|\\n)[ \\t\\u3000]*(${POST_LIST})[ \\t\\u3000]+(${NAME_AFTER})(?=、)`, 'gu');
/** 局　长：某某: a title spaced out (group 1), a colon, a name (group 2). */
const PADDED = new RegExp(
  '(?:^|\\n)[ \\t\\u3000]*((?:[\\u4e00-\\u9fff][ \\t\\u3000]+)+[\\u4e00-\\u9fff])[:：][ \\t\\u3000]*' +
    `(${NAME_AFTER})(?=[\\s、，,。；;（(]|$)`,
  'gu',
);

/** A roster's clause: posts, then a name or several joined by 、 (副局长武秀英、闵志国). */
const ROSTER_CLAUSE = new RegExp(`^(?:现任)?(${POST_LIST})([\\u4e00-\\u9fff]{2,4}(?:、[\\u4e00-\\u9fff]{2,4})*)$`, 'u');

/**
 * A roster in prose (局领导班子由3人组成：局长冷建军，副局长武秀英、闵志国。): two or more clauses
 * of posts and names make a sentence, or all of it after its lead-in's colon. Each name is a
 * leader by the form alone, as in 副局长：甲、乙; one clause that is anything else reads none.
 */
export function rosterStarts(text: string, span: Span): LeaderStart[] {
  const starts: LeaderStart[] = [];
  for (const sentence of text.slice(span.start, span.end).matchAll(/[^。\n]+/gu)) {
    const colon = Math.max(sentence[0].lastIndexOf('：'), sentence[0].lastIndexOf(':'));
    const from = span.start + sentence.index + colon + 1;
    const clauses = [...text.slice(from, span.start + sentence.index + sentence[0].length).matchAll(/[^，,；;]+/gu)];
    const read = clauses.map((c) => {
      const lead = c[0].length - c[0].trimStart().length;
      return { at: from + c.index + lead, start: from + c.index + lead, m: ROSTER_CLAUSE.exec(c[0].trim()) };
    });
    if (read.length < 2 || !read.every((r) => r.m && r.m[2]!.split('、').every((n) => isPersonName(n)))) continue;
    // A lead-in about the leaders (现任领导：, 局领导班子由3人组成：) opens the first head with it.
    const lead = sentence[0].slice(0, Math.max(colon, 0));
    if (/领导|班子|成员/u.test(lead)) read[0]!.at = span.start + sentence.index + lead.length - lead.trimStart().length;
    for (const { at, start, m } of read) {
      const postsAt = start + m![0].indexOf(m![1]!);
      const first = { start: postsAt + m![1]!.length, end: postsAt + m![1]!.length + m![2]!.split('、')[0]!.length };
      starts.push(...namedAfter(text, span, at, postSpans(text, { start: postsAt, end: first.start }), first));
    }
  }
  return starts;
}
