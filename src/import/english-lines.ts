import type { Span } from './types.js';

/**
 * A bilingual portal's captions (state-owned companies, development zones): the name's pinyin
 * beside it, and under the Chinese titles a line of the same titles in English.
 *
 *   彭国栋  Peng Guodong
 *   党委书记、董事长
 *   Secretary of the Party Committee, Chairman
 */

/** Two to four words of a name in Latin letters (Peng Guodong, PENG Guodong, Shangguan Wenhua). */
export const LATIN_NAME = '[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){1,3}';
/** What stands between a name and its pinyin: spaces, or a bar or slash with or without them. */
const BESIDE = `(?:[ \\t\\u3000]*[｜|/][ \\t\\u3000]*|[ \\t\\u3000]+)`;
/** The pinyin at the end of a name's line. */
export const LATIN_AFTER = new RegExp(`${BESIDE}(${LATIN_NAME})$`, 'u');

/** A line wholly in Latin letters: English words, with commas, and, ampersands and brackets. */
const ENGLISH_LINE = /^[A-Za-z][A-Za-z .,;'’&()/-]*[A-Za-z.)]$/u;

/** Whether a line (its text) is English only, as a translation of the line above. */
export function isEnglishLine(written: string): boolean {
  return ENGLISH_LINE.test(written) && /[a-z]{2}/u.test(written);
}

/** The pinyin written after a name on its line (彭国栋  Peng Guodong), if any. */
export function latinNameAfter(text: string, name: Span): Span | undefined {
  const lineEnd = text.indexOf('\n', name.end);
  const rest = text.slice(name.end, lineEnd < 0 ? text.length : lineEnd);
  const latin = LATIN_AFTER.exec(rest);
  if (!latin || latin.index !== 0) return undefined;
  const start = name.end + latin[0].length - latin[1]!.length;
  return { start, end: start + latin[1]!.length };
}

/**
 * The English of a leader's posts: the one English line in `between` (the lines from the posts to
 * the text about the leader), when its commas part it into as many titles as there are posts, in
 * order. Otherwise nothing: the line stays for the report, not matched to a post by guess.
 */
export function englishTitles(text: string, between: Span, posts: readonly Span[]): Span[] | undefined {
  const lines = [...text.slice(between.start, between.end).matchAll(/[^\n]+/gu)].filter((m) => m[0].trim() !== '');
  if (lines.length !== 1 || !posts.length) return undefined;
  const written = lines[0]![0];
  const at = between.start + lines[0]!.index!;
  if (!isEnglishLine(written.trim())) return undefined;
  const parts: Span[] = [];
  const comma = /[^,;]+/gu;
  for (let m = comma.exec(written); m; m = comma.exec(written)) {
    const lead = m[0].length - m[0].trimStart().length;
    const span = { start: at + m.index + lead, end: at + m.index + m[0].trimEnd().length };
    if (span.end > span.start) parts.push(span);
  }
  return parts.length === posts.length ? parts : undefined;
}
