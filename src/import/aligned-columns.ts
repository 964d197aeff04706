import { trimSpan } from './spans.js';
import type { Span } from './types.js';

/**
 * A table of leaders copied out of a PDF or a Word table keeps its columns as runs of spaces, laid
 * out by display width (a Chinese character is two columns wide), and a name may be spaced out to
 * two characters' width (李  明). The header row (姓名 … 职务 … 分工) says where each column begins;
 * every row is cut at those columns, and a row with nothing before the last column continues the
 * cell above it (分管安全⏎        生产综合协调股).
 */

const HEADER = /^[ \t\u3000]*姓[ \t\u3000]*名[ \t\u3000]{2,}/u;
const COLUMN_WORDS = [
  /姓[ \t\u3000]*名/u,
  /职[ \t\u3000]*[务位]/u,
  /(?:工[ \t\u3000]*作[ \t\u3000]*)?分[ \t\u3000]*[工管]/u,
];

/** Display columns a character takes: two for CJK and full-width forms, one otherwise. */
const width = (ch: string): number =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;

/** The display column at which each character of `line` starts (one more entry for its end). */
function columnsOf(line: string): number[] {
  const at = [0];
  for (const ch of line) {
    const last = at[at.length - 1]!;
    for (let i = 0; i < ch.length; i++) at.push(last + (i === ch.length - 1 ? width(ch) : 0));
  }
  return at;
}

export interface AlignedRow {
  readonly cells: Span[];
}

/** The header line's offset in the text, if the text has a space-aligned 姓名 … 职务 header. */
export function alignedHeader(text: string): Span | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (HEADER.test(line) && COLUMN_WORDS[1]!.test(line)) return { start: offset, end: offset + line.length };
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * The rows below the header, each cut into its cells (spans of the text, spaces trimmed; an empty
 * cell is an empty span, so every row has a cell per column).
 */
export function alignedRows(text: string, header: Span): AlignedRow[] {
  const head = text.slice(header.start, header.end);
  const headColumns = columnsOf(head);
  const starts = COLUMN_WORDS.map((re) => re.exec(head)?.index)
    .filter((i): i is number => i !== undefined)
    .map((i) => headColumns[i]!);
  const rows: AlignedRow[] = [];
  let offset = header.end + 1;
  for (const line of text.slice(header.end + 1).split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const cols = columnsOf(line);
    // The character index where each column begins: the first character at or past its start.
    const cuts = starts.map((c) => {
      const i = cols.findIndex((col) => col >= c);
      return i < 0 ? line.length : Math.min(i, line.length);
    });
    const cells = cuts.map((from, k) =>
      trimSpan(text, { start: lineStart + from, end: lineStart + (cuts[k + 1] ?? line.length) }),
    );
    const filled = cells.map((c) => c.end > c.start);
    const last = rows[rows.length - 1];
    if (last && filled.slice(0, -1).every((f) => !f) && filled[filled.length - 1]) {
      // A wrapped last cell: the cell above runs on to the end of this line.
      const above = last.cells[last.cells.length - 1]!;
      last.cells[last.cells.length - 1] = { start: above.start, end: cells[cells.length - 1]!.end };
      continue;
    }
    rows.push({ cells });
  }
  return rows;
}
