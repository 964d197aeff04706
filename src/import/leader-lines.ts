import { LATIN_AFTER } from './english-lines.js';
import { ITEM } from './leader-items.js';
import { ANY_POST, ENDS_WITH_POST, isPersonName, isPostList, MIDDOT_NAME, POST, postSpans } from './posts.js';
import { RESUME_OPENING } from './resume-text.js';
import { isUnitLike } from './unit-names.js';
import type { Span } from './types.js';

/**
 * The lines of a leaders page and what a line says of a person: a name alone (张三, 刘 捷,
 * 热合曼·吐尔逊), a name and titles side by side, titles run into a name, a clause of titles.
 */

export interface Line extends Span {
  /** The line without its leading and trailing spaces. */
  readonly own: Span;
}

export function linesOf(text: string, span: Span): Line[] {
  const out: Line[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && text[i] !== '\n') continue;
    let a = start;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    out.push({ start, end: i, own: { start: a, end: b } });
    start = i + 1;
  }
  return out;
}

/** Labels and words that read like names (简历, 来源, 成员): never a person. */
const FIELD_LABEL =
  /^(?:(?:个人)?简历|分工|职务|姓名|性别|民族|籍贯|学历|来源|电话|地址|邮编|传真|邮箱|时间|日期|备注|附件|说明|单位)$/u;

/** Whether `written` (spaces allowed inside) names a person rather than a label or a post. */
export function isName(written: string): boolean {
  const name = written.replace(/[ \t\u3000]+/g, '');
  return isPersonName(name) && !FIELD_LABEL.test(name) && !isPostList(name);
}

/** What stands between a name and its titles on one line: spaces, or a bar (刘捷｜局长). */
const SIDE = '(?:[ \\t\\u3000]*[｜|][ \\t\\u3000]*|[ \\t\\u3000]+)';

/** Whether `written` names a person: a name (spaces inside allowed), or one in parts (热合曼·吐尔逊). */
export function namesSomeone(written: string): boolean {
  return isName(written) || MIDDOT_NAME.test(written);
}

/** A name as written, 2–4 characters with spaces inside allowed (刘 捷). */
export const NAME = '[\\u4e00-\\u9fff](?:[ \\t\\u3000]?[\\u4e00-\\u9fff]){1,3}';

/** The name a line holds alone (张三, 张　三, 张三同志), or a name and posts in either order. */
export function nameLine(text: string, own: Span): { name: Span; posts: Span[] } | undefined {
  const written = text.slice(own.start, own.end);
  // 张三同志, 张三（女）, 李四（挂职）, 彭国栋  Peng Guodong: the name without them (the pinyin is the
  // name's English: latinNameAfter).
  const bare = written.replace(LATIN_AFTER, '').replace(/(?:同志|[（(][^（()）]{1,4}[)）])$/u, '');
  if (isName(bare) && bare.length <= 8) return { name: { start: own.start, end: own.start + bare.length }, posts: [] };
  // 局长：张三 / 党组书记、局长　张三 / 张三　局长
  const labelled = new RegExp(
    `^((?:${POST})(?:[、，,](?:${POST}))*)[ \\t\\u3000]*[:：][ \\t\\u3000]*(${NAME})$`,
    'u',
  ).exec(written);
  if (labelled && isName(labelled[2]!))
    return {
      name: { start: own.end - labelled[2]!.length, end: own.end },
      posts: postSpans(text, { start: own.start, end: own.start + labelled[1]!.length }),
    };
  // 局长 刘 捷 / 刘 捷 局长 / 刘捷｜局长: titles and a name (spaces inside it) side by side.
  const titledName = new RegExp(`^([^\\s｜|]+)${SIDE}(${NAME}|\\S+)$`, 'u').exec(written);
  if (titledName && isPostList(titledName[1]!) && namesSomeone(titledName[2]!))
    return {
      name: { start: own.end - titledName[2]!.length, end: own.end },
      posts: postSpans(text, { start: own.start, end: own.start + titledName[1]!.length }),
    };
  const namedTitle = new RegExp(`^(${NAME}|[^\\s｜|]+?)${SIDE}([^\\s｜|]+)$`, 'u').exec(written);
  if (namedTitle && namesSomeone(namedTitle[1]!) && isPostList(namedTitle[2]!))
    return {
      name: { start: own.start, end: own.start + namedTitle[1]!.length },
      posts: postSpans(text, { start: own.end - namedTitle[2]!.length, end: own.end }),
    };
  return undefined;
}

/** 李四 / 省民政厅厅长余向东: a name, or posts run straight into a name. */
export function whoIs(text: string, span: Span): { name: Span; posts: Span[] } | undefined {
  const written = text.slice(span.start, span.end);
  if (namesSomeone(written)) return { name: span, posts: [] };
  // 原省民政厅厅长某某: a former holder, in a news item, not a leader of the page.
  if (/^(?:原|前任|前)/u.test(written)) return undefined;
  for (const n of [3, 2, 4]) {
    if (n >= written.length || !isName(written.slice(-n)) || !isPostList(written.slice(0, -n))) continue;
    return {
      name: { start: span.end - n, end: span.end },
      posts: postSpans(text, { start: span.start, end: span.end - n }),
    };
  }
  return undefined;
}

/**
 * A name the surname list does not know (逄晓燕, 禤某某), taken only when a résumé opens on one of
 * the next two lines (男，… / 1970年1月生): 2–4 characters, no label, title or unit.
 */
export function unknownSurname(
  text: string,
  lines: readonly Line[],
  i: number,
): { name: Span; posts: Span[] } | undefined {
  const { own } = lines[i]!;
  const name = text.slice(own.start, own.end);
  const compact = name.replace(/[ \t\u3000]+/g, '');
  const han = /^[\u4e00-\u9fff]{2,4}$/u.test(compact) && name.length <= 6;
  if (!(han || MIDDOT_NAME.test(compact)) || FIELD_LABEL.test(compact)) return undefined;
  if (ANY_POST.test(compact) || isUnitLike(compact) || LABEL_WORDS.test(compact)) return undefined;
  const below = lines
    .slice(i + 1, i + 4)
    .filter((l) => l.own.end > l.own.start)
    .slice(0, 2);
  return below.some((l) => RESUME_OPENING.test(text.slice(l.own.start, l.own.end)))
    ? { name: own, posts: [] }
    : undefined;
}

/** A label line that opens a résumé below it (简历, 工作简历, 个人履历, 工作经历, 基本信息; 一、个人简历). */
export const RESUME_LABEL =
  /^(?:[一二三四五六七八九十\d]{1,2}[、.．][ \t\u3000]*)?(?:(?:个人|工作)?(?:简\s*历|履\s*历)|(?:工作|主要|任职)经历|基本信息|个人信息|个人资料|人物介绍)[:：]?$/u;

/** A page's labels above a résumé (个人履历, 工作经历, 基本信息, 人物介绍, 查看详情): no name. */
const LABEL_WORDS = /现任|简历|履历|经历|分工|信息|资料|介绍|简介|照片|详情|详细|概况|职务|职责|工作|领导/u;

/**
 * The titles a span opens with, clause by clause: the first clause a clean list of titles, later
 * ones ending with a title (某市科协主席) and remarks in brackets allowed (（兼）, （挂职时间二年）);
 * and where the first clause that is not titles starts.
 */
export function titleClauses(text: string, span: Span): { posts: Span[]; end: number } {
  const posts: Span[] = [];
  let end = span.start;
  for (const clause of text.slice(span.start, span.end).matchAll(/[^，,；;。]+[，,；;。]?/gu)) {
    const words = clause[0].replace(/[，,；;。]$/u, '').trim();
    const bare = words.replace(/[（(][^（()）]{1,8}[)）]/gu, '');
    const clean = isPostList(bare);
    if (!(clean || (posts.length > 0 && ENDS_WITH_POST.test(bare)))) break;
    const start = span.start + clause.index + clause[0].length - clause[0].trimStart().length;
    // A clause the titles do not split cleanly (县人民武装部上校政治委员) is one title as written.
    posts.push(
      ...(clean ? postSpans(text, { start, end: start + words.length }) : [{ start, end: start + words.length }]),
    );
    end = span.start + clause.index + clause[0].length;
  }
  return { posts, end };
}

/** A list item's number at a line's start. */
export const NUMBER = new RegExp(`^[ \\t\\u3000]*${ITEM}[ \\t\\u3000]*`, 'u');
/** A list item's bullet at a line's start (no middle dot: names have those). */
export const BULLET = /^[ \t\u3000]*[●○•◆◇■□▪▸►★☆◎▲△▶▷※][ \t\u3000]*/u;
