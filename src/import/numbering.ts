/**
 * Numbering labels of Chinese official texts: （一） (一) 一、 1. 1、 1） （1） ① 第一条. A label counts only
 * where a list can start (start of text or line, after a sentence end or a space) and only when
 * it continues its sequence or starts one at 1, so numbers inside sentences never split them.
 */

export type LabelStyle =
  'paren-cn' | 'cn-comma' | 'arabic-dot' | 'arabic-comma' | 'arabic-paren' | 'arabic-parens' | 'circled' | 'article';

export interface Label {
  readonly style: LabelStyle;
  readonly value: number;
  /** Offset of the label's first character and just past its last. */
  readonly start: number;
  readonly end: number;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十六 → 16, 二十三 → 23, 一百零二 → 102; NaN for anything else. */
export function chineseNumber(text: string): number {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return NaN;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[ch]!;
  }
  return total + digit;
}

const CN = '[一二三四五六七八九十百零〇两]{1,4}';
const LABEL = new RegExp(
  `(?:[(（](${CN})[)）])|(?:(${CN})[、，,])|(?:第(${CN})条)|(?:[(（](\\d{1,3})[)）])|([①-⑳])|` +
    `(?:(\\d{1,3})(?:([.．](?!\\d))|([、，,])|([)）])))`,
  'gu',
);
/** A note's line (注：①…②…): its circled numbers are footnotes, not a list. */
const NOTE_LINE = /^\s*(?:注|备注|说明|注释)\s*[:：]/u;
/** Where a list item can begin: the start, a line, a sentence end, a space, or a closing mark. */
const BOUNDARY = /[\s。；;：:！？!?\]】」』”]/;

/**
 * Every label candidate in the text, in order (sequence checks come later); `starts` are extra
 * places a list may begin (heading ends).
 */
export function findLabels(text: string, starts: ReadonlySet<number> = new Set()): Label[] {
  const labels: Label[] = [];
  for (const m of text.matchAll(LABEL)) {
    const before = m.index === 0 ? '' : text[m.index - 1]!;
    if (before !== '' && !BOUNDARY.test(before) && !starts.has(m.index)) continue;
    const [, parenCn, commaCn, article, parenArabic, circled, arabic, dot, comma] = m;
    const label = (style: LabelStyle, value: number): Label => ({
      style,
      value,
      start: m.index,
      end: m.index + m[0].length,
    });
    if (parenCn) labels.push(label('paren-cn', chineseNumber(parenCn)));
    else if (commaCn) labels.push(label('cn-comma', chineseNumber(commaCn)));
    else if (article) labels.push(label('article', chineseNumber(article)));
    else if (parenArabic) labels.push(label('arabic-parens', Number(parenArabic)));
    else if (circled && !NOTE_LINE.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)))
      labels.push(label('circled', circled.charCodeAt(0) - 0x245f));
    else if (arabic) labels.push(label(dot ? 'arabic-dot' : comma ? 'arabic-comma' : 'arabic-paren', Number(arabic)));
  }
  return labels.filter((l) => Number.isFinite(l.value) && l.value > 0);
}

export interface NumberedLabel extends Label {
  /** 0 for top-level lists, 1 for a list inside an item, … */
  readonly depth: number;
}

/**
 * Keeps the labels that form sequences and gives each its nesting depth: a style first seen at 1
 * inside another list's item opens a nested list; a style already open continues (or restarts) its
 * list and closes the lists opened inside it. `resets` are offsets (headings) that close every list.
 * A label at `openAt` (where the text's content begins) may start a list at any number: a page of
 * a longer document often begins in the middle of its list ("（十五）…"). A heading that opens with
 * a label of its own (第四条　某局设下列内设机构：) is in its list: `seeds` gives that label by the
 * heading's offset, and the list goes on after it (第五条).
 */
export function sequenceLabels(
  labels: readonly Label[],
  resets: readonly number[] = [],
  openAt = -1,
  seeds: ReadonlyMap<number, Label> = new Map(),
): NumberedLabel[] {
  const kept: NumberedLabel[] = [];
  let stack: { style: LabelStyle; value: number }[] = [];
  let r = 0;
  for (const label of labels) {
    while (r < resets.length && resets[r]! <= label.start) {
      const seed = seeds.get(resets[r]!);
      stack = seed ? [{ style: seed.style, value: seed.value }] : [];
      r++;
    }
    const at = stack.findIndex((s) => s.style === label.style);
    if (at >= 0 && (label.value === stack[at]!.value + 1 || label.value === 1)) {
      stack = stack.slice(0, at + 1);
      stack[at] = { style: label.style, value: label.value };
      kept.push({ ...label, depth: at });
    } else if (at < 0 && (label.value === 1 || (label.start === openAt && kept.length === 0))) {
      stack.push({ style: label.style, value: label.value });
      kept.push({ ...label, depth: stack.length - 1 });
    }
  }
  return kept;
}
