import { LEADING_ITEM } from './leader-items.js';
import { CAREER_LINE } from './career-line.js';
import { ENDS_WITH_POST, ONE_POST } from './posts.js';
import { PORTFOLIO_WORDS } from './person-records.js';
import type { Span } from './types.js';

/**
 * The parts of a leader's profile in its text: where the résumé opens (男，汉族，…) and ends, the
 * posts it says are held now (现任…), and where the text about what the leader does starts and
 * ends. Pure text work for person-resumes.ts.
 */

/** How a résumé opens: 男， / （女） / 1970年1月生 / 1970.01出生 / 汉族，. */
const ETHNIC =
  '汉|回|满|蒙古|壮|藏|维吾尔|苗|彝|土家|侗|瑶|白|哈尼|朝鲜|黎|畲|傣|傈僳|仡佬|东乡|拉祜|水|佤|纳西|羌|土|' +
  '仫佬|锡伯|柯尔克孜|达斡尔|景颇|毛南|撒拉|布依|哈萨克|布朗|塔吉克|阿昌|普米|鄂温克|怒|京|基诺|德昂|保安|' +
  '裕固|门巴|鄂伦春|独龙|赫哲|珞巴';
export const RESUME_OPENING = new RegExp(
  `^(?:[（(]?[男女][）)]?(?=[，,、。；;\\s]|$)|(?:${ETHNIC})族(?=[，,、。\\s])|` +
    `(?:19|20)\\d{2}[ \\t]*(?:年[ \\t]*\\d{1,2}[ \\t]*月|[.．/-]\\d{1,2})[^，,。\\n]{0,6}?生(?=[，,。；;、\\s）)]|$))`,
  'u',
);
/** A sentence that says what the leader does, where the résumé ends. */
export const DUTY_START = new RegExp(
  `^(?:(?:${PORTFOLIO_WORDS})[ \\t\\u3000]*(?:[:：]|$|\\n)|` +
    // 主持完成…项目, 主持…课题: a researcher's résumé, not what the leader does.
    `(?:主持(?!完成|承担|参与|编写|编制|[^。；;\\n]{0,10}(?:课题|基金))|全面负责|具体负责|负责|分管|协助|联系|主管|协管|统筹|兼管)` +
    `(?!人|方式|电话|地址)|领导[^。；;\\n]*全面工作)`,
  'u',
);
/**
 * What only a leader's text opens with, so it may follow a blank line: 负责… and 职责：… open
 * units' and the organisation's duties as well.
 */
export const LEADER_DUTY_START =
  /^(?:主持|分管|协助|联系(?!人|方式|电话|地址)|协管|兼管|负责[^。；;\n]{0,12}全面工作|(?:工作)?分\s*工[ \t\u3000]*(?:[:：]|$))/u;
/** 现任市自然资源和规划局党组书记、局长: the clause that gives the posts held now. */
const NOW_HOLDS = /(?:现任|现为|现担任|现任职务[:：]?)([^。；;\n]*)/u;
/**
 * Where a leader's résumé or text ends. A résumé goes on over every line (dated career lines) up to
 * a label line (扩展资料：); the
 * text about the leader over lines that open with a duty word (分管…) and over a sentence broken
 * across lines, and it stops at any other line (近日，局长某某主持会议…: news about them is not
 * what they do). Both cross a blank line only into what only a leader does (分管…, 主持…; 负责…
 * may open a unit's duty); a list line's text (`strict`) does not.
 */
export function paragraphEnd(text: string, from: number, end: number, mode: 'resume' | 'body' | 'strict'): number {
  const strict = mode === 'strict';
  const lineEnd = (at: number): number => {
    const nl = text.indexOf('\n', at);
    return nl < 0 || nl > end ? end : nl;
  };
  // The rest of the line `from` is on always belongs.
  let last = text.slice(from, lineEnd(from)).trim();
  let datedSeen = CAREER_LINE.test(last);
  let at = lineEnd(from) + 1;
  while (at < end) {
    let written = text.slice(at, lineEnd(at)).trim();
    datedSeen ||= CAREER_LINE.test(written);
    if (!written) {
      if (strict) return at;
      let next = at;
      while (next < end && !text.slice(next, lineEnd(next)).trim()) next = lineEnd(next) + 1;
      written = next < end ? text.slice(next, lineEnd(next)).trim() : '';
      // A résumé's dated entries go on across a blank line (a PDF's page number, blanked, stood
      // there, or the page spaced its entries out): no other leader's text opens with a date.
      const dated = mode === 'resume' && datedSeen && CAREER_LINE.test(written);
      if (!dated && !LEADER_DUTY_START.test(written)) return at;
      at = next;
    } else if (
      mode === 'resume'
        ? /[:：]$/u.test(written)
        : // 2. 分管…: a leader's duties as numbered items go on.
          !DUTY_START.test(written.replace(LEADING_ITEM, '')) && !wrapped(last, written)
    )
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
export function firstDuty(text: string, span: Span): number {
  let at = span.start;
  while (at < span.end) {
    while (at < span.end && /[\s\u3000]/.test(text[at]!)) at++;
    if (DUTY_START.test(text.slice(at, Math.min(span.end, at + 24))) && !wrappedCareer(text, at, span.end)) return at;
    while (at < span.end && !/[。；;\n]/.test(text[at]!)) at++;
    at++;
  }
  return span.end;
}

/**
 * Whether the line at `at` (协助局长⏎分管财政审计工作⏎2015.10—…) is the rest of a career entry a
 * page wrapped: the line before it does not end a sentence, and the next line is a dated entry.
 */
export function wrappedCareer(text: string, at: number, end: number): boolean {
  // Only the line before and the line after are read: this runs once per line of a résumé.
  let lineStart = at;
  while (lineStart > 0 && /[ \t\u3000]/u.test(text[lineStart - 1]!)) lineStart--;
  if (lineStart === 0 || text[lineStart - 1] !== '\n') return false;
  const last = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
  if (!last || /[。；;！!？?）)：:]$/u.test(last)) return false;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd >= end) return false;
  return CAREER_LINE.test(text.slice(lineEnd + 1, Math.min(end, lineEnd + 40)).trimStart());
}

export interface Held {
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
export function heldNow(text: string, resume: Span): Held {
  const written = text.slice(resume.start, resume.end);
  const now = NOW_HOLDS.exec(written);
  const m = now ?? LAST_APPOINTMENT.exec(written) ?? openRange(written);
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
 * The résumé's last career line when its range is open (2016.06—　某院党委书记、副院长, 2019年3月至今
 * 某乡党委书记): the post held now, up to the first comma. Group 1 is the titles.
 */
function openRange(written: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of written.matchAll(/^[ \t\u3000]*(?:19|20)\d{2}/gmu)) last = m as RegExpExecArray;
  if (!last) return null;
  const m = OPEN_RANGE.exec(written.slice(last.index));
  if (m) m.index += last.index;
  return m;
}
const OPEN_RANGE = new RegExp(
  '^[ \\t\\u3000]*(?:19|20)\\d{2}(?:[ \\t]*年(?:[ \\t]*\\d{1,2}[ \\t]*月)?|[ \\t]*[.．/][ \\t]*\\d{1,2})?[ \\t]*' +
    '(?:[—–~～\\-－]{1,2}[ \\t\\u3000]*(?:至今|今)?|至今)[ \\t\\u3000]*(?:任|担任)?([^。；;，,\\n\\d][^。；;，,\\n]*)',
  'u',
);

/**
 * A last sentence that is one dated appointment: 2011年5月任新疆阿勒泰地委书记。 Not a range
 * (2005.03—2010.06任…, 2015年5月至2020年3月任…), not 任现职, not a clause among others.
 */
const LAST_APPOINTMENT = new RegExp(
  '(?:^|[。；;\\n][ \\t\\u3000]*)(?:19|20)\\d{2}(?:[ \\t]*年(?:[ \\t]*\\d{1,2}[ \\t]*月)?|[.．]\\d{1,2})' +
    '(?:起)?(?:任|担任)(?!现职)([^。；;，,\\n]*)([。；;]?\\s*)$',
  'u',
);
