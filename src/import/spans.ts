import type { Span } from './types.js';

const SPACE = /\s/;

/** The span without whitespace at either end. */
/**
 * The text with each span's characters given by `by` (which keeps their number: every offset, line
 * and column stays). The spans are in order and do not overlap.
 */
export function rewriteSpans(text: string, spans: readonly Span[], by: (written: string) => string): string {
  let out = '';
  let from = 0;
  for (const { start, end } of spans) {
    out += text.slice(from, start) + by(text.slice(start, end));
    from = end;
  }
  return out + text.slice(from);
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Where each dataset string came from, while an import of a traditional text records it. */
export type Provenance = Map<string, { readonly span: Span; readonly compact: boolean }>;
let provenance: Provenance | undefined;

/** Records where textOf and compactOf take their strings from, until called with undefined. */
export function recordProvenance(into: Provenance | undefined): void {
  provenance = into;
}

/**
 * The span's text as a dataset string: line breaks and the spaces around them go (a text broken
 * mid-sentence reads as one), spaces inside a line stay as found. That is the only change.
 */
export function textOf(text: string, span: Span): string {
  const t = trimSpan(text, span);
  return noted(joinLines(text.slice(t.start, t.end)), t, false);
}

/** Like textOf, but with every whitespace character dropped (names: 林 娟 → 林娟). */
export function compactOf(text: string, span: Span): string {
  return noted(text.slice(span.start, span.end).replace(/\s+/g, ''), span, true);
}

/** The text with its line breaks, and the spaces around them, taken out. */
export function joinLines(text: string): string {
  return text.replace(/[ \t\u3000\u00a0]*[\r\n]+[ \t\u3000\u00a0]*/g, '');
}

function noted(value: string, span: Span, compact: boolean): string {
  if (provenance && !provenance.has(value)) provenance.set(value, { span, compact });
  return value;
}

export function isBlank(text: string, span: Span): boolean {
  const t = trimSpan(text, span);
  return t.start >= t.end;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Splits a span at every match of `separator` (a global regex), keeping each piece's position.
 * With `keep`, the separator stays at the end of the piece before it (duties keep their 。).
 */
export function splitSpan(text: string, span: Span, separator: RegExp, keep = false): Span[] {
  const pieces: Span[] = [];
  const part = text.slice(span.start, span.end);
  let from = 0;
  for (const match of part.matchAll(separator)) {
    const cut = match.index + (keep ? match[0].length : 0);
    pieces.push({ start: span.start + from, end: span.start + cut });
    from = match.index + match[0].length;
  }
  pieces.push({ start: span.start + from, end: span.end });
  return pieces.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}
