import { LATIN_NAME } from './english-lines.js';
import { NAME, namesSomeone, titleClauses } from './leader-lines.js';
import { isPersonName, isPostList, MIDDOT_NAME, postSpans } from './posts.js';
import { CREDENTIAL } from './profile-heads.js';
import type { PersonParts } from './leaders.js';
import type { Span } from './types.js';

/** The forms of the clause that opens a leader's text: a name and its posts, in their orders. */

/** Maps positions in a whitespace-free copy back to the original text. */
function compacted(text: string, span: Span): { compact: string; at: number[] } {
  let compact = '';
  const at: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    // 周某明｜党组书记、厅长, 【周某明】党组书记: a bar or lenticular brackets part name and titles as
    // a space does.
    if (/[\s｜|【】]/.test(text[i]!)) continue;
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
  // 热合曼·吐尔逊 县长 / 副县长　努某兰·哈某克: a name in parts, and its posts after or before a space.
  const parts = /^(\S+)[ \t\u3000]+(\S.*)$/u.exec(text.slice(head.start, head.end));
  if (parts && MIDDOT_NAME.test(parts[1]!) && isPostList(parts[2]!))
    return {
      name: { start: head.start, end: head.start + parts[1]!.length },
      posts: postSpans(text, { start: head.end - parts[2]!.length, end: head.end }),
    };
  const last = /^(\S.*?)[ \t\u3000]+(\S+)$/u.exec(text.slice(head.start, head.end));
  if (last && MIDDOT_NAME.test(last[2]!) && isPostList(last[1]!))
    return {
      name: { start: head.end - last[2]!.length, end: head.end },
      posts: postSpans(text, { start: head.start, end: head.start + last[1]!.length }),
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
    if (!glued && !/[\s｜|【】]/.test(text.slice(at[compact.length - n - 1]! + 1, at[compact.length - n]!))) continue;
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

/** Professional titles after a head's posts, parted by a space (… 副主任　副主任医师). */
export const CREDENTIAL_AFTER = new RegExp(`[ \\t\\u3000]+(${CREDENTIAL}(?:[、 \\t\\u3000]+${CREDENTIAL})*)$`, 'u');

/**
 * A name, then its titles in brackets (陶某新（党组书记、主任）：…), or, at a line's start, a name
 * alone before a comma and a clause of titles (魏某东，党组书记、院长。主持…): the leader, and where
 * the text about them begins. `end`: where the clause `head` is in ends.
 */
export function nameThenTitles(
  text: string,
  head: Span,
  end: number,
  lineStart: boolean,
): { name: Span; posts: Span[]; bodyStart: number; postRemark?: Span } | undefined {
  const written = text.slice(head.start, head.end);
  const bracketed = /^(\S+?)[（(]([^（()）]+)[)）]$/u.exec(written);
  // 钟某荣（副院长，挂职）: how the post is held, after the titles in the bracket, is the post's remark.
  const held = /[，,、][ \t\u3000]*((?:交流)?(?:挂职|兼职|兼))$/u.exec(bracketed?.[2] ?? '');
  const inner = held ? bracketed![2]!.slice(0, held.index) : (bracketed?.[2] ?? '');
  if (bracketed && namesSomeone(bracketed[1]!) && isPostList(inner)) {
    const open = head.start + bracketed[1]!.length + 1;
    const remarkAt = head.end - 1 - (held?.[1]!.length ?? 0);
    return {
      name: { start: head.start, end: head.start + bracketed[1]!.length },
      posts: postSpans(text, { start: open, end: open + inner.length }),
      bodyStart: /[：:，,]/.test(text[end] ?? '') ? end + 1 : end,
      ...(held ? { postRemark: { start: remarkAt, end: head.end - 1 } } : {}),
    };
  }
  if (!lineStart || !/[，,]/.test(text[end] ?? '') || !namesSomeone(written)) return undefined;
  const lineEnd = text.indexOf('\n', end);
  const titles = titleClauses(text, { start: end + 1, end: lineEnd < 0 ? text.length : lineEnd });
  return titles.posts.length ? { name: head, posts: titles.posts, bodyStart: titles.end } : undefined;
}

/**
 * 副主任谭某涛（挂职）, 副校长　冯某国同志, 党工委书记　龚某强（市委常委、副市长兼任）: the name and posts
 * without the remark or 同志 after them.
 */
export function withoutRemark(text: string, span: Span): Span {
  const remark = /(?:[（(](?:[^（()）\n]{1,8}|[^（()）\n]{1,22}兼任?)[)）]|同志)$/u.exec(
    text.slice(span.start, span.end),
  );
  return remark ? { start: span.start, end: span.end - remark[0].length } : span;
}

/**
 * The remark in brackets after a leader's name and posts when it says how the post is held (挂职,
 * 正处级, 市委常委、副市长兼任): inside the brackets, for the post. Undefined for anything else.
 */
export function postRemarkAfter(text: string, span: Span): Span | undefined {
  const bracket = /[（(]([^（()）\n]{1,24})[)）]$/u.exec(text.slice(span.start, span.end));
  if (!bracket || !HOW_HELD.test(bracket[1]!)) return undefined;
  const end = span.end - 1;
  return { start: end - bracket[1]!.length, end };
}

/** How a post is held (挂职, 正处级, 二级巡视员, 主持工作): the post's remark, not the person's. */
const POST_REMARK =
  '挂职|兼|派驻|交流|[正副][省部厅局处科股县乡镇]级|[一二三四]级(?:巡视员|调研员|主任科员)|主持|常务|代理';
const HOW_HELD = new RegExp(POST_REMARK, 'u');
/** What a bracket after a name says of the person (女, 回族, 曾用名：…, 主任中医师): not of a post. */
const PERSON_REMARK = `[（(]((?![^（()）\\n]*(?:${POST_REMARK}))[^（()）\\n]{1,24})[)）]`;
const ABOUT_PERSON = new RegExp(`^${PERSON_REMARK}$`, 'u');
/** Whether a bracket (with its brackets) says something of the person, not of a post. */
export const aboutPerson = (bracket: string): boolean => ABOUT_PERSON.test(bracket);
const NAME_REMARK_FIRST = new RegExp(`^(${NAME}?)${PERSON_REMARK}[ \\t\\u3000｜|]*(\\S.*)$`, 'u');
const NAME_REMARK_LAST = new RegExp(`^(\\S.*?)[ \\t\\u3000]+(\\S{2,4}?)${PERSON_REMARK}$`, 'u');

/**
 * 周某强（女）　党组书记、局长 / 院长　庞某君（主任中医师、二级教授）: a name, a bracket about the
 * person, and the posts, either way round. The bracket's words are the person's (their résumé).
 */
export function nameWithRemark(text: string, head: Span): { name: Span; posts: Span[]; remark: Span } | undefined {
  const written = text.slice(head.start, head.end);
  const first = NAME_REMARK_FIRST.exec(written);
  if (first && namesSomeone(first[1]!) && isPostList(first[3]!)) {
    const remark = head.start + first[1]!.length + 1;
    return {
      name: { start: head.start, end: head.start + first[1]!.length },
      posts: postSpans(text, { start: head.end - first[3]!.length, end: head.end }),
      remark: { start: remark, end: remark + first[2]!.length },
    };
  }
  const last = NAME_REMARK_LAST.exec(written);
  if (!last || !namesSomeone(last[2]!) || !isPostList(last[1]!)) return undefined;
  const name = head.end - last[3]!.length - 2 - last[2]!.length;
  return {
    name: { start: name, end: name + last[2]!.length },
    posts: postSpans(text, { start: head.start, end: head.start + last[1]!.length }),
    remark: { start: head.end - 1 - last[3]!.length, end: head.end - 1 },
  };
}

/** A name in Latin letters (Zhong Wenbo, Ouyang Xiaomin), maybe followed by more (，女). */
const LATIN_REMARK = new RegExp(`^(${LATIN_NAME})(?:[，,][ \\t\\u3000]*|$)`, 'u');

/**
 * What a bracket about a person says (`inner`, inside the brackets): a name in Latin letters at
 * its start is the name's English (钟某博（Zhong Wenbo）), the rest goes to the résumé (姚　芳（Yao
 * Fang，女）, 某某（女）).
 */
export function personRemark(text: string, inner: Span): { nameEn?: Span; resume?: Span } {
  const latin = LATIN_REMARK.exec(text.slice(inner.start, inner.end));
  if (!latin) return { resume: inner };
  const rest = { start: inner.start + latin[0].length, end: inner.end };
  const nameEn = { start: inner.start, end: inner.start + latin[1]!.length };
  return rest.end > rest.start ? { nameEn, resume: rest } : { nameEn };
}

/** A leader read from a whole line, and where the text about them starts on it. */
interface HeadRow {
  readonly name: Span;
  readonly posts: Span[];
  readonly bodyStart: number;
}

const SP = '[ \\t\\u3000]*';
/** The dash between a leader and what they do (——, －－, --). */
const DASH = '(?:——|－－|--|—)';
/** What a leader's text opens with in a row of a leaders list. */
const DOES = '(?:(?:全面|具体|主要)?(?:主持|负责)|分管|协助|领导)';
const SPACED_ROW = new RegExp(`^${SP}(\\S+)[ \\t\\u3000]{2,}(\\S+)[ \\t\\u3000]{2,}(?=${DOES})`, 'u');
const DASH_ROW = new RegExp(`^(${SP})(\\S[^\\n]*?)${SP}${DASH}${SP}(?=${DOES})`, 'u');

/** The line that starts at `at`, without its line break. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/**
 * A row lined up with spaces, without a header: 镇长　　某某　　主持镇政府全面工作… (or the name
 * first), the third column what the leader does. `at`: where a line starts.
 */
export function spacedRow(text: string, at: number, lineStart: boolean): HeadRow | undefined {
  if (!lineStart) return undefined;
  const line = lineAt(text, at);
  const row = SPACED_ROW.exec(line);
  if (!row) return undefined;
  const first = { start: at + row[0].indexOf(row[1]!), end: at + row[0].indexOf(row[1]!) + row[1]!.length };
  const second = { start: at + row[0].lastIndexOf(row[2]!), end: at + row[0].lastIndexOf(row[2]!) + row[2]!.length };
  const bodyStart = at + row[0].length;
  if (isPostList(row[1]!) && namesSomeone(row[2]!)) return { name: second, posts: postSpans(text, first), bodyStart };
  if (namesSomeone(row[1]!) && isPostList(row[2]!)) return { name: first, posts: postSpans(text, second), bodyStart };
  return undefined;
}

/** 党组书记、局长　某某——主持局全面工作…: the leader, a dash, what they do. `at`: a line's start. */
export function dashRow(text: string, at: number, lineStart: boolean): HeadRow | undefined {
  if (!lineStart) return undefined;
  const line = lineAt(text, at);
  const row = DASH_ROW.exec(line);
  if (!row) return undefined;
  const head = { start: at + row[1]!.length, end: at + row[1]!.length + row[2]!.length };
  const found = nameAndPosts(text, head);
  return found && found.posts.length ? { ...found, bodyStart: at + row[0].length } : undefined;
}

/**
 * 主持局全面工作，分管办公室——党组书记、局长　某某: what the leader does, a dash, then the
 * leader. The text about the leader comes before the head here.
 */
export function dutyFirstRows(text: string, span: Span): PersonParts[] {
  const out: PersonParts[] = [];
  const own = text.slice(span.start, span.end);
  for (const m of own.matchAll(DUTY_FIRST)) {
    const lineAt = span.start + m.index;
    const body = { start: lineAt + m[1]!.length, end: lineAt + m[1]!.length + m[2]!.length };
    const headAt = lineAt + m[0].length - m[3]!.length;
    const found = nameAndPosts(text, { start: headAt, end: headAt + m[3]!.length });
    if (!found?.posts.length) continue;
    out.push({ ...found, head: { start: body.end, end: headAt + m[3]!.length }, body });
  }
  return out;
}
const DUTY_FIRST = new RegExp(`^(${SP})(${DOES}[^\\n]*?)${SP}${DASH}${SP}(\\S[^\\n]*?)${SP}$`, 'gmu');
