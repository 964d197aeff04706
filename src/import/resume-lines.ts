import type { Ledger } from './report.js';
import { RESUME_LABEL } from './leader-lines.js';
import { resumeLabelAt } from './person-records.js';
import { DUTY_START, wrappedCareer } from './resume-text.js';
import { trimSpan } from './spans.js';
import type { Span } from './types.js';

/**
 * Where a résumé's line starts an entry of its own: a date (1990.07—1998.03 …, 1992年7月…), a
 * field (出生年月：…, 籍贯：…) or a remark (其间：…, in brackets or not).
 */
const ENTRY_START = /^(?:(?:19|20)\d{2}[ \t]*(?:[.．/年—–~～\-]|$)|[其期]间[ \t\u3000]*[:：]|[（(])/u;
/** Whether a résumé's line starts an entry: a date, a remark, or a field (性　　别：男). */
const opensEntry = (line: string): boolean => ENTRY_START.test(line) || resumeLabelAt(line) !== undefined;
/** A line that is only a date or a range of dates (2001.09—2005.07): its text is on the next line. */
const DATE_ONLY = /^(?:19|20)\d{2}[\d\s.．/年月日—–~～\-至今]*$/u;
/** A line that ends a sentence or a remark, or is only a date: what follows is not its wrapped rest. */
const ENTRY_END = new RegExp(`[。；;！!？?）)]$|${DATE_ONLY.source}`, 'u');

/**
 * A résumé's text for the dataset, from its spans in the order of the text: each dated entry or
 * field on a line of its own, as the source has them, and a line the page merely wrapped (mid-
 * sentence, no date) joined to the one before, as textOf joins every other text. Fields side by
 * side on one line (性别：男　民族：汉族) keep the space between them. Composed through the ledger,
 * so an import of a traditional text gives the résumé back as written. A label on a line of its own
 * (简历, 个人履历) is left out.
 */
export function resumeText(ledger: Ledger, text: string, spans: readonly Span[]): string {
  const lines: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (let i = span.start; i <= span.end; i++) {
      if (i < span.end && text[i] !== '\n') continue;
      const line = trimSpan(text, { start, end: i });
      // A label on a line of its own above the résumé (简历, 个人履历) is the card's term already,
      // and so is one before the text on its line (简历：男，…).
      const own = text.slice(line.start, line.end);
      const label = resumeLabelAt(own);
      const head = label?.head ? label.length : 0;
      if (line.end > line.start + head && !RESUME_LABEL.test(own))
        lines.push({ start: line.start + head, end: line.end });
      start = i + 1;
    }
  }
  lines.sort((a, b) => a.start - b.start);
  const pieces: Span[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = { start: prev.end, end: line.start };
      const newline = text.indexOf('\n', gap.start);
      if (newline < 0 || newline >= gap.end) pieces.push(gap);
      else if (opensEntry(text.slice(line.start, line.end)) || ENTRY_END.test(text.slice(prev.start, prev.end)))
        pieces.push({ start: newline, end: newline + 1 });
    }
    pieces.push(line);
  });
  return ledger.compose(pieces);
}

/**
 * The résumé lines from `from` on: labelled fields (出生年月：…, 简历：…; a 简历's label is a frame,
 * its text the résumé), and under a 简历 label the lines that go on with it (1990.07—1998.03 …),
 * up to a blank line, the 分工 or another field. `next` is where what follows starts.
 */
export function resumeLines(text: string, from: number, end: number): { spans: Span[]; frames: Span[]; next: number } {
  const spans: Span[] = [];
  const frames: Span[] = [];
  let at = from;
  let under = false;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 || newline >= end ? end : newline;
    const line = trimSpan(text, { start: at, end: lineEnd });
    const written = text.slice(line.start, line.end);
    const field = resumeLabelAt(written);
    if (line.start === line.end) {
      if (under || spans.length) break;
    } else if (RESUME_LABEL.test(written)) {
      // 简历 (or 个人履历, 工作经历) on a line of its own: the label of the lines below it.
      frames.push(line);
      under = true;
    } else if (field) {
      const value = line.start + field.length;
      under = field.head;
      if (!under) spans.push(line);
      else {
        frames.push({ start: line.start, end: value });
        if (value < line.end) spans.push({ start: value, end: line.end });
      }
    } else if (
      under &&
      !OTHER_FIELD.test(written) &&
      (!DUTY_START.test(written) || wrappedCareer(text, line.start, end))
    )
      spans.push(line);
    else break;
    at = lineEnd + 1;
  }
  return { spans, frames, next: Math.min(Math.max(at, from), end) };
}

/**
 * Résumé fields after the text about a leader (分工：主持…⏎出生年月：…⏎籍贯：…), up to `end`: the
 * first one ends the text (`body`).
 */
export function resumeAfter(text: string, body: Span, end: number): { body: Span; spans: Span[]; frames: Span[] } {
  let at = body.end;
  for (let nl = text.indexOf('\n', body.start); nl >= 0 && nl < body.end; nl = text.indexOf('\n', nl + 1)) {
    const lineEnd = text.indexOf('\n', nl + 1);
    if (resumeLabelAt(text.slice(nl + 1, lineEnd < 0 || lineEnd > body.end ? body.end : lineEnd))) {
      at = nl;
      break;
    }
  }
  const { spans, frames } = resumeLines(text, at, end);
  return { body: spans.length ? { start: body.start, end: Math.max(body.start, at) } : body, spans, frames };
}

/** Any other labelled field (分工：, 分管：, 联系电话：): not a 简历's next line; 其间： is one of its own. */
const OTHER_FIELD = /^(?!其间|期间)[\u4e00-\u9fff]{2,6}[ \t\u3000]*[:：]/u;
