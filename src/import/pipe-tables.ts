import { rewriteSpans } from './spans.js';

/**
 * A table written in Markdown or pasted from a wiki: | 办公室 | 负责机关日常运转。 |, under a rule
 * row | --- | --- |. `pipeTablesAsTabs` turns each row's bars into tabs and the rule row into
 * spaces, one for one (offsets, lines and columns stay), so the table reads as one pasted from a
 * spreadsheet: a table of units or of leaders, by its header and its rows.
 */

const ROW = /^[ \t\u3000]*\|.*\|[ \t\u3000]*$/gmu;
const RULE = /^[ \t\u3000]*\|?(?:[ \t\u3000]*:?-{3,}:?[ \t\u3000]*\|)+[ \t\u3000]*:?-*:?[ \t\u3000]*$/u;

export function pipeTablesAsTabs(text: string): string {
  const rows = [...text.matchAll(ROW)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // One row with bars is no table (a line quoting 甲 | 乙 | 丙 as a row of links stays).
  if (rows.length < 2) return text;
  return rewriteSpans(text, rows, (row) => (RULE.test(row) ? row.replace(/[^\n]/g, ' ') : row.replace(/\|/g, '\t')));
}
