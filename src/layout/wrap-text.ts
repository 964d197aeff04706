/** Measures the rendered width of a string, in px (the element passes a canvas-backed function). */
export type MeasureText = (text: string) => number;

// Kinsoku: these may not start a line (closing marks) or end one (opening marks).
const NO_LINE_START = new Set('）)、，,。.；;：:？?！!”’》〉」』】〕…%');
const NO_LINE_END = new Set('（(“‘《〈「『【〔');
const isWide = (ch: string): boolean => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch);

/**
 * Splits text into break-free pieces: one per CJK character (a line may break between any two),
 * whole words for Latin text, with punctuation glued to the piece it must stay next to.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const ch of text) {
    const last = pieces[pieces.length - 1];
    const glue = last !== undefined && (
      NO_LINE_START.has(ch) || NO_LINE_END.has(last.slice(-1)) ||
      (!isWide(ch) && ch !== ' ' && !isWide(last.slice(-1)) && !last.endsWith(' '))
    );
    if (glue) pieces[pieces.length - 1] = last + ch;
    else pieces.push(ch);
  }
  return pieces;
}

/**
 * Wraps text into lines no wider than maxWidth where it can; a single piece wider than maxWidth
 * gets a line of its own (the box then grows to fit it, so nothing is ever cut off).
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(text)) {
    const candidate = line + piece;
    if (line === '' || measure(candidate.trimEnd()) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
