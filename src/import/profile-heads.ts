import { NAME, nameLine, namesSomeone, RESUME_LABEL, titleClauses, whoIs, type Line } from './leader-lines.js';
import { PORTFOLIO_WORDS, resumeLabelAt } from './person-records.js';
import { isPostList, MIDDOT_NAME, POST, postSpans } from './posts.js';
import { CAREER_LINE } from './career-line.js';
import { DUTY_START, LEADER_DUTY_START, RESUME_OPENING } from './resume-text.js';
import type { Span } from './types.js';

// How a profile (领导简介) starts: the lines that name the leader, and the first line of a résumé.

/** A profile's opening lines: who, their posts, and where the résumé and the text about them start. */
export interface Opening {
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

/** 副省长兼任省公安厅厅长，负责…: posts (兼 joins two), then the first duty. */
export const POSTS_THEN_DUTY = new RegExp(
  `^((?:${POST})(?:(?:[、，,]|兼任?)(?:${POST}))*)[ \\t\\u3000]*[，,：:；;]?[ \\t\\u3000]*(?=${DUTY_START.source.slice(1)})`,
  'u',
);

/** 分工：, 工作职责⏎, and 分管工作 alone on its line (a portal's label above the leader's text). */
export const PORTFOLIO_LABEL = new RegExp(
  `^(?:(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*(?:[:：][ \\t\\u3000]*|\\n\\s*)|分管工作[ \\t\\u3000]*\\n\\s*)`,
  'u',
);

/** 职务：党组书记、局长 under a name. */
export const POSTS_FIELD = /^(?:现任)?职[ \t\u3000]*[务位][ \t\u3000]*[:：][ \t\u3000]*/u;

/**
 * The lines just above a 张三，男，… paragraph that name the same leader (张三⏎党组书记、局长, 院长　张三,
 * 张三 alone), or give their titles as a heading (主任⏎李某某，男，…). Where they start, and the posts
 * they give.
 */
export function namedAbove(
  text: string,
  lines: readonly Line[],
  i: number,
  name: string,
): { start: number; posts: Span[] } | undefined {
  const [l1, l2] = [lines[i - 1], lines[i - 2]];
  if (!l1 || l1.own.start === l1.own.end) return undefined;
  const same = (l: Line | undefined): ReturnType<typeof nameLine> => {
    const found = l && l.own.end > l.own.start ? nameLine(text, l.own) : undefined;
    return found && text.slice(found.name.start, found.name.end).replace(/\s+/gu, '') === name ? found : undefined;
  };
  const titles = text.slice(l1.own.start, l1.own.end);
  const first = isPostList(titles) ? same(l2) : undefined;
  if (first) return { start: l2!.own.start, posts: first.posts.length ? first.posts : postSpans(text, l1.own) };
  const one = same(l1);
  // 厅长⏎林某峰⏎林某峰，男，…: a title heading above the name line.
  if (one && !one.posts.length && l2 && isPostList(text.slice(l2.own.start, l2.own.end)))
    return { start: l2.own.start, posts: postSpans(text, l2.own) };
  if (one) return { start: l1.own.start, posts: one.posts };
  // 副检察长　招某某 (a surname the list lacks): the titles, then the same name.
  const bare = titles.replace(/\s+/gu, '').replace(/同志$/u, '');
  if (bare.length > name.length && bare.endsWith(name) && isPostList(bare.slice(0, -name.length))) {
    const cut = titles.lastIndexOf(name[0]!);
    return { start: l1.own.start, posts: postSpans(text, { start: l1.own.start, end: l1.own.start + cut }) };
  }
  return isPostList(titles) ? { start: l1.own.start, posts: postSpans(text, l1.own) } : undefined;
}

/** 1994年7月参加工作，…: a résumé that opens with when the leader started work or joined the party. */
const JOINED =
  /^(?:19|20)\d{2}[ \t]*(?:年[ \t]*\d{1,2}[ \t]*月|[.．]\d{1,2})[ \t]*(?:参加工作|加入中国共产党|入党|毕业于)/u;

/** A professional title (职称): 主任医师, 副教授, 正高级工程师. */
export const CREDENTIAL =
  '(?:正高级|副高级|高级)?(?:主任医师|副主任医师|主治医师|主任护师|副主任护师|主任药师|副主任药师|主任技师|' +
  '副主任技师|教授|副教授|研究员|副研究员|工程师|经济师|会计师|教师)';
/** 主任医师，教授，硕士研究生导师。: a résumé that opens with the leader's professional titles. */
const QUALIFIED = new RegExp(`^${CREDENTIAL}[，,、。；;]`, 'u');

/**
 * How a résumé under a name opens: 男，汉族，… / 1970年1月生…, a dated career line (1996年8月—2003年5月
 * …, 2019.03至今 …) or one of its fields (简历：…, 出生年月：…).
 */
export function opensResume(line: string): boolean {
  return (
    [RESUME_OPENING, CAREER_LINE, JOINED, QUALIFIED].some((r) => r.test(line)) || resumeLabelAt(line) !== undefined
  );
}

/** Whether the next line with text after line `j` says what a leader does, or opens a résumé. */
export function leaderTextBelow(text: string, lines: readonly Line[], j: number): boolean {
  const below = lines.slice(j + 1, j + 3).find((l) => l.own.end > l.own.start);
  const written = below ? text.slice(below.own.start, below.own.end) : '';
  return (
    LEADER_DUTY_START.test(written) || DUTY_START.test(written) || RESUME_LABEL.test(written) || opensResume(written)
  );
}

/**
 * A résumé under a leader's head lines, at line `j` or under a 简历 label there: where it starts,
 * and the next line to read. It may give the name again (肖某东⏎董事长⏎个人简历⏎肖某东，男，…):
 * the head then goes on to its facts (`headEnd`).
 */
export function resumeBelow(
  text: string,
  lines: readonly Line[],
  j: number,
  name: string,
): { resume: number; headEnd?: number; next: number } | undefined {
  const line = lines[j]!;
  const labelled = RESUME_LABEL.test(text.slice(line.own.start, line.own.end));
  const opening = labelled ? lines.slice(j + 1, j + 3).find((l) => l.own.end > l.own.start) : line;
  if (!opening) return undefined;
  const written = text.slice(opening.own.start, opening.own.end);
  if (opensResume(written)) return { resume: line.own.start, next: j };
  const again = written.startsWith(name) ? /^(?:同志)?[，,][ \t\u3000]*/u.exec(written.slice(name.length)) : null;
  const at = again ? opening.own.start + name.length + again[0].length : -1;
  if (!again || !opensResume(text.slice(at, opening.own.end))) return undefined;
  return { resume: at, headEnd: at, next: lines.indexOf(opening) + 1 };
}

/**
 * Who a 张三，男，… paragraph is about: a name (with titles glued before it), or a name of 2–4
 * characters whose surname the list lacks (招某某) when 男， or 女， follows it at once.
 */
export function inlineWho(text: string, span: Span, rest: string): { name: Span; posts: Span[] } | undefined {
  const known = whoIs(text, span);
  if (known) return known;
  const written = text.slice(span.start, span.end);
  const plain = /^[\u4e00-\u9fff]{2,4}$/u.test(written) && !/[局处科室部委办所站队院会组]/u.test(written);
  return plain && /^[男女][，,]/u.test(rest) ? { name: span, posts: [] } : undefined;
}

/**
 * 康　宁　负责…: a 分工 list's line of a name, spaces and what the leader does, for a leader the
 * page lists elsewhere (a `dutyOnly` opening at line `i`).
 */
export function nameThenDuty(text: string, line: Line, i: number): Opening | undefined {
  const spaced = NAME_SPACED_DUTY.exec(text.slice(line.own.start, line.own.end));
  if (!spaced || !namesSomeone(spaced[1]!)) return undefined;
  const name = { start: line.own.start, end: line.own.start + spaced[1]!.length };
  const from = line.own.start + spaced[0].length;
  return { head: name, name, posts: [], from, next: i + 1, strict: true, dutyOnly: true };
}

/** A name (spaces inside allowed), spaces, then what a leader does. */
const NAME_SPACED_DUTY = new RegExp(`^(${NAME}?)[ \\t\\u3000]+(?=${DUTY_START.source.slice(1)})`, 'u');
/** 张三：局长、党组书记 / 王军同志：局长，… (a list's bullet or number before it). */
export const NAME_COLON = new RegExp(
  `^(?:[-•·*][ \\t\\u3000]*|\\d{1,2}[.．、][ \\t\\u3000]*)?(${NAME}?|${MIDDOT_NAME.source.slice(1, -1)})(?:同志)?` +
    '[ \\t\\u3000]*[:：][ \\t\\u3000]*',
  'u',
);

/**
 * The titles of a heading line above line `i` (副市长, 副市长（2名）), when only blank lines and
 * other 某某：… lines stand between: the post of each leader listed under it.
 */
export function titleHeading(text: string, lines: readonly Line[], i: number): Span[] | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const own = text.slice(lines[j]!.own.start, lines[j]!.own.end);
    if (!own) continue;
    const colon = NAME_COLON.exec(own);
    if (colon && namesSomeone(colon[1]!)) continue;
    const count = /[（(][一二三四五六七八九十\d]{1,2}[名人个][)）]$/u.exec(own)?.[0].length ?? 0;
    const titles = { start: lines[j]!.own.start, end: lines[j]!.own.end - count };
    return isPostList(text.slice(titles.start, titles.end)) ? postSpans(text, titles) : undefined;
  }
  return undefined;
}

/**
 * A leader opened by 张三： at line `i`: 张三：局长、党组书记。/ 张三：副局长，协助局长分管…
 * (clauses of titles, then what they do), 罗圣权：⏎县委书记 (a portal's list, the titles on the line
 * below), 张三：1994年7月参加工作… (a résumé after the name), 甲：负责… (what a leader does, under a
 * title heading or for a leader named elsewhere). Null when the name and colon open no leader
 * (nothing below them), undefined when the line is not in this form.
 */
export function colonOpening(text: string, lines: readonly Line[], i: number): Opening | null | undefined {
  const line = lines[i]!;
  const colon = NAME_COLON.exec(text.slice(line.own.start, line.own.end));
  if (!colon || !namesSomeone(colon[1]!)) return undefined;
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
    return null;
  }
  const { posts, end: from } = titleClauses(text, { start: rest, end: line.own.end });
  const after = text.slice(from, line.own.end).trim();
  if (posts.length && (!after || DUTY_START.test(after)))
    return { head, name: named, posts, from, next: i + 1, strict: true };
  // 张三：1994年7月参加工作，历任…: a résumé after the name (the leader listed before it).
  if (!posts.length && opensResume(after))
    return {
      head,
      name: named,
      posts,
      resume: from + text.slice(from).search(/\S/),
      from: line.own.end,
      next: i + 1,
    };
  if (!posts.length && DUTY_START.test(after)) {
    // 副市长（2名）⏎甲：负责…⏎乙：负责…: the title heading above the leaders it lists.
    const titled = titleHeading(text, lines, i);
    if (titled) return { head, name: named, posts: titled, from, next: i + 1, strict: true };
    return { head, name: named, posts, from, next: i + 1, strict: true, dutyOnly: true };
  }
  return undefined;
}
