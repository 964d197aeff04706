import { BULLET, nameLine, NUMBER } from './leader-lines.js';
import { isBodyName } from './organization.js';
import { isPostList } from './posts.js';
import type { UnitKind } from '../model/types.js';
import type { Span } from './types.js';

/** What a stretch of text under one heading (or after one cue sentence) holds. */
export type SectionKind =
  'intro' | 'adjustments' | 'duties' | 'units' | 'staffing' | 'leaders' | 'references' | 'other';

export interface Section {
  readonly kind: SectionKind;
  /** For unit sections: the kind of unit they list. */
  readonly unitKind?: UnitKind;
}

export interface Heading extends Section {
  readonly span: Span;
  /** Words before the heading word on its line ("某某局" of "某某局机构职能"), when there are any. */
  readonly prefix?: Span;
  /** A breadcrumb's last crumb: it heads the page but names no body. */
  readonly crumb?: boolean;
}

/** Heading words, longest first within a kind, mapped to what follows them. */
const HEADINGS: readonly [RegExp, Section][] = [
  [/^(?:职责调整|职能调整|职能转变)$/, { kind: 'adjustments' }],
  [/^(?:主要职责|主要职能|职能职责|部门职责|工作职责|机构职能|职责)$/, { kind: 'duties' }],
  [
    // A hospital's or a school's departments: 职能科室, 临床科室, 医技科室.
    /^(?:内设机构|内设机构职责|机构设置(?:及职能)?|处室设置|科室设置|内设科室|处室职责|科室职责|组织机构|职能科室|行政科室|业务科室|临床科室|医技科室)$/,
    { kind: 'units', unitKind: 'internal' },
  ],
  [/^(?:派出机构|派驻机构)$/, { kind: 'units', unitKind: 'dispatched' }],
  [
    /^(?:直属单位|直属机构|下属单位|下属机构|所属单位|事业单位|直属事业单位|所属事业单位|事业单位职责|所属事业站所|事业站所)$/,
    { kind: 'units', unitKind: 'affiliated' },
  ],
  [/^(?:人员编制|编制|机构编制|人员编制和领导职数)$/, { kind: 'staffing' }],
  [
    /^(?:现任领导|领导班子成员|领导班子|领导(?:工作)?分工|领导信息|领导成员|班子成员|负责人|领导之窗|领导介绍|领导简介|领导简历|主要领导)$/,
    { kind: 'leaders' },
  ],
  [
    /^(?:政府|局|厅|委|会|院|校|所|中心|镇|乡|街道|政协|人大)领导(?:(?:工作)?分工|信息|简介|介绍|简历|成员|班子|工作职责)?$/,
    { kind: 'leaders' },
  ],
  [/^(?:工作分工|班子分工|分工情况|职责分工)$/, { kind: 'leaders' }],
  [/^(?:简介|概况|机构概况|部门概况|单位概况|基本情况|单位简介|机构简介)$/, { kind: 'intro' }],
  [/^(?:参考资料|参考文献)$/, { kind: 'references' }],
];

export function sectionFor(word: string): Section | undefined {
  return HEADINGS.find(([re]) => re.test(word))?.[1];
}

const NARROW_WORDS =
  /^(?:职能科室|行政科室|业务科室|临床科室|医技科室|事业单位职责|所属事业单位|所属事业站所|事业站所|内设机构职责|(?:院|校|所|中心|镇|乡|街道)领导)$/u;
const BODY_BEFORE = /(?:局|厅|委|办|院|中心|镇|乡|街道|县|市|区|学校|中学|小学|医院|办事处|政府)$/u;

const WORDS =
  '职责调整|职能调整|职能转变|主要职责|主要职能|职能职责|部门职责|工作职责|机构职能|内设机构职责|内设机构|' +
  '机构设置及职能|机构设置|组织机构|处室设置|科室设置|内设科室|处室职责|科室职责|派出机构|' +
  '派驻机构|所属事业站所|事业站所|事业单位职责|所属事业单位|直属事业单位|直属单位|直属机构|下属单位|下属机构|所属单位|' +
  '事业单位|职能科室|行政科室|业务科室|临床科室|医技科室|人员编制和领导职数|' +
  '人员编制|机构编制|现任领导|领导班子成员|领导班子|领导(?:工作)?分工|领导信息|领导成员|班子成员|负责人|领导之窗|' +
  '领导介绍|领导简介|领导简历|主要领导|' +
  '(?:政府|局|厅|委|会|院|校|所|中心|镇|乡|街道|政协|人大)领导(?:(?:工作)?分工|信息|简介|介绍|简历|成员|班子|工作职责)?|工作分工|班子分工|分工情况|职责分工|机构概况|部门概况|' +
  '单位概况|基本情况|单位简介|机构简介|简介|概况|参考资料|参考文献';
/**
 * A line that is only a heading: optional number, optional body name, the word, optional colon;
 * a wiki's edit link after it ([编辑]) is part of the heading.
 */
const LINE_HEADING = new RegExp(
  `^[ \\t\\u3000]*(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|` +
    `第[一二三四五六七八九十]{1,3}(?:章|部分|节|部|篇)|\\d{1,2}[.．、])[ \\t\\u3000]*)?` +
    `([^\\n。；;，,：:>›»＞]{0,24}?)(${WORDS})[ \\t\\u3000]*(?:\\[编辑\\])?[:：]?[ \\t\\u3000]*$`,
  'gmu',
);
/** A breadcrumb (首页 > 机构概况 > 内设机构): its last crumb, when a heading word, heads the page. */
const BREADCRUMB = new RegExp(`^[^\\n]*[>›»＞][ \\t\\u3000]*(${WORDS})[ \\t\\u3000]*$`, 'gmu');
/** An encyclopedia heading run into the text: [body name] word 编辑 (its edit link). */
const EDIT_HEADING = new RegExp(`(${WORDS})编辑`, 'gu');
/**
 * A label that opens its own paragraph (only the words that never head a unit's own 职责: line), at
 * a line's start, or after a sentence when it says 是/为 (…现有聘员72名。主要职责是：一是…; not a
 * unit's （一）办公室。主要职责：…, which is the unit's own).
 */
const LABEL_HEADING =
  /(?:^[ \t\u3000]*(主要职责|主要职能|部门职责)|(?<=。)(主要职责|主要职能)(?:是|为))[ \t\u3000]*[:：](?=[ \t\u3000]*\S)/gmu;
/** A table's header row over its units: 科室名称⇥主要职责, 序号  机构名称  职责. */
const TABLE_HEADING =
  /^[ \t\u3000]*(?:序号[ \t\u3000]+)?(?:科室|处室|股室|机构|内设机构|部门)(?:名称)?[ \t\u3000]+(?:主要)?(?:职责|职能)[ \t\u3000]*$/gmu;
const INLINE_REFERENCES = /(?<=[。\]】])参考资料(?=\s*\d)/gu;

/**
 * Every heading with its span. An encyclopedia heading takes with it the body name before it
 * (the longest ending shared by the text before each such heading, e.g. 某市某某局); that
 * name is returned so the organisation can be named from it.
 */
/** A heading word that opens with the last word of a body's name (局领导, 政府领导分工, 管委会领导). */
const BODY_IN_WORD = /^(政府|局|厅|委|会|院|中心|镇|乡|街道|政协|人大)领导/u;

/** 分工 words that a leader's record also uses as a field's label on a line of its own. */
const FIELD_LABEL_WORDS = /^(?:工作分工|职责分工|工作职责)$/u;

/**
 * Whether the line before a 工作分工 line (the text `before` it ends with) is a leader's: a
 * résumé's sentence, a line of titles, or a name with its titles (某某　党委委员、副总经理).
 */
function underLeader(before: string): boolean {
  if (/[。；;]\s*\n[ \t\u3000]*$/u.test(before)) return true;
  // 二、党组成员、副局长　邱某燕⏎工作职责：: a list's number or bullet before the leader.
  const marked = /([^\n]*)\n[ \t\u3000]*$/u.exec(before)?.[1] ?? '';
  const line = marked.replace(NUMBER, '').replace(BULLET, '').trim();
  if (!line) return false;
  if (isPostList(line)) return true;
  const found = nameLine(line, { start: 0, end: line.length });
  return !!found && found.posts.length > 0;
}

export function findHeadings(text: string): { headings: Heading[]; repeatedName?: Span } {
  const headings: Heading[] = [];
  for (const m of text.matchAll(LINE_HEADING)) {
    const section = sectionFor(m[2]!);
    if (!section) continue;
    // 临床科室, 镇领导, 事业单位职责 end many a duty's line (负责协调中心各业务科室, 分管临床科室):
    // a heading only alone on its line or after the name of a body.
    if (NARROW_WORDS.test(m[2]!) && m[1]!.trim() !== '' && !BODY_BEFORE.test(m[1]!.trim())) continue;
    // 工作分工 under a leader's résumé sentence (…现任副局长。⏎工作分工⏎负责…): the label of that
    // leader's text, not a heading.
    if (FIELD_LABEL_WORDS.test(m[2]!) && !m[1]!.trim() && underLeader(text.slice(0, m.index + m[1]!.length))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const words = m[1]!.trim();
    // The words end where the heading word starts (the number before them may share characters).
    const wordAt = m.index + m[0].lastIndexOf(m[2]!, m[0].length - (m[0].length - m[0].trimEnd().length));
    const at = wordAt - m[1]!.length + m[1]!.indexOf(words);
    // 某某县教育局领导, 某某市政府领导分工: the body's own last word (局, 政府) opens the heading word.
    const own = BODY_IN_WORD.exec(m[2]!)?.[1] ?? '';
    const joined =
      own &&
      !/\s/u.test(words) &&
      text.startsWith(own, at + words.length) &&
      // 某某县人大常委会领导: 常委 names a body too, but the line's is the 常委会.
      (own === '会' || !isBodyName(words)) &&
      isBodyName(words + own);
    const end = at + words.length + (joined ? own.length : 0);
    headings.push(words ? { ...section, span, prefix: { start: at, end } } : { ...section, span });
  }
  for (const m of text.matchAll(BREADCRUMB)) {
    const section = sectionFor(m[1]!);
    if (section) headings.push({ ...section, span: { start: m.index, end: m.index + m[0].length }, crumb: true });
  }
  // A table of units with their duties is a list of units, though its header row says 职责.
  for (const m of text.matchAll(TABLE_HEADING)) {
    const span = { start: m.index, end: m.index + m[0].length };
    for (let i = headings.length - 1; i >= 0; i--) if (headings[i]!.span.start === span.start) headings.splice(i, 1);
    headings.push({ ...sectionFor('内设机构')!, span });
  }
  // "主要职责：…" at a line's start: the label is a heading, the text after it is the section's.
  for (const m of text.matchAll(LABEL_HEADING)) {
    const section = sectionFor((m[1] ?? m[2])!);
    if (section) headings.push({ ...section, span: { start: m.index, end: m.index + m[0].length } });
  }
  const edits = [...text.matchAll(EDIT_HEADING)];
  const shared = sharedEnding(edits.map((m) => text.slice(Math.max(0, m.index - 24), m.index)));
  let repeatedName: Span | undefined;
  for (const m of edits) {
    const section = sectionFor(m[1]!);
    if (!section) continue;
    const start = m.index - shared.length;
    if (shared.length > 0 && !repeatedName) repeatedName = { start, end: m.index };
    headings.push({ ...section, span: { start, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(INLINE_REFERENCES)) {
    headings.push({ kind: 'references', span: { start: m.index, end: m.index + m[0].length } });
  }
  headings.sort((a, b) => a.span.start - b.span.start);
  return repeatedName ? { headings: dropOverlaps(headings), repeatedName } : { headings: dropOverlaps(headings) };
}

function sharedEnding(befores: readonly string[]): string {
  if (befores.length < 2) return '';
  let n = 0;
  while (befores.every((b) => b.length > n && b[b.length - 1 - n] === befores[0]![befores[0]!.length - 1 - n])) n++;
  // Only whole names: at least two characters, none of them punctuation or space.
  const ending = befores[0]!.slice(befores[0]!.length - n);
  const clean = ending.replace(/^.*[\s。；，、：:;,.\])）】]/u, '');
  return clean.length >= 2 ? clean : '';
}

function dropOverlaps(headings: Heading[]): Heading[] {
  const kept: Heading[] = [];
  for (const h of headings) {
    const last = kept[kept.length - 1];
    if (!last || h.span.start >= last.span.end) kept.push(h);
  }
  return kept;
}

/** Sentences that open a list without being headings: "主要职责是：", "设下列内设机构：", "其职能如下：". */
export function cueSection(sentence: string): Section | undefined {
  if (/派出(?:机构|分局)|设立[^。]{0,20}分局/.test(sentence)) return { kind: 'units', unitKind: 'dispatched' };
  if (/直属(?:单位|事业单位)/.test(sentence)) return { kind: 'units', unitKind: 'affiliated' };
  if (
    /设[^。]{0,30}内设机构|设下列|设(?:\d+|[一二三四五六七八九十]+)个(?:内设|职能)?(?:机构|处室|科室|司局|处|科|室|局)|职能司局/.test(
      sentence,
    )
  )
    return { kind: 'units', unitKind: 'internal' };
  if (/(?:主要职责|主要职能|职能|职责)(?:是|如下|为)\s*[:：]?\s*$/.test(sentence)) return { kind: 'duties' };
  // 第三条　主要职责。: an article that is only its title.
  if (/^\s*(?:第[一二三四五六七八九十]{1,3}条[ \t\u3000]*)?(?:主要职责|主要职能|职能职责)[。.]?\s*$/u.test(sentence))
    return { kind: 'duties' };
  if (/(?:行政|事业)编制|领导职数/.test(sentence)) return { kind: 'staffing' };
  return undefined;
}
