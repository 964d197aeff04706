import type { PersonParts } from './leaders.js';
import { isPersonName, POST } from './posts.js';
import type { Span } from './types.js';

/** A field line of a 领导信息 record: its label and where its value starts. */
const FIELD = /^[ \t\u3000]*([\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,5})[ \t\u3000]*[:：][ \t\u3000]*/u;
const NAME_LABEL = /^姓\s*名$/u;
const POSTS_LABEL = /^(?:职\s*务|现任职务|职\s*位)$/u;
const PORTFOLIO_LABEL = /^(?:工作)?分\s*工$|^(?:工作)?职\s*责$|^分管(?:工作)?$|^主要职责$/u;
const ONE_POST = new RegExp(POST, 'gu');

/** Where a field starts inside a line: 姓名：张三　　职务：局长 (a row of a pasted table). */
const INNER_FIELD =
  /[ \t\u3000]+(?=(?:姓\s*名|职\s*务|现任职务|(?:工作)?分\s*工|简历|出生年月|籍贯|学历|民族|政治面貌|联系电话)[ \t\u3000]*[:：])/gu;

/** The lines of a span, and the fields side by side on one line, each with its start. */
function lines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n') {
      let from = start;
      for (const m of text.slice(start, i).matchAll(INNER_FIELD)) {
        out.push({ start: from, end: start + m.index });
        from = start + m.index + m[0].length;
      }
      out.push({ start: from, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * 领导信息 written as records of labelled lines, the common layout of a portal's leaders page:
 * 姓名：张三 / 职务：局长、党组书记 / 分工：主持全面工作… . Each 姓名 line opens a record; its 职务
 * gives the posts, its 分工 (or 工作分工, 职责, 分管) the text about the leader, which may run on
 * over the lines below until the next label. Other fields (简历, 出生年月, 籍贯…) have no place in
 * the dataset and stay for the report. The labels are the record's frame.
 */
export function findPersonRecords(text: string, span: Span): PersonParts[] {
  const records: { name: Span; head: Span; posts: Span[]; body?: Span; frames: Span[] }[] = [];
  let field: 'portfolio' | 'other' | undefined;
  for (const line of lines(text, span)) {
    const own = text.slice(line.start, line.end);
    const m = FIELD.exec(own);
    const label = m?.[1]!.replace(/\s+/g, '');
    const value = m ? { start: line.start + m[0].length, end: line.start + own.trimEnd().length } : undefined;
    const record = records[records.length - 1];
    if (m && NAME_LABEL.test(label!) && value) {
      const name = text.slice(value.start, value.end);
      field = undefined;
      if (!isPersonName(name.replace(/\s+/g, ''))) continue;
      records.push({
        name: value,
        head: { start: line.start + own.search(/\S/), end: value.start },
        posts: [],
        frames: [],
      });
      continue;
    }
    if (!record) continue;
    if (m && value) {
      field = PORTFOLIO_LABEL.test(label!) ? 'portfolio' : 'other';
      if (POSTS_LABEL.test(label!)) {
        record.frames.push({ start: line.start, end: value.start });
        for (const p of text.slice(value.start, value.end).matchAll(ONE_POST))
          record.posts.push({ start: value.start + p.index, end: value.start + p.index + p[0].length });
        field = 'other';
      } else if (field === 'portfolio' && !record.body) {
        record.frames.push({ start: line.start, end: value.start });
        record.body = value;
      }
      continue;
    }
    // A line without a label goes on with the field above it (a 分工 over several lines).
    if (field === 'portfolio' && record.body && own.trim()) record.body = { start: record.body.start, end: line.end };
    else if (!own.trim()) field = undefined;
  }
  return records.map((r) => {
    const body = r.body ?? { start: r.name.end, end: r.name.end };
    return { name: r.name, posts: r.posts, head: r.head, body, labelled: true, frames: r.frames };
  });
}
