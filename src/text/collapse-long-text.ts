import { displayWidth, isWideChar } from './wide-char.js';

/**
 * Where a long text collapses to its beginning behind a "show more" button. Lengths are in display
 * columns (a Chinese or full-width character counts two, like East Asian Width "wide"), so "about
 * 100 characters" means the same amount of screen in Chinese and in English, whose translations
 * are three to five times longer in code units.
 */
export const COLLAPSE_OVER = 200;
/** The shown beginning ends after the first sentence, if that sentence is no longer than this… */
const FIRST_SENTENCE_MAX = 180;
/** …otherwise after about this many columns, at a clause break when there is one. */
const CUT_AT = 120;
/** Hiding less than this is not worth a button. */
const MIN_REST = 20;

/** How far into a text the cut is looked for: past both limits above. */
const LOOK_WITHIN = Math.max(FIRST_SENTENCE_MAX, CUT_AT) + 2;

/**
 * Column offsets → code-unit offsets, as far as the cut is looked for: `columns[i]` is the width
 * of `text.slice(0, i)` while that is within LOOK_WITHIN, and undefined past it (every use compares
 * it with a smaller limit, which undefined never meets). A long duty is not walked to its end.
 */
function columnsOf(text: string): number[] {
  const columns = [0];
  let width = 0;
  for (const char of text) {
    width += isWideChar(char) ? 2 : 1;
    for (let i = 0; i < char.length; i++) columns.push(width);
    if (width > LOOK_WITHIN) break;
  }
  return columns;
}

/**
 * The offset where the hidden rest of `text` starts, or `undefined` when the text is short enough
 * to show whole. The beginning ends with the first sentence (。 or ". ") when it is short, else at
 * the last clause break (，；、 or ", ") before about 60 Chinese characters, else at a word boundary.
 */
export function collapseLongText(text: string): number | undefined {
  const total = displayWidth(text);
  if (total <= COLLAPSE_OVER) return undefined;
  const columns = columnsOf(text);
  const sentence = /[。！？]|[.!?](?=\s)/.exec(text);
  let cut: number | undefined;
  if (sentence && columns[sentence.index + 1]! <= FIRST_SENTENCE_MAX) {
    cut = sentence.index + 1;
  } else {
    let limit = 0;
    while (limit < text.length && columns[limit + 1]! <= CUT_AT) limit++;
    const head = text.slice(0, limit);
    const clause = Math.max(...['，', '；', '、', '：', ', ', '; '].map((p) => head.lastIndexOf(p)));
    if (clause > 0 && columns[clause]! >= CUT_AT / 2) cut = clause + 1;
    else {
      const space = head.lastIndexOf(' ');
      cut = space > limit / 2 ? space : limit;
    }
  }
  return total - columns[cut]! < MIN_REST ? undefined : cut;
}
