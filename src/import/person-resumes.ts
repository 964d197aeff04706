import type { PersonParts } from './leaders.js';
import { isPersonName, isPostList, MIDDOT_NAME, ONE_POST, POST, postSpans } from './posts.js';
import { isUnitLike } from './unit-names.js';
import { leaderTextEnd } from './page-furniture.js';
import { PORTFOLIO_WORDS } from './person-records.js';
import { trimSpan } from './spans.js';
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
  `^(?:(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*(?:[:：]|$|\\n)|(?:主持|全面负责|具体负责|负责|分管|协助|联系|主管|协管|统筹|兼管)` +
    `(?!人|方式|电话|地址)|领导[^。；;\\n]*全面工作)`,
  'u',
);
/**
 * What only a leader's text opens with, so it may follow a blank line: 负责… and 职责：… open
 * units' and the organisation's duties as well.
 */
const LEADER_DUTY_START =
  /^(?:主持|分管|协助|联系(?!人|方式|电话|地址)|协管|兼管|负责[^。；;\n]{0,12}全面工作|(?:工作)?分\s*工[ \t\u3000]*(?:[:：]|$))/u;
/** 现任市自然资源和规划局党组书记、局长: the clause that gives the posts held now. */
const NOW_HOLDS = /(?:现任|现为|现担任|现任职务[:：]?)([^。；;\n]*)/u;
const ANY_POST = new RegExp(POST, 'u');

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

/** Labels and words that read like names (简历, 来源, 成员): never a person. */
const FIELD_LABEL =
  /^(?:(?:个人)?简历|分工|职务|姓名|性别|民族|籍贯|学历|来源|电话|地址|邮编|传真|邮箱|时间|日期|备注|附件|说明|单位)$/u;

/** Whether `written` (spaces allowed inside) names a person rather than a label or a post. */
function isName(written: string): boolean {
  const name = written.replace(/[ \t\u3000]+/g, '');
  return isPersonName(name) && !FIELD_LABEL.test(name) && !isPostList(name);
}

/** A name as written, 2–4 characters with spaces inside allowed (刘 捷). */
const NAME = '[\\u4e00-\\u9fff](?:[ \\t\\u3000]?[\\u4e00-\\u9fff]){1,3}';

/** The name a line holds alone (张三, 张　三, 张三同志), or a name and posts in either order. */
function nameLine(text: string, own: Span): { name: Span; posts: Span[] } | undefined {
  const written = text.slice(own.start, own.end);
  // 张三同志, 张三（女）, 李四（挂职）: the name without them.
  const bare = written.replace(/(?:同志|[（(][^（()）]{1,4}[)）])$/u, '');
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
  // 局长 刘 捷 / 刘 捷 局长: titles and a name (spaces inside it) side by side.
  const titledName = new RegExp(`^(\\S+)[ \\t\\u3000]+(${NAME}|\\S+)$`, 'u').exec(written);
  if (titledName && isPostList(titledName[1]!) && (isName(titledName[2]!) || MIDDOT_NAME.test(titledName[2]!)))
    return {
      name: { start: own.end - titledName[2]!.length, end: own.end },
      posts: postSpans(text, { start: own.start, end: own.start + titledName[1]!.length }),
    };
  const namedTitle = new RegExp(`^(${NAME}|\\S+?)[ \\t\\u3000]+(\\S+)$`, 'u').exec(written);
  if (namedTitle && (isName(namedTitle[1]!) || MIDDOT_NAME.test(namedTitle[1]!)) && isPostList(namedTitle[2]!))
    return {
      name: { start: own.start, end: own.start + namedTitle[1]!.length },
      posts: postSpans(text, { start: own.end - namedTitle[2]!.length, end: own.end }),
    };
  return undefined;
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
  /** 张三：主持…, a name and a duty: only the duty of a leader the text names elsewhere. */
  readonly dutyOnly?: boolean;
}

/** 李四 / 省民政厅厅长余向东: a name, or posts run straight into a name. */
function whoIs(text: string, span: Span): { name: Span; posts: Span[] } | undefined {
  const written = text.slice(span.start, span.end);
  if (isName(written) || MIDDOT_NAME.test(written)) return { name: span, posts: [] };
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

/** 副省长兼任省公安厅厅长，负责…: posts (兼 joins two), then the first duty. */
const POSTS_THEN_DUTY = new RegExp(
  `^((?:${POST})(?:(?:[、，,]|兼任?)(?:${POST}))*)[ \\t\\u3000]*[，,：:；;]?[ \\t\\u3000]*(?=${DUTY_START.source.slice(1)})`,
  'u',
);
/** 张三：局长、党组书记 / 王军同志：局长，… (a list's bullet or number before it). */
const NAME_COLON = new RegExp(
  `^(?:[-•·*][ \\t\\u3000]*|\\d{1,2}[.．、][ \\t\\u3000]*)?(${NAME}?|${MIDDOT_NAME.source.slice(1, -1)})(?:同志)?` +
    '[ \\t\\u3000]*[:：][ \\t\\u3000]*',
  'u',
);

const ENDS_WITH_POST = new RegExp(`(?:${POST})$`, 'u');
/** 分工：, 工作职责⏎, and 分管工作 alone on its line (a portal's label above the leader's text). */
const PORTFOLIO_LABEL = new RegExp(
  `^(?:(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*(?:[:：][ \\t\\u3000]*|\\n\\s*)|分管工作[ \\t\\u3000]*\\n\\s*)`,
  'u',
);

/**
 * A name the surname list does not know (逄晓燕, 禤某某), taken only when a résumé opens on one of
 * the next two lines (男，… / 1970年1月生): 2–4 characters, no label, title or unit.
 */
function unknownSurname(text: string, lines: readonly Line[], i: number): { name: Span; posts: Span[] } | undefined {
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

/** A label line that opens a résumé below it (简历, 个人履历, 工作经历, 基本信息; 一、个人简历). */
const RESUME_LABEL =
  /^(?:[一二三四五六七八九十\d]{1,2}[、.．][ \t\u3000]*)?(?:个人)?(?:简\s*历|履\s*历|工作经历|主要经历|基本信息|个人信息|个人资料|人物介绍)[:：]?$/u;

/** A page's labels above a résumé (个人履历, 工作经历, 基本信息, 人物介绍, 查看详情): no name. */
const LABEL_WORDS = /现任|简历|履历|经历|分工|信息|资料|介绍|简介|照片|详情|详细|概况|职务|职责|工作|领导/u;

/**
 * The titles a span opens with, clause by clause: the first clause a clean list of titles, later
 * ones ending with a title (某市科协主席) and remarks in brackets allowed (（兼）, （挂职时间二年）);
 * and where the first clause that is not titles starts.
 */
function titleClauses(text: string, span: Span): { posts: Span[]; end: number } {
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

/** A record opening at line `i`, in one of the forms above, or undefined. */
function openingAt(text: string, lines: readonly Line[], i: number): Opening | undefined {
  const line = lines[i]!;
  const own = text.slice(line.own.start, line.own.end);
  if (!own) return undefined;
  // 张三，男，汉族… / 省民政厅厅长余向东，男，…: name and résumé on one line.
  const inline = /^([\u4e00-\u9fff·•・]{2,24}?)(同志)?[，,][ \t\u3000]*/u.exec(own);
  const who =
    inline && RESUME_OPENING.test(own.slice(inline[0].length))
      ? whoIs(text, { start: line.own.start, end: line.own.start + inline[1]!.length })
      : undefined;
  if (who) {
    const head = { start: line.own.start, end: line.own.start + inline![1]!.length + (inline![2]?.length ?? 0) };
    return { head, ...who, resume: line.own.start + inline![0].length, from: line.own.end, next: i + 1 };
  }
  // 张三：局长、党组书记。/ 张三：副局长，协助局长分管…: clauses of titles, then what they do; or
  // 罗圣权：⏎县委书记 (a portal's list, the titles on the line below).
  const colon = NAME_COLON.exec(own);
  if (colon && (isName(colon[1]!) || MIDDOT_NAME.test(colon[1]!))) {
    const rest = line.own.start + colon[0].length;
    const at = line.own.start + colon[0].indexOf(colon[1]!);
    const named = { start: at, end: at + colon[1]!.length };
    const head = { start: line.own.start, end: rest };
    if (rest >= line.own.end) {
      const below = lines.slice(i + 1).find((l) => l.own.end > l.own.start);
      const titled = below ? titleClauses(text, below.own) : undefined;
      if (below && titled?.posts.length)
        return {
          head,
          name: named,
          posts: titled.posts,
          from: below.own.end,
          next: lines.indexOf(below) + 1,
          strict: true,
        };
      return undefined;
    }
    const { posts, end: from } = titleClauses(text, { start: rest, end: line.own.end });
    const after = text.slice(from, line.own.end).trim();
    if (posts.length && (!after || DUTY_START.test(after)))
      return { head, name: named, posts, from, next: i + 1, strict: true };
    if (!posts.length && DUTY_START.test(after))
      return { head, name: named, posts, from, next: i + 1, strict: true, dutyOnly: true };
  }
  const found = nameLine(text, line.own) ?? unknownSurname(text, lines, i);
  if (!found) return undefined;
  const posts = [...found.posts];
  let head: Span = line.own;
  // A line of titles just above the name (局长 / 张三) or just below it (张三 / 党组书记、局长).
  const above = i > 0 ? lines[i - 1]! : undefined;
  if (above && !posts.length && isPostList(text.slice(above.own.start, above.own.end))) {
    posts.push(...postSpans(text, above.own));
    head = { start: above.own.start, end: head.end };
  }
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const next = lines[j]!;
    const written = text.slice(next.own.start, next.own.end);
    // A blank line, or a contact line between the titles and the résumé (联系方式：…, reported).
    if (!written || leaderTextEnd(written) === 0) continue;
    // A 简历 label on a line of its own opens the résumé below it.
    const label = RESUME_LABEL.test(written);
    const opening = label ? lines.slice(j + 1, j + 3).find((l) => l.own.end > l.own.start) : next;
    if (opening && RESUME_OPENING.test(text.slice(opening.own.start, opening.own.end)))
      return { head, name: found.name, posts, resume: next.own.start, from: next.own.start, next: j };
    // 马兴瑞⏎省长，主持省政府全面工作。: the titles, then what the leader does.
    const duty = posts.length ? null : POSTS_THEN_DUTY.exec(written);
    if (duty) {
      const titled = duty[1]!.split(/兼任?/u);
      let at = next.own.start;
      for (const part of titled) {
        posts.push(...postSpans(text, { start: at, end: at + part.length }));
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
    // 张三⏎党组书记、局长⏎主持局全面工作。 / 局长：赵建军⏎主持…: what only a leader does (a unit's
    // page gives its head the same way, then the unit's 负责… duties).
    if (posts.length && LEADER_DUTY_START.test(written))
      return { head, name: found.name, posts, from: next.own.start, next: j };
    if (posts.length || !isPostList(written)) return undefined;
    posts.push(...postSpans(text, next.own));
    head = { start: head.start, end: next.own.end };
  }
  return undefined;
}

/**
 * Every leader written as a profile or a list line, and the regions they take up. `stops` are
 * where the other forms (副局长李四：…, 副局长王五同志分管…) start a leader: a profile's text ends
 * there even without a blank line.
 */
export function findResumeRecords(
  text: string,
  span: Span,
  stops: readonly number[] = [],
  known: ReadonlySet<string> = new Set(),
): { people: PersonParts[]; regions: Span[] } {
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
  const byName = new Map<string, number>();
  openings.forEach((o, k) => {
    let end = k + 1 < openings.length ? openings[k + 1]!.head.start : span.end;
    const stop = stops.find((at) => at > o.head.end && at < end);
    if (stop !== undefined) end = stop;
    const own = text.slice(o.from, end);
    const cut = leaderTextEnd(own);
    if (cut !== undefined) end = o.from + cut;
    let resume: Span | undefined;
    let from = o.from;
    let held: Held | undefined;
    if (o.resume !== undefined) {
      resume = trimSpan(text, { start: o.resume, end: paragraphEnd(text, o.resume, end, 'resume') });
      held = heldNow(text, resume);
      // What the leader does starts after the 现任 clause (主持国家课题… before it is the résumé), or
      // in its own sentence: 现任副县长，协助县长负责财政工作。
      const dutyAt = held.dutyAt ?? firstDuty(text, { start: held.after ?? resume.start, end: resume.end });
      resume = trimSpan(text, { start: resume.start, end: dutyAt });
      from = dutyAt < end && dutyAt > resume.start ? dutyAt : resume.end;
    }
    let body = trimSpan(text, {
      start: from,
      end: paragraphEnd(text, from, end, o.strict ? 'strict' : 'body'),
    });
    // The 现任 clause names every post held now; a line of titles beside the name may give fewer.
    const posts = held?.posts.length && (held.from === 'now' || !o.posts.length) ? held.posts : o.posts;
    const lastAppointment = posts === held?.posts && held.from === 'last';
    const region = { start: o.head.start, end: Math.max(o.head.end, body.end, resume?.end ?? 0) };
    // 分工：主持… / 分工⏎主持…: the label is the frame of the text about the leader.
    const label = PORTFOLIO_LABEL.exec(text.slice(body.start, body.end));
    const frames = label ? [{ start: body.start, end: body.start + label[0].length }] : [];
    if (label) body = { start: body.start + label[0].length, end: body.end };
    const hasBody = body.start < body.end;
    const who = text.slice(o.name.start, o.name.end).replace(/\s+/g, '');
    const earlier = byName.get(who);
    if (earlier !== undefined) {
      // A list of names and posts, then each leader's profile: one person, the profile's text and
      // résumé theirs.
      const first = people[earlier]!;
      people[earlier] = {
        ...first,
        ...(hasBody && first.body.start >= first.body.end ? { body } : {}),
        ...(resume && !first.resume ? { resume } : {}),
      };
      regions.push(region);
      return;
    }
    if (!posts.length && !hasBody) return;
    // 安全生产：负责… is a topic, not a person: a name and a duty only for a leader named elsewhere.
    if (o.dutyOnly && !known.has(who)) return;
    regions.push(region);
    byName.set(who, people.length);
    people.push({
      name: o.name,
      posts,
      head: o.head,
      body: hasBody ? body : { start: o.head.end, end: o.head.end },
      ...(resume ? { resume } : {}),
      ...(lastAppointment ? { lastAppointment } : {}),
      ...(frames.length ? { frames } : {}),
      ...(o.dutyOnly ? { dutyOnly: true } : {}),
      labelled: true,
    });
  });
  return { people, regions };
}

/**
 * Where a leader's résumé or text ends. A résumé goes on over every line (dated career lines) up to
 * a label line (扩展资料：); the
 * text about the leader over lines that open with a duty word (分管…) and over a sentence broken
 * across lines, and it stops at any other line (近日，局长某某主持会议…: news about them is not
 * what they do). Both cross a blank line only into what only a leader does (分管…, 主持…; 负责…
 * may open a unit's duty); a list line's text (`strict`) does not.
 */
function paragraphEnd(text: string, from: number, end: number, mode: 'resume' | 'body' | 'strict'): number {
  const strict = mode === 'strict';
  const lineEnd = (at: number): number => {
    const nl = text.indexOf('\n', at);
    return nl < 0 || nl > end ? end : nl;
  };
  // The rest of the line `from` is on always belongs.
  let last = text.slice(from, lineEnd(from)).trim();
  let at = lineEnd(from) + 1;
  while (at < end) {
    let written = text.slice(at, lineEnd(at)).trim();
    if (!written) {
      if (strict) return at;
      let next = at;
      while (next < end && !text.slice(next, lineEnd(next)).trim()) next = lineEnd(next) + 1;
      written = next < end ? text.slice(next, lineEnd(next)).trim() : '';
      if (!LEADER_DUTY_START.test(written)) return at;
      at = next;
    } else if (mode === 'resume' ? /[:：]$/u.test(written) : !DUTY_START.test(written) && !wrapped(last, written))
      return at;
    last = written;
    at = lineEnd(at) + 1;
  }
  return end;
}

/**
 * Whether `line` goes on the sentence of `last` broken by a hard wrap (Word, PDF): `last` is a
 * full line (16 characters or more) without a sentence's end, and `line` is no 名称：… item or page
 * link (上一篇：…) and ends the sentence or is full too. A short unfinished line (分管办公室、优抚股)
 * is a list's end; a short line after it (相关链接) is not its rest.
 */
function wrapped(last: string, line: string): boolean {
  return (
    last.length >= 16 &&
    !/[。；;！!.]$/u.test(last) &&
    !/^[^，。；,;]{1,12}[:：]/u.test(line) &&
    (line.length >= 16 || /[。；;.]$/u.test(line))
  );
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

interface Held {
  readonly posts: Span[];
  readonly from: 'now' | 'last';
  /** Where the 现任 clause ends. */
  readonly after?: number;
  /** Where, in the 现任 sentence, what the leader does starts (现任副县长，协助县长负责…). */
  readonly dutyAt?: number;
}

/**
 * The posts a résumé says are held now: the titles of the 现任 clause, clause by clause up to the
 * first that is not titles (现任副县长，协助县长负责… gives 副县长, and the rest says what they
 * do); without 现任, those of its last sentence when that sentence is a dated appointment and
 * nothing else (2011年5月任某地委书记。).
 */
function heldNow(text: string, resume: Span): Held {
  const written = text.slice(resume.start, resume.end);
  const now = NOW_HOLDS.exec(written);
  const m = now ?? LAST_APPOINTMENT.exec(written);
  if (!m) return { posts: [], from: 'now' };
  const start = resume.start + m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0);
  const posts: Span[] = [];
  let after = start;
  let dutyAt: number | undefined;
  for (const clause of m[1]!.matchAll(/[^，,]+[，,]?/gu)) {
    const at = start + clause.index;
    const words = clause[0].replace(/[，,]$/u, '');
    if (posts.length && !ENDS_WITH_POST.test(words.replace(/[（(][^（()）]{1,6}[)）]$/u, ''))) {
      if (DUTY_START.test(words.trimStart())) dutyAt = at + words.length - words.trimStart().length;
      break;
    }
    // 市公安局局长兼市委政法委副书记: 兼 joins two posts and is part of neither.
    for (const p of words.matchAll(ONE_POST)) {
      const joined = /^兼任?/u.exec(p[0])?.[0].length ?? 0;
      posts.push({ start: at + p.index + joined, end: at + p.index + p[0].length });
    }
    after = at + clause[0].length;
  }
  return { posts, from: now ? 'now' : 'last', after, ...(dutyAt !== undefined ? { dutyAt } : {}) };
}

/**
 * A last sentence that is one dated appointment: 2011年5月任新疆阿勒泰地委书记。 Not a range
 * (2005.03—2010.06任…, 2015年5月至2020年3月任…), not 任现职, not a clause among others.
 */
const LAST_APPOINTMENT = new RegExp(
  '(?:^|[。；;\\n][ \\t\\u3000]*)(?:19|20)\\d{2}(?:[ \\t]*年(?:[ \\t]*\\d{1,2}[ \\t]*月)?|[.．]\\d{1,2})' +
    '(?:起)?(?:任|担任)(?!现职)([^。；;，,\\n]*)([。；;]?\\s*)$',
  'u',
);
