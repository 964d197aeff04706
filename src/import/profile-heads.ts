import { nameLine, type Line } from './leader-lines.js';
import { resumeLabelAt } from './person-records.js';
import { isPostList, postSpans } from './posts.js';
import { CAREER_LINE } from './career-line.js';
import { RESUME_OPENING } from './resume-text.js';
import type { Span } from './types.js';

// How a profile (领导简介) starts: the lines that name the leader, and the first line of a résumé.

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
  if (one) return { start: l1.own.start, posts: one.posts };
  // 副检察长　招某某 (a surname the list lacks): the titles, then the same name.
  const bare = titles.replace(/\s+/gu, '').replace(/同志$/u, '');
  if (bare.length > name.length && bare.endsWith(name) && isPostList(bare.slice(0, -name.length))) {
    const cut = titles.lastIndexOf(name[0]!);
    return { start: l1.own.start, posts: postSpans(text, { start: l1.own.start, end: l1.own.start + cut }) };
  }
  return isPostList(titles) ? { start: l1.own.start, posts: postSpans(text, l1.own) } : undefined;
}

/**
 * How a résumé under a name opens: 男，汉族，… / 1970年1月生…, a dated career line (1996年8月—2003年5月
 * …, 2019.03至今 …) or one of its fields (简历：…, 出生年月：…).
 */
export function opensResume(line: string): boolean {
  return RESUME_OPENING.test(line) || CAREER_LINE.test(line) || resumeLabelAt(line) !== undefined;
}
