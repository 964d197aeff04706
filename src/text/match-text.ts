import { normalizeForSearch } from './normalize-for-search.js';

/** A half-open range `[start, end)` of UTF-16 offsets into the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A run of text, marked when it is part of a match. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Where `query` occurs in `text`, ignoring case and full/half width, as ranges of the original
 * text, so the marks wrap the source's own characters (a search for "gis" marks "ＧＩＳ").
 * Each code point is normalized on its own: NFKC can change a character's length (㎡ → m2), and the map
 * keeps every normalized character pointing back at the code point it came from.
 */
export function matchRanges(text: string, query: string): TextRange[] {
  const wanted = normalizeForSearch(query.trim());
  if (!wanted) return [];
  let normalized = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const n = normalizeForSearch(char);
    normalized += n;
    for (let i = 0; i < n.length; i++) origin.push(offset);
    offset += char.length;
  }
  origin.push(offset);
  const ranges: TextRange[] = [];
  for (let at = normalized.indexOf(wanted); at !== -1; at = normalized.indexOf(wanted, at + wanted.length)) {
    const last = origin[at + wanted.length - 1]!;
    // End after the whole code point the last normalized character came from.
    const end = last + String.fromCodePoint(text.codePointAt(last)!).length;
    const start = origin[at]!;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.end >= start)
      ranges[ranges.length - 1] = { start: previous.start, end: Math.max(previous.end, end) };
    else ranges.push({ start, end });
  }
  return ranges;
}

/** Cuts `text[from, to)` into plain and matched runs. */
export function segmentText(text: string, ranges: readonly TextRange[], from = 0, to = text.length): TextSegment[] {
  const out: TextSegment[] = [];
  let at = from;
  for (const range of ranges) {
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), match: false });
  return out;
}
