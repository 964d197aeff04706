/**
 * Characters East Asian Width calls wide or full-width: Hangul jamo, CJK punctuation, kana, CJK
 * ideographs (with the supplementary planes), Hangul syllables, compatibility ideographs, vertical
 * and full-width forms, and pictographic emoji. A wide character takes two columns in a terminal
 * and as much room as two Latin letters in a line of text, and a line may break on either side of it.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Whether a code point is wide (compared as numbers: this runs for every character of every label). */
export function isWideCodePoint(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE_RANGES) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/**
 * Whether a code point is a CJK unified ideograph (the basic block and extension A): the glyphs a
 * CJK font draws on one em square, so they share one advance.
 */
export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** The same blocks as isIdeograph, for a whole text (code units; both blocks lie in the BMP). */
const IDEOGRAPHS = /^[\u3400-\u4dbf\u4e00-\u9fff]*$/;

/**
 * Whether every character of `text` is an ideograph (true for ''). One native test per text, not
 * a call per character: the chart asks it of every box's name on the way to its first paint, cold.
 */
export function allIdeographs(text: string): boolean {
  return IDEOGRAPHS.test(text);
}

/** Whether a character (one code point) is wide. */
export function isWideChar(char: string): boolean {
  return isWideCodePoint(char.codePointAt(0) ?? 0);
}

/** The wide ranges as one regular expression, and surrogate pairs (one character each). */
const WIDE = new RegExp(
  `[${WIDE_RANGES.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`,
  'gu',
);
const PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * Display width of a text in columns: two per wide character, one for the rest. Two native
 * counts rather than a call per character: every duty's text is measured before its first render.
 */
export function displayWidth(text: string): number {
  const characters = text.length - (text.match(PAIRS)?.length ?? 0);
  return characters + (text.match(WIDE)?.length ?? 0);
}
