import { CAREER_LINE } from './career-line.js';
import type { PersonParts } from './leaders.js';
import { isPersonName, ONE_POST, POST_LIST, postSpans } from './posts.js';
import type { Span } from './types.js';

/** A field line of a 领导信息 record: its label and where its value starts. */
const FIELD = /^[ \t\u3000]*([\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,5})[ \t\u3000]*[:：][ \t\u3000]*/u;
const NAME_LABEL = /^姓名$/u;
/** A line that opens with posts and a colon (镇长：, 镇党委副书记、镇长：), the name after it. */
const POSTS_HEAD = new RegExp(`^[ \\t\\u3000]*(${POST_LIST})[ \\t\\u3000]*[:：][ \\t\\u3000]*`, 'u');
const POSTS_LABEL = /^(?:职务|现任职务|职位)$/u;
/** The labels of the field that says what a leader does (分工：…). */
// 分管工作：主持…，分管… is the 分工 too; 分管工作：办公室、人事处 lists the units supervised.
export const PORTFOLIO_WORDS =
  '(?:工作)?分\\s*工|(?:工作)?职\\s*责|主要职责|分管工作(?=[ \\t\\u3000]*[:：][ \\t\\u3000]*(?:主持|负责|协助|分管|联系|领导))';
/** The labels of the résumé's own text (简历：男，汉族，…, 工作经历：…): a frame, not part of it. */
export const RESUME_HEADS = '(?:个人|工作)?简\\s*历|(?:工作|主要|任职)经历|(?:个人)?履\\s*历';
/** The labels of a résumé's fields: the résumé itself, and facts it gives field by field. */
export const RESUME_WORDS =
  `${RESUME_HEADS}|出生年月|出生日期|出生地|性别|籍贯|学历|学位|民族|政治面貌|参加工作时间|入党时间|` +
  '职称|专业技术职务|毕业院校|派出单位|原单位|原工作单位|挂职时间|挂职期限';
const RESUME_FIELD = new RegExp(`^(?:${RESUME_WORDS})$`, 'u');
/** A label at a line's start, spaces inside it allowed (性　　别：), and its colon. */
const LABEL_AT = /^[ \t\u3000]*([\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,6})[ \t\u3000]*[:：][ \t\u3000]*/u;

/**
 * A résumé field's label at the start of `line` (出生年月：, 性　　别：, 简历：): the label without its
 * spaces, whether it heads the résumé's own text (简历, 工作经历), and how long it is with its colon.
 */
export function resumeLabelAt(line: string): { word: string; head: boolean; length: number } | undefined {
  const m = LABEL_AT.exec(line);
  const word = m?.[1]!.replace(/[ \t\u3000]+/gu, '');
  return m && RESUME_FIELD.test(word!)
    ? { word: word!, head: RESUME_HEAD.test(word!), length: m[0].length }
    : undefined;
}

/** 其间：…, a résumé's remark on the entry above it. */
const INTERIM = /^[其期]间$/u;
/** Where 籍贯：江苏苏州 is a fact of the résumé, 简历：… is its text under a label. */
const RESUME_HEAD = new RegExp(`^(?:${RESUME_HEADS})$`, 'u');
/** The field that says what the leader does, and the lists that may follow it as fields of their own. */
const PORTFOLIO_LABEL = new RegExp(`^(?:${PORTFOLIO_WORDS})$`, 'u');
const LIST_LABEL = /^(?:分管|分管单位|分管工作|联系|联系单位|协助)$/u;
/** Where a field starts inside a line: 姓名：张三　　职务：局长 (a row of a pasted table). */
const INNER_FIELD = new RegExp(
  `[ \\t\\u3000]+(?=(?:姓\\s*名|性\\s*别|职\\s*务|职\\s*位|现任职务|${PORTFOLIO_WORDS}|` +
    `分管(?:单位|工作)?|联系(?:单位|电话)?|协助|${RESUME_WORDS})[ \\t\\u3000]*[:：])`,
  'gu',
);

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

interface Record {
  readonly name: Span;
  readonly head: Span;
  readonly posts: Span[];
  body?: Span;
  readonly frames: Span[];
  readonly resume: Span[];
  /** Where the record's lines end. */
  end: number;
}

/**
 * 领导信息 written as records of labelled lines, the common layout of a portal's leaders page:
 * 姓名：张三 / 职务：局长、党组书记 / 分工：主持全面工作… . Each 姓名 line opens a record; its 职务
 * gives the posts, its 分工 (or 工作分工, 职责) the text about the leader over the lines below it,
 * with 分管：/联系：/协助： fields as part of it. Résumé fields (简历：…, 出生年月：…, over the lines
 * below them) are the résumé; others (联系电话…) have no place in the dataset and stay for the
 * report. A record with neither posts nor 分工 (信息公开联系人 姓名：王芳) is nobody's leader and is
 * not returned. The labels are the record's frame.
 */
export function findPersonRecords(text: string, span: Span): { people: PersonParts[]; regions: Span[] } {
  const records: Record[] = [];
  let current: Record | undefined;
  let field: 'portfolio' | 'resume' | 'other' | undefined;
  // 职务：局长⏎姓名：张三: posts given just before the name are the next record's.
  let pending: { frame: Span; posts: Span[] } | undefined;
  const all = lines(text, span);
  const labelOf = (line: Span): string | undefined =>
    FIELD.exec(text.slice(line.start, line.end))?.[1]!.replace(/[ \t\u3000]+/g, '');
  for (const [k, line] of all.entries()) {
    const own = text.slice(line.start, line.end);
    const m = FIELD.exec(own);
    const label = m?.[1]!.replace(/[ \t\u3000]+/g, '');
    const value = m ? { start: line.start + m[0].length, end: line.start + own.trimEnd().length } : undefined;
    let after = k + 1;
    while (after < all.length && !text.slice(all[after]!.start, all[after]!.end).trim()) after++;
    const nextLine = all[after];
    if (m && value && POSTS_LABEL.test(label!) && nextLine && NAME_LABEL.test(labelOf(nextLine) ?? '')) {
      pending = { frame: { start: line.start, end: value.start }, posts: postsIn(text, value) };
      continue;
    }
    // 镇长：李某梅同志⏎性别：女…⏎工作分工：…: a record opened by its post, the name as its value, when
    // a résumé's facts follow (局长：张三⏎分工：… stays a list line of the leader forms).
    const facts = nextLine ? resumeLabelAt(text.slice(nextLine.start, nextLine.end)) : undefined;
    // 镇党委副书记、镇长：许某娟 too: the posts may be a list.
    const head = facts && !facts.head ? POSTS_HEAD.exec(own) : null;
    const named = head ? { start: line.start + head[0].length, end: line.start + own.trimEnd().length } : undefined;
    const titled = named ? /^(.+?)(?:同志)?$/u.exec(text.slice(named.start, named.end))?.[1] : undefined;
    if (head && named && titled && isPersonName(titled.replace(/\s+/g, ''))) {
      field = undefined;
      const at = line.start + own.search(/\S/);
      current = {
        name: { start: named.start, end: named.start + titled.length },
        head: { start: at, end: named.start },
        posts: postSpans(text, { start: at, end: at + head[1]!.length }),
        // 同志 after the name is placed with it.
        frames: [{ start: named.start + titled.length, end: named.end }],
        resume: [],
        end: line.end,
      };
      records.push(current);
      continue;
    }
    if (m && value && NAME_LABEL.test(label!)) {
      // 姓名：李四（女）: the bracket is not the name.
      const written = text.slice(value.start, value.end).replace(/[（(][^（()）]*[)）]$/u, '');
      field = undefined;
      current = isPersonName(written.replace(/\s+/g, ''))
        ? {
            name: { start: value.start, end: value.start + written.length },
            head: { start: pending?.frame.start ?? line.start + own.search(/\S/), end: value.start },
            posts: pending?.posts ?? [],
            frames: pending ? [pending.frame] : [],
            resume: [],
            end: line.end,
          }
        : undefined;
      pending = undefined;
      if (current) records.push(current);
      continue;
    }
    if (!current) continue;
    if (m && value) {
      current.end = line.end;
      if (POSTS_LABEL.test(label!)) {
        current.frames.push({ start: line.start, end: value.start });
        current.posts.push(...postsIn(text, value));
        field = 'other';
      } else if (PORTFOLIO_LABEL.test(label!) && !current.body) {
        current.frames.push({ start: line.start, end: value.start });
        current.body = value;
        field = 'portfolio';
      } else if (LIST_LABEL.test(label!) && (!current.body || field === 'portfolio')) {
        // 分管：甲、乙 / 联系：丙 read as the 分管/联系 clauses of the text about the leader.
        current.body = { start: current.body?.start ?? line.start + own.search(/\S/), end: value.end };
        field = 'portfolio';
      } else if (field === 'resume' && INTERIM.test(label!)) {
        // 其间：2006.09—2008.12在…学习, a line of the 简历 above it.
        current.resume.push(line);
        current.end = line.end;
        continue;
      } else if (RESUME_FIELD.test(label!)) {
        if (!RESUME_HEAD.test(label!)) current.resume.push({ start: line.start + own.search(/\S/), end: value.end });
        else {
          current.frames.push({ start: line.start, end: value.start });
          if (value.end > value.start) current.resume.push(value);
        }
        field = 'resume';
      } else field = 'other';
      continue;
    }
    // A line without a label goes on with the field above it (a 分工 over several lines).
    if (!own.trim()) field = undefined;
    else if (field === 'portfolio' && current.body) {
      current.body = { start: current.body.start, end: line.end };
      current.end = line.end;
    } else if (field === 'resume' || (field !== 'portfolio' && CAREER_LINE.test(own.trim()))) {
      // A 简历's lines, or dated career lines under a record's fields without a 简历 label.
      current.resume.push(line);
      current.end = line.end;
      field = 'resume';
    }
  }
  const leaders = records.filter((r) => r.posts.length > 0 || r.body);
  return {
    people: leaders.map((r) => ({
      name: r.name,
      posts: r.posts,
      head: r.head,
      body: r.body ?? { start: r.name.end, end: r.name.end },
      labelled: true,
      frames: r.frames,
      ...(r.resume.length ? { resumeFields: r.resume } : {}),
    })),
    regions: leaders.map((r) => ({ start: r.head.start, end: r.end })),
  };
}

/** The titles in a 职务 field's value. */
function postsIn(text: string, value: Span): Span[] {
  return [...text.slice(value.start, value.end).matchAll(ONE_POST)].map((p) => ({
    start: value.start + p.index,
    end: value.start + p.index + p[0].length,
  }));
}
