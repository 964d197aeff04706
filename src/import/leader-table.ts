import type { PersonDraft } from './drafts.js';
import { readPerson } from './people.js';
import type { Span } from './types.js';
import type { UnitContext } from './units.js';

/** Whether most non-empty lines hold a tab: a table pasted from Excel or WPS. */
export function isLeaderTable(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // 姓名：张三\t职务：局长 is a page of labelled records with tabs between fields, not a table.
  if (/姓\s*名\s*[:：]/u.test(text)) return false;
  return lines.length > 0 && lines.filter((l) => l.includes('\t')).length >= Math.ceil(lines.length * 0.6);
}

/**
 * Rows of name, posts, 分管 (a header row naming 姓名 is skipped as a heading). The posts and
 * 分管 cells are read with the same rules as running text, by handing the row to the leader
 * reader as "posts" and "分管…".
 */
export function readLeaderTable(ctx: UnitContext, people: PersonDraft[]): void {
  const { text, ledger } = ctx;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const cells = cellsOf(line, start);
    if (cells.length < 2) continue;
    const [name, posts, supervises] = cells;
    if (/姓\s*名|职\s*务/.test(text.slice(name!.start, name!.end))) {
      ledger.heading({ start, end: start + line.length });
      continue;
    }
    readPerson(
      ctx,
      people,
      {
        name: name!,
        head: name!,
        posts: posts ? splitCell(text, posts, /[、，,/；;]/g) : [],
        body: supervises ?? { start: start + line.length, end: start + line.length },
      },
      supervises !== undefined,
    );
  }
}

function cellsOf(line: string, start: number): Span[] {
  const cells: Span[] = [];
  let from = 0;
  for (const cell of line.replace(/\r$/, '').split('\t')) {
    const lead = cell.length - cell.trimStart().length;
    if (cell.trim()) cells.push({ start: start + from + lead, end: start + from + cell.trimEnd().length });
    from += cell.length + 1;
  }
  return cells;
}

function splitCell(text: string, cell: Span, separator: RegExp): Span[] {
  const out: Span[] = [];
  let from = cell.start;
  for (const m of text.slice(cell.start, cell.end).matchAll(separator)) {
    out.push({ start: from, end: cell.start + m.index });
    from = cell.start + m.index + m[0].length;
  }
  out.push({ start: from, end: cell.end });
  return out.filter((s) => text.slice(s.start, s.end).trim() !== '');
}
