/**
 * Characters East Asian Width calls wide or full-width: Hangul jamo, CJK punctuation, kana, CJK
 * ideographs (with the supplementary planes), Hangul syllables, compatibility ideographs, vertical
 * and full-width forms, and pictographic emoji. A wide character takes two columns in a terminal
 * and as much room as two Latin letters in a line of text, and a line may break on either side of it.
 */
const WIDE = new RegExp(
  '[\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua960-\\ua97f\\uac00-\\ud7a3' +
    '\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6' +
    '\\u{1f300}-\\u{1f64f}\\u{1f900}-\\u{1f9ff}\\u{20000}-\\u{3fffd}]',
  'u',
);

/** Whether a character (one code point) is wide. */
export function isWideChar(char: string): boolean {
  return WIDE.test(char);
}

/** Display width of a text in columns: two per wide character, one for the rest. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWideChar(char) ? 2 : 1;
  return width;
}
