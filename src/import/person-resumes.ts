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
  /** Where the résumé starts, when there is one. */
  readonly resume?: number;
  /** Where the text about the leader may start when there is no résumé. */
  readonly from: number;
  /** The index of the line after the opening's lines. */
  readonly next: number;
  /** A list line (张三：局长): only lines that open with a duty word below it are the leader's. */
  readonly strict?: boolean;
}

/** 李四 / 省民政厅厅长余向东: a name, or posts run straight into a name. */
function whoIs(text: string, span: Span): { name: Span; posts: Span[] } | undefined {
  const written = text.slice(span.start, span.end);
  if (isPersonName(written)) return { name: span, posts: [] };
  for (const n of [3, 2, 4]) {
    if (n >= written.length || !isPersonName(written.slice(-n)) || !isPostList(written.slice(0, -n))) continue;
    return {
      name: { start: span.end - n, end: span.end },
      posts: titles(text, { start: span.start, end: span.end - n }),
    };
  }
  return undefined;
}

/** 副省长兼任省公安厅厅长，负责…: posts (兼 joins two), then the first duty. */
const POSTS_THEN_DUTY = new RegExp(
  `^((?:${POST})(?:(?:[、，,]|兼任?)(?:${POST}))*)[ \\t\\u3000]*[，,：:；;]?[ \\t\\u3000]*(?=${DUTY_START.source.slice(1)})`,
  'u',
);
/** 张三：局长、党组书记 / - 张三:主持全面工作 (a list's bullet or number before it). */
const NAME_COLON =
  /^(?:[-•·*][ \t\u3000]*|\d{1,2}[.．、][ \t\u3000]*)?([\u4e00-\u9fff]{2,4})[ \t\u3000]*[:：][ \t\u3000]*/u;

/** Labels that read like names (简历, 来源): a field, not a person. */
const FIELD_LABEL = /^(?:简历|来源|电话|地址|邮编|传真|邮箱|时间|日期|备注|附件|说明)$/u;

/** A record opening at line `i`, in one of the forms above, or undefined. */
function openingAt(text: string, lines: readonly Line[], i: number): Opening | undefined {
  const line = lines[i]!;
  const own = text.slice(line.own.start, line.own.end);
  if (!own) return undefined;
  // 张三，男，汉族… / 省民政厅厅长余向东，男，…: name and résumé on one line.
  const inline = /^([\u4e00-\u9fff]{2,20}?)[，,][ \t\u3000]*/u.exec(own);
  const who =
    inline && RESUME_OPENING.test(own.slice(inline[0].length))
      ? whoIs(text, { start: line.own.start, end: line.own.start + inline[1]!.length })
      : undefined;
  if (who) {
    const head = { start: line.own.start, end: line.own.start + inline![1]!.length };
    return { head, ...who, resume: line.own.start + inline![0].length, from: line.own.end, next: i + 1 };
  }
  // 张三：局长、党组书记 / 张三：主持全面工作。
  const colon = NAME_COLON.exec(own);
  if (colon && isPersonName(colon[1]!) && !FIELD_LABEL.test(colon[1]!)) {
    const rest = line.own.start + colon[0].length;
    const at = line.own.start + colon[0].indexOf(colon[1]!);
    const named = { start: at, end: at + colon[1]!.length };
    const after = text.slice(rest, line.own.end);
    const head = { start: line.own.start, end: rest };
    if (new RegExp(`^(?:${POST})`, 'u').test(after)) {
      const posts = [...after.split(/[。；;]/u)[0]!.matchAll(ONE_POST)].map((p) => ({
        start: rest + p.index,
        end: rest + p.index + p[0].length,
      }));
      return { head, name: named, posts, from: line.own.end, next: i + 1, strict: true };
    }
    if (DUTY_START.test(after)) return { head, name: named, posts: [], from: rest, next: i + 1, strict: true };
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
    if (RESUME_OPENING.test(written))
      return { head, name: found.name, posts, resume: next.own.start, from: next.own.start, next: j };
    // 马兴瑞⏎省长，主持省政府全面工作。: the titles, then what the leader does.
    const duty = posts.length ? null : POSTS_THEN_DUTY.exec(written);
    if (duty) {
      const titled = duty[1]!.split(/兼任?/u);
      let at = next.own.start;
      for (const part of titled) {
        posts.push(...titles(text, { start: at, end: at + part.length }));
        at += part.length + (duty[1]!.slice(at - next.own.start + part.length).match(/^兼任?/u)?.[0].length ?? 0);
      }
      return {
        head: { start: head.start, end: next.own.start + duty[1]!.length },
        name: found.name,
        posts,
        from: next.own.start + duty[0].length,
        next: j + 1,
      };
    }
    if (posts.length || !isPostList(written)) return undefined;
    posts.push(...titles(text, next.own));
    head = { start: head.start, end: next.own.end };
  }
  return undefined;
}

/** Every leader written as a profile or a list line, and the regions they take up. */
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
  const seen = new Set<string>();
  openings.forEach((o, k) => {
    let end = k + 1 < openings.length ? openings[k + 1]!.head.start : span.end;
    const own = text.slice(o.from, end);
    const stops = [CONTACT.exec(own)?.index, PAGE_FURNITURE.exec(own)?.index].filter((i) => i !== undefined);
    if (stops.length) end = o.from + Math.min(...stops);
    let resume: Span | undefined;
    let from = o.from;
    if (o.resume !== undefined) {
      resume = trimEnd(text, { start: o.resume, end: paragraphEnd(text, o.resume, end, false) });
      const dutyAt = firstDuty(text, resume);
      resume = trimEnd(text, { start: resume.start, end: dutyAt });
      from = dutyAt < end && dutyAt > resume.start ? dutyAt : resume.end;
    }
    const body = trimEnd(text, { start: skipSpaces(text, from, end), end: paragraphEnd(text, from, end, o.strict) });
    const posts = o.posts.length ? o.posts : resume ? nowHeld(text, resume) : [];
    // A list of names and posts, then each leader's profile: the first mention is theirs.
    const who = text.slice(o.name.start, o.name.end).replace(/\s+/g, '');
    if ((!posts.length && body.start >= body.end) || seen.has(who)) return;
    seen.add(who);
    people.push({
      name: o.name,
      posts,
      head: o.head,
      body: body.start < body.end ? body : { start: o.head.end, end: o.head.end },
      ...(resume ? { resume } : {}),
      labelled: true,
    });
    regions.push({ start: o.head.start, end: Math.max(o.head.end, body.end, resume?.end ?? 0) });
  });
  return { people, regions };
}

/**
 * Where a leader's text ends: at a blank line, unless the next paragraph says what they do
 * (分管…); with `strict` (a list line), at the first line below that does not say it.
 */
function paragraphEnd(text: string, from: number, end: number, strict = false): number {
  const lineEnd = (at: number): number => {
    const nl = text.indexOf('\n', at);
    return nl < 0 || nl > end ? end : nl;
  };
  // The rest of the line `from` is on always belongs.
  let at = lineEnd(from) + 1;
  while (at < end) {
    const written = text.slice(at, lineEnd(at)).trim();
    if (strict) {
      if (!DUTY_START.test(written)) return at;
    } else if (!written) {
      let next = at;
      while (next < end && !text.slice(next, lineEnd(next)).trim()) next = lineEnd(next) + 1;
      if (next >= end || !DUTY_START.test(text.slice(next, lineEnd(next)).trim())) return at;
      at = next;
    }
    at = lineEnd(at) + 1;
  }
  return end;
}

function skipSpaces(text: string, from: number, end: number): number {
  while (from < end && /\s/.test(text[from]!)) from++;
  return from;
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

/**
 * The titles of the 现任 clause; without one, of the résumé's last sentence when it is a dated
 * appointment (2011年5月任某地委书记。), the post a profile ends on.
 */
export function nowHeld(text: string, resume: Span): Span[] {
  const written = text.slice(resume.start, resume.end);
  const now = NOW_HOLDS.exec(written);
  const last = now ? undefined : LAST_APPOINTMENT.exec(written);
  const m = now ?? last;
  if (!m) return [];
  const start = resume.start + m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0);
  return [...m[1]!.matchAll(ONE_POST)].map((p) => ({ start: start + p.index, end: start + p.index + p[0].length }));
}

/** A dated appointment in the last sentence: 2011年5月任新疆阿勒泰地委书记。 */
const LAST_APPOINTMENT =
  /(?:19|20)\d{2}(?:[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月)?|[.．]\d{1,2})(?:起|至今)?(?:任|担任)([^。；;\n]*)([。；;]?\s*)$/u;

function trimEnd(text: string, span: Span): Span {
  let { end } = span;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}
