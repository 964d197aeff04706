import type { LocalText } from '../model/types.js';
import { lineColumn } from './spans.js';
import type { ComposedText, Coverage, ReportEntry, ReportKind, Span } from './types.js';

/**
 * How much of a reported text an entry carries. A leader or a unit the importer missed can sit in
 * the middle of a long unplaced passage: the reader must see the passage, not its first words.
 */
export const REPORT_TEXT_MAX = 2000;

/**
 * Keeps account of where each character of the input went: into the dataset (placed), into the
 * report, or into a heading. What is left at the end is reported as unplaced, so nothing is
 * dropped silently.
 */
export class Ledger {
  readonly entries: ReportEntry[] = [];
  readonly composed: ComposedText[] = [];
  private readonly marks: Uint8Array;

  constructor(private readonly text: string) {
    this.marks = new Uint8Array(text.length);
  }

  place(span: Span | undefined): void {
    if (span) this.mark(span, 1);
  }
  /** Whether every character of the span went into the dataset. */
  isPlaced(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.marks[i] !== 1 && !/\s/.test(this.text[i]!)) return false;
    return true;
  }

  heading(span: Span): void {
    this.mark(span, 3);
  }

  report(kind: ReportKind, span: Span, message: LocalText): void {
    this.entry(kind, span, message);
    this.mark(span, 2);
  }

  /** An entry about text that stays where it is (placed or not): a thing for a person to check. */
  flag(span: Span, message: LocalText): void {
    this.entry('check', span, message);
  }

  private entry(kind: ReportKind, span: Span, message: LocalText): void {
    const { line, column } = lineColumn(this.text, span.start);
    const last = lineColumn(this.text, Math.max(span.start, span.end - 1));
    const raw = this.text.slice(span.start, span.end);
    this.entries.push({
      kind,
      offset: span.start,
      end: span.end,
      line,
      column,
      endLine: last.line,
      endColumn: last.column,
      length: raw.length,
      text: raw.length > REPORT_TEXT_MAX ? `${raw.slice(0, REPORT_TEXT_MAX)}…` : raw,
      message,
    });
  }

  compose(pieces: Span[]): string {
    const text = pieces.map((p) => this.text.slice(p.start, p.end)).join('');
    this.composed.push({ text, pieces });
    return text;
  }

  /**
   * Takes back every placing: the text read gave no dataset (a few statements, no duty, unit or
   * leader), so none of it went anywhere, and reportRest then shows all of it.
   */
  unplaceAll(): void {
    for (let i = 0; i < this.marks.length; i++) if (this.marks[i] === 1) this.marks[i] = 0;
  }

  /** Reports every run of unaccounted text that holds more than punctuation. */
  reportRest(): void {
    let start = -1;
    for (let i = 0; i <= this.text.length; i++) {
      const free = i < this.text.length && this.marks[i] === 0;
      if (free && start < 0) start = i;
      if (!free && start >= 0) {
        const span = trimmed(this.text, { start, end: i });
        if (/[\p{L}\p{N}]/u.test(this.text.slice(span.start, span.end))) {
          this.report('unplaced', span, {
            zh: '这段文字未能归入数据集的任何字段。',
            en: 'This text could not be placed in any field of the dataset.',
          });
        }
        start = -1;
      }
    }
  }

  coverage(): Coverage {
    let considered = 0;
    let placed = 0;
    let reported = 0;
    for (let i = 0; i < this.text.length; i++) {
      // Letters and digits count; spaces and the punctuation between entries do not.
      if (this.marks[i] === 3 || !/[\p{L}\p{N}]/u.test(this.text[i]!)) continue;
      considered++;
      if (this.marks[i] === 1) placed++;
      else if (this.marks[i] === 2) reported++;
    }
    return { considered, placed, reported };
  }

  private mark(span: Span, value: number): void {
    for (let i = span.start; i < span.end; i++) if (this.marks[i] === 0 || value === 1) this.marks[i] = value;
  }
}

/**
 * A run without the spaces around it and the punctuation before it, but an opening bracket or
 * quote stays: （以上排名不分先后）, 【打印】, not 以上排名不分先后）.
 */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s\p{Pd}\p{Pe}\p{Pf}\p{Pc}\p{Po}]/u.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
