import { isWideCodePoint } from './wide-char.js';

/** Measures the rendered width of a string, in px (the element passes a canvas-backed function). */
export type MeasureText = (text: string) => number;

// Kinsoku: these may not start a line (closing marks) or end one (opening marks).
const NO_LINE_START = new Set('）)、，,。.；;：:？?！!”’》〉」』】〕…%');
const NO_LINE_END = new Set('（(“‘《〈「『【〔');

/**
 * Splits text into break-free pieces: one per CJK character (a line may break between any two),
 * whole words for Latin text, with punctuation glued to the piece it must stay next to.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  // What the last piece ends with: its last character (a whole surrogate pair beyond the BMP, 𠀋).
  let lastCh = '';
  let lastWide = false;
  for (const ch of text) {
    const wide = isWideCodePoint(ch.codePointAt(0)!);
    const glue =
      pieces.length > 0 &&
      (NO_LINE_START.has(ch) || NO_LINE_END.has(lastCh) || (!wide && ch !== ' ' && !lastWide && lastCh !== ' '));
    if (glue) pieces[pieces.length - 1] += ch;
    else pieces.push(ch);
    lastCh = ch;
    lastWide = wide;
  }
  return pieces;
}

/** One wrapped line and its width (the sum of its pieces' widths). */
export interface WrappedLine {
  readonly text: string;
  readonly width: number;
  /**
   * The spaces the break after this line took out ('' in Chinese and on the last line): joining
   * `text + gap` gives the text back.
   */
  readonly gap: string;
}

/**
 * Wraps text into lines no wider than maxWidth where it can; a single piece wider than maxWidth
 * gets a line of its own (the box then grows to fit it, so nothing is ever cut off).
 * Widths are summed per piece, so a long label costs one measurement per distinct piece
 * (cached by the caller), not one per growing prefix.
 */
export function wrapLines(text: string, maxWidth: number, measure: MeasureText): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let line = '';
  let width = 0;
  const push = (): void => {
    const trimmed = line.trimEnd();
    const gap = line.slice(trimmed.length);
    lines.push({ text: trimmed, width: gap === '' ? width : width - measure(gap), gap });
  };
  for (const piece of breakPieces(text)) {
    const pieceWidth = measure(piece);
    const bare = piece.trimEnd();
    const withPiece = width + (bare === piece ? pieceWidth : measure(bare));
    if (line === '' || withPiece <= maxWidth) {
      line += piece;
      width += pieceWidth;
    } else {
      push();
      line = piece.trimStart();
      width = line === piece ? pieceWidth : measure(line);
    }
  }
  if (line.trim() !== '' || lines.length === 0) push();
  return lines;
}

/** The lines of wrapLines, as strings. */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  return wrapLines(text, maxWidth, measure).map((l) => l.text);
}

/**
 * How wrapLines wraps `count` pieces that are each `advance` wide (a name of CJK ideographs, which
 * share one advance): its number of lines and its widest line, without making a string. Same sums
 * in the same order as wrapLines, so the same numbers.
 */
export function wrapUniform(count: number, advance: number, maxWidth: number): { lines: number; widest: number } {
  let lines = 0;
  let widest = 0;
  let width = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || width + advance <= maxWidth) {
      width += advance;
    } else {
      lines++;
      widest = Math.max(widest, width);
      width = advance;
    }
  }
  return { lines: lines + 1, widest: Math.max(widest, width) };
}
