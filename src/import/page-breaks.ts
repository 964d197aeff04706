import { rewriteSpans, trimSpan } from './spans.js';

/**
 * Text copied out of a PDF or a printed document carries its page breaks: a page number on a line
 * of its own (— 2 —, - 4 -, 第 1 页 共 3 页, 2/9), often glued to the text around it, and a
 * running header (the document's title) at the top of every page. They are no part of any duty.
 * `blankPageBreaks` turns them into spaces, one for one, so every offset, line and column of the
 * text stays where it was: an item cut by a page break reads on across it.
 */

const S = '[ \\t\\u3000]*';
const N = `${S}\\d{1,4}${S}`;
const DASH = '[-—–－―]{1,2}';
/** A page number standing alone on its line: — 2 —, - 4 -, 第 3 页. */
const NUMBER_LINE = new RegExp(`^${S}(?:${DASH}${N}${DASH}|第${N}页)${S}$`, 'gmu');
/** 2/9 alone on a line: a page number only where the text has more than one. */
const FRACTION_LINE = new RegExp(`^${N}\\/${N}$`, 'gmu');
/**
 * 第 1 页 共 3 页 (or 共 3 页 第 1 页), found glued to the text around it, but not inside a sentence
 * (会议材料（共3页，第1页为议程）).
 */
const PAGE_OF = new RegExp(
  `(?<=^|[\\s。；;！？!?])(?:第${N}页${S}[，,]?${S}共${N}页|共${N}页${S}[，,]?${S}第${N}页)`,
  'gu',
);

/** The same number of UTF-16 units, line breaks kept. */
const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
const ITEM = /^(?:[(（]|第|[一二三四五六七八九十\d①-⑳]+[、.．,，)）])/u;

/** 2/9, 3/9…: page numbers only as a run with one total, each page at most the total, rising. */
function pageFractions(text: string): { start: number; end: number }[] {
  const found = [...text.matchAll(FRACTION_LINE)].map((m) => {
    const [page, total] = m[0].split('/').map((n) => Number(n.trim()));
    return { start: m.index, end: m.index + m[0].length, page: page!, total: total! };
  });
  const run =
    found.length > 1 &&
    found.every((f, i) => f.total === found[0]!.total && f.page <= f.total && (i === 0 || f.page > found[i - 1]!.page));
  return run ? found : [];
}

export function blankPageBreaks(text: string): string {
  const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found = [...spans(NUMBER_LINE), ...spans(PAGE_OF), ...pageFractions(text)].sort((a, b) => a.start - b.start);
  if (found.length === 0) return text;
  const numbered = rewriteSpans(text, found, blank);
  // The running header: what follows a page number, on its line or the next one with text.
  const after = found.map(({ end }) => {
    let at = end;
    while (at < numbered.length && /\s/.test(numbered[at]!)) at++;
    const lineEnd = numbered.indexOf('\n', at);
    return trimSpan(numbered, { start: at, end: lineEnd < 0 ? numbered.length : lineEnd });
  });
  const headers = after.map(({ start, end }) => numbered.slice(start, end));
  // The document's title stands at the top of the text too.
  const top = new Set(
    numbered
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .slice(0, 3),
  );
  const running = after.filter((_, i) => {
    const header = headers[i]!;
    // A title's length, no sentence, no numbered item (a unit's heading after a page break stays);
    // the title, or the same words after another page number: a line repeated elsewhere (a duty, a
    // unit's name) is the text's own.
    if (header.length < 8 || header.length > 60 || /[。；;]$/.test(header) || ITEM.test(header)) return false;
    return top.has(header) || headers.filter((h) => h === header).length > 1;
  });
  // Two page numbers in a row have the same header after them: blank it once.
  return rewriteSpans(
    numbered,
    running.filter((h, i) => i === 0 || h.start >= running[i - 1]!.end),
    blank,
  );
}

/**
 * Where a copied page had a picture (a leader's photo), the text keeps its placeholder: [图片],
 * 【照片】, [image] at a line's start. Like page numbers they are no part of anything, and a name
 * after one must read as a line's start: blanked, one for one.
 */
const PLACEHOLDER = /^([ \t\u3000]*)([[【［](?:图片|照片|图像|头像|image|img|photo)[\]】］])/gimu;

export function blankImagePlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (_, lead: string, mark: string) => lead + blank(mark));
}
