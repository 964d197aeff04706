import type { PersonParts } from './leaders.js';
import { isPersonName, isPostList, POST, splitPosts } from './posts.js';
import { PAGE_FURNITURE } from './page-furniture.js';
import { PORTFOLIO_WORDS } from './person-records.js';
import type { Span } from './types.js';

/**
 * 领导简介 written the way most portals write them, as a news item's profile: the name on a line
 * of its own (or before a comma), then a résumé in prose, then what the leader does:
 *
 *   张三
 *   男，汉族，1970年1月生，江苏苏州人，研究生学历。现任市自然资源和规划局党组书记、局长。
 *   负责局全面工作。分管办公室、财务处。
 *
 * The posts are the 现任 clause's titles (or a line of titles next to the name); the text about
 * the leader starts with the first sentence that says what they do. The résumé has no field in the
 * dataset: it is returned so the report can say whose it is.
 */

/** How a résumé opens: 男， / （女） / 1970年1月生 / 1970.01出生 / 汉族，. */
const ETHNIC =
  '汉|回|满|蒙古|壮|藏|维吾尔|苗|彝|土家|侗|瑶|白|哈尼|朝鲜|黎|畲|傣|傈僳|仡佬|东乡|拉祜|水|佤|纳西|羌|土|' +
  '仫佬|锡伯|柯尔克孜|达斡尔|景颇|毛南|撒拉|布依|哈萨克|布朗|塔吉克|阿昌|普米|鄂温克|怒|京|基诺|德昂|保安|' +
  '裕固|门巴|鄂伦春|独龙|赫哲|珞巴';
const RESUME_OPENING = new RegExp(
  `^(?:[（(]?[男女][）)]?(?=[，,、。；;\\s]|$)|(?:${ETHNIC})族(?=[，,、。\\s])|` +
    `(?:19|20)\\d{2}[ \\t]*(?:年[ \\t]*\\d{1,2}[ \\t]*月|[.．/-]\\d{1,2})[^，,。\\n]{0,6}?生(?=[，,。；;、\\s）)]|$))`,
  'u',
);
/** A sentence that says what the leader does, where the résumé ends. */
const DUTY_START = new RegExp(
  `^(?:(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*[:：]|主持|负责|全面负责|分管|协助|联系|主管|协管|统筹|兼管|具体负责)`,
  'u',
);
/** 现任市自然资源和规划局党组书记、局长: the clause that gives the posts held now. */
const NOW_HOLDS = /(?:现任|现为|现担任|现任职务[:：]?)([^。；;\n]*)/u;
const ONE_POST = new RegExp(POST, 'gu');
const CONTACT = /(?:^|\n)[ \t\u3000]*(?:联系电话|办公电话|电话|传真|电子邮箱|邮箱)[ \t\u3000]*[:：]/u;

interface Line extends Span {
  /** The line without its leading and trailing spaces. */
  readonly own: Span;
}

function linesOf(text: string, span: Span): Line[] {
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

/** The name a line holds alone (张三, 张　三, 张三同志), or a name and posts in either order. */
function nameLine(text: string, own: Span): { name: Span; posts: Span[] } | undefined {
  const written = text.slice(own.start, own.end);
  const bare = written.replace(/同志$/u, '');
  if (isPersonName(bare.replace(/[ \t\u3000]+/g, '')) && bare.length <= 8)
    return { name: { start: own.start, end: own.start + bare.length }, posts: [] };
  // 局长：张三 / 党组书记、局长　张三 / 张三　局长
  const labelled = new RegExp(
    `^((?:${POST})(?:[、，,](?:${POST}))*)[ \\t\\u3000]*[:：][ \\t\\u3000]*(\\S{2,4})$`,
    'u',
  ).exec(written);
  if (labelled && isPersonName(labelled[2]!))
    return {
      name: { start: own.end - labelled[2]!.length, end: own.end },
      posts: titles(text, { start: own.start, end: own.start + labelled[1]!.length }),
    };
  const spaced = /^(\S+)[ \t\u3000]+(\S+)$/u.exec(written);
  if (spaced && isPersonName(spaced[1]!) && isPostList(spaced[2]!))
    return {
      name: { start: own.start, end: own.start + spaced[1]!.length },
      posts: titles(text, { start: own.end - spaced[2]!.length, end: own.end }),
    };
  if (spaced && isPersonName(spaced[2]!) && isPostList(spaced[1]!))
    return {
      name: { start: own.end - spaced[2]!.length, end: own.end },
      posts: titles(text, { start: own.start, end: own.start + spaced[1]!.length }),
    };
  return undefined;
}

function titles(text: string, span: Span): Span[] {
  return splitPosts(text.slice(span.start, span.end)).map((p) => ({
    start: span.start + p.at,
    end: span.start + p.at + p.title.length,
  }));
}

interface Opening {
  readonly head: Span;
  readonly name: Span;
  readonly posts: Span[];
  /** Where the résumé starts. */
  readonly resume: number;
  /** The index of the line after the head. */
  readonly next: number;
}

/** A record opening at line `i`: a name (and posts) whose résumé starts within the next two lines. */
function openingAt(text: string, lines: readonly Line[], i: number): Opening | undefined {
  const line = lines[i]!;
  const own = text.slice(line.own.start, line.own.end);
  if (!own) return undefined;
  // 张三，男，汉族… / 张三（女），1970年1月生…: name and résumé on one line.
  const inline = /^([\u4e00-\u9fff]{2,4})[，,\s]+/u.exec(own);
  if (inline && isPersonName(inline[1]!) && RESUME_OPENING.test(own.slice(inline[0].length))) {
    const name = { start: line.own.start, end: line.own.start + inline[1]!.length };
    return { head: name, name, posts: [], resume: line.own.start + inline[0].length, next: i + 1 };
  }
  const found = nameLine(text, line.own);
  if (!found) return undefined;
  const posts = [...found.posts];
  let head: Span = line.own;
  // A line of titles just above the name (局长 / 张三) or just below it (张三 / 党组书记、局长).
  const above = i > 0 ? lines[i - 1]! : undefined;
  if (above && !posts.length && isPostList(text.slice(above.own.start, above.own.end))) {
    posts.push(...titles(text, above.own));
    head = { start: above.own.start, end: head.end };
  }
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const next = lines[j]!;
    const written = text.slice(next.own.start, next.own.end);
    if (!written) continue;
    if (RESUME_OPENING.test(written)) return { head, name: found.name, posts, resume: next.own.start, next: j };
    if (posts.length || !isPostList(written)) return undefined;
    posts.push(...titles(text, next.own));
    head = { start: head.start, end: next.own.end };
  }
  return undefined;
}

/** Every leader written as a name, a résumé and a portfolio, and the regions they take up. */
export function findResumeRecords(text: string, span: Span): { people: PersonParts[]; regions: Span[] } {
  const lines = linesOf(text, span);
  const openings: Opening[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = openingAt(text, lines, i);
    if (!opening) continue;
    openings.push(opening);
    i = opening.next - 1;
  }
  const people: PersonParts[] = [];
  const regions: Span[] = [];
  openings.forEach((o, k) => {
    let end = k + 1 < openings.length ? openings[k + 1]!.head.start : span.end;
    const own = text.slice(o.resume, end);
    const stops = [CONTACT.exec(own)?.index, PAGE_FURNITURE.exec(own)?.index].filter((i) => i !== undefined);
    if (stops.length) end = o.resume + Math.min(...stops);
    while (end > o.resume && /\s/.test(text[end - 1]!)) end--;
    const dutyAt = firstDuty(text, { start: o.resume, end });
    const resume = trimEnd(text, { start: o.resume, end: dutyAt });
    const posts = o.posts.length ? o.posts : nowHeld(text, resume);
    const body = { start: dutyAt, end };
    if (!posts.length && body.start === body.end) return;
    people.push({ name: o.name, posts, head: o.head, body, resume, labelled: true });
    regions.push({ start: o.head.start, end });
  });
  return { people, regions };
}

/** Where the first sentence saying what the leader does starts (the résumé's end), or `span.end`. */
function firstDuty(text: string, span: Span): number {
  let at = span.start;
  while (at < span.end) {
    while (at < span.end && /[\s\u3000]/.test(text[at]!)) at++;
    if (DUTY_START.test(text.slice(at, Math.min(span.end, at + 12)))) return at;
    while (at < span.end && !/[。；;\n]/.test(text[at]!)) at++;
    at++;
  }
  return span.end;
}

/** The titles of the 现任 clause. */
function nowHeld(text: string, resume: Span): Span[] {
  const m = NOW_HOLDS.exec(text.slice(resume.start, resume.end));
  if (!m) return [];
  const start = resume.start + m.index + m[0].length - m[1]!.length;
  return [...m[1]!.matchAll(ONE_POST)].map((p) => ({ start: start + p.index, end: start + p.index + p[0].length }));
}

function trimEnd(text: string, span: Span): Span {
  let { end } = span;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}
