import { alignedHeader, alignedRows } from './aligned-columns.js';
import type { PersonDraft } from './drafts.js';
import { readPerson } from './people.js';
import { PORTFOLIO_WORDS, RESUME_WORDS } from './person-records.js';
import { isPersonName } from './posts.js';
import { isUnitLike } from './unit-names.js';
import type { Span } from './types.js';
import type { UnitContext } from './units.js';

/**
 * Whether the text is a table of leaders pasted from Excel or WPS (most non-empty lines hold a tab)
 * or copied from a PDF or a Word table (columns lined up with spaces under a 姓名 … 职务 header at
 * its top). A tab table whose header or rows name units (科室名称⇥主要职责, 办公室⇥负责…) is read
 * as running text instead; so is a page that only ends in a small table.
 */
/** What a table writes where a post has nobody: （空缺）, 暂缺, 待任命, a dash. */
const VACANT = /^(?:[（(]?(?:空缺|暂缺|缺|空|待定|待任命|待配备)[)）]?|[-－—―/／]+)$/u;
/** A form's labels (任免表): never a leader's name in a table's first column. */
const FORM_LABEL = new RegExp(`^(?:${RESUME_WORDS}|${PORTFOLIO_WORDS}|(?:现任)?职务|备注)$`, 'u');

export function isLeaderTable(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // 姓名：张三\t职务：局长 is a page of labelled records with tabs between fields, not a table.
  if (/姓\s*名\s*[:：]/u.test(text) || lines.length === 0) return false;
  const rows = lines.filter((l) => l.includes('\t'));
  if (rows.length < Math.ceil(lines.length * 0.6)) return isAlignedLeaderTable(text, lines);
  // 姓名⇥邓某明⇥性别⇥男: a form (任免表) of labels and values side by side, not a header row.
  const nameRow = rows.find((row) => /^\s*姓\s*名\s*\t/u.test(row));
  if (nameRow)
    return !isPersonName(
      nameRow
        .split('\t')
        .find((cell, i) => i > 0 && cell.trim())
        ?.trim() ?? '',
    );
  // A units table: its header names a unit column, or most rows start with a unit's name. Names
  // the surname list does not know (阿不都热合曼·买买提, 巴特尔) still make a table of leaders.
  if (rows.some((row) => /^\s*(?:序号\s*\t\s*)?(?:科室|处室|股室|机构|内设机构|部门|单位)(?:名称)?\s*\t/u.test(row)))
    return false;
  const first = (row: string): string =>
    row
      .split('\t')
      .find((cell) => cell.trim())!
      .trim();
  return rows.filter((row) => isUnitLike(first(row))).length < Math.ceil(rows.length * 0.5);
}

/** A 姓名 … 职务 header among the first lines, over rows most of which start with a person's name. */
function isAlignedLeaderTable(text: string, lines: readonly string[]): boolean {
  const header = alignedHeader(text);
  if (!header) return false;
  const at = lines.indexOf(text.slice(header.start, header.end));
  if (at < 0 || at > 2) return false;
  const rows = alignedRows(text, header).filter((r) => r.cells[0]!.end > r.cells[0]!.start);
  const named = rows.filter((r) => isPersonName(text.slice(r.cells[0]!.start, r.cells[0]!.end).replace(/\s+/g, '')));
  // The rows are the text's body: a page that ends in a small table is read as a page.
  return named.length > 0 && named.length >= Math.ceil(rows.length * 0.6) && rows.length >= (lines.length - at - 1) / 2;
}

/**
 * Rows of name, posts, 分工 (a header row naming 姓名 is skipped as a heading). The posts and
 * 分工 cells are read with the same rules as running text, by handing the row to the leader
 * reader as "posts" and a 分管 list (a cell of unit names) or the leader's text.
 */
export function readLeaderTable(ctx: UnitContext, people: PersonDraft[], span?: Span): void {
  const { text, ledger } = ctx;
  // A whole text may be a table lined up with spaces; a section of a page is a tab table.
  const header = span || text.includes('\t') ? undefined : alignedHeader(text);
  if (header) ledger.heading(header);
  let offset = span?.start ?? 0;
  const lines = text
    .slice(span?.start ?? 0, span?.end ?? text.length)
    .split('\n')
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      return { line, start };
    });
  // A tab table's header row (姓名⇥职务⇥简历⇥分工) says which column holds what; without one, the
  // columns are name, posts, 分工 in that order.
  const columns = header ? undefined : tabColumns(lines.map(({ line }) => line));
  const rows = header
    ? alignedRows(text, header).map((row) => row.cells)
    : lines.map(({ line, start }) => (columns ? allCells(line, start) : cellsOf(line, start)));
  for (const cells of rows) {
    const at = (i: number | undefined): Span | undefined => {
      const cell = i === undefined ? undefined : cells[i];
      return cell && cell.end > cell.start ? cell : undefined;
    };
    const [name, posts, given, resume] = columns
      ? [at(columns.name), at(columns.posts), at(columns.portfolio), at(columns.resume)]
      : [cells[0], cells[1], cells[2], undefined];
    if (cells.filter((c) => c.end > c.start).length < 2 || !name || name.end <= name.start) continue;
    const supervises = given && given.end > given.start ? given : undefined;
    // A row's number (序号) is the table's furniture, like its header.
    const number = at(columns?.number);
    if (number && /^\d{1,3}$/u.test(text.slice(number.start, number.end))) ledger.heading(number);
    // 纪委书记⇥（空缺）: a post nobody holds names no leader; the row stays in the report.
    if (VACANT.test(text.slice(name.start, name.end).replace(/\s+/g, ''))) continue;
    // The header row, or a form's label (民族, 工作分工) where a name would stand: no leader.
    if (/姓\s*名|职\s*务/.test(text.slice(name.start, name.end)) || FORM_LABEL.test(text.slice(name.start, name.end))) {
      ledger.heading({ start: cells[0]!.start, end: cells[cells.length - 1]!.end });
      continue;
    }
    readPerson(
      ctx,
      people,
      {
        name,
        head: name,
        posts: posts ? splitCell(text, posts, /[、，,/；;]/g) : [],
        body: supervises ?? { start: name.end, end: name.end },
        ...(resume ? { resumeFields: [resume] } : {}),
      },
      // A cell of unit names alone is the 分管 list; one that says 主持…，分管… reads as running text.
      supervises !== undefined && !/主持|负责|分管|协助|联系|工作/u.test(text.slice(supervises.start, supervises.end)),
    );
  }
}

/**
 * The columns a tab table's header row names, when they are not the usual 姓名⇥职务⇥分工: a 序号
 * column first, a 简历 column, others between.
 */
function tabColumns(
  lines: readonly string[],
): { name: number; posts?: number; portfolio?: number; resume?: number; number?: number } | undefined {
  const row = lines.find((line) => line.includes('\t') && /(?:^|\t)\s*姓\s*名\s*(?:\t|$)/u.test(line));
  if (!row) return undefined;
  const labels = row.split('\t').map((c) => c.replace(/\s+/gu, ''));
  const find = (pattern: RegExp): number | undefined => {
    const i = labels.findIndex((l) => pattern.test(l));
    return i < 0 ? undefined : i;
  };
  const resume = find(/^(?:个人|工作)?简历$|经历$|履历$/u);
  const columns = {
    name: find(/^姓名$/u)!,
    posts: find(/^(?:现任)?职务$|^职位$/u),
    portfolio: find(/分工|职责|分管/u),
    resume,
    number: find(/^(?:序号|编号)$/u),
  };
  // In the usual order, without a 简历, the table reads as before.
  const usual = columns.name === 0 && columns.posts === 1 && (columns.portfolio ?? 2) === 2;
  return columns.name === undefined || (usual && resume === undefined) ? undefined : columns;
}

/** Every cell of a tab row, empty ones too, so that columns keep their places. */
function allCells(line: string, start: number): Span[] {
  const cells: Span[] = [];
  let from = 0;
  for (const cell of line.replace(/\r$/, '').split('\t')) {
    const lead = cell.length - cell.trimStart().length;
    cells.push(
      cell.trim()
        ? { start: start + from + lead, end: start + from + cell.trimEnd().length }
        : { start: start + from, end: start + from },
    );
    from += cell.length + 1;
  }
  return cells;
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
