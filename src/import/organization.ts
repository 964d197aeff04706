import type { OrganizationAliasKind } from '../model/types.js';
import { sentenceSpans } from './duties.js';
import type { Span } from './types.js';
import { isUnitLike, RANK } from './unit-names.js';

/** Facts about the organisation itself, each as the span of text it was copied from. */
export interface OrganizationParts {
  name?: Span;
  rank?: Span;
  category?: Span;
  location?: Span;
  function?: Span;
  description?: Span;
  establishment?: Span;
  documents: { title: Span; number?: Span; issuer?: Span }[];
  /** Second names of the organisation (对外保留…牌子, 加挂…牌子, a bracket after it), with their kind. */
  aliases: { name: Span; kind: OrganizationAliasKind }[];
}

const at = (m: RegExpExecArray, group: number, base: number): Span => {
  const offset = m.index + m[0].indexOf(m[group]!);
  return { start: base + offset, end: base + offset + m[group]!.length };
};

const TITLE_NAME = new RegExp(
  '^\\s*([\\u4e00-\\u9fff（）()]{2,30}?)(?:职能配置|主要职责|机构职能|内设机构|组织机构|机构设置|关于|介绍|简介|概况|' +
    '领导(?:信息|(?:工作)?分工|班子|简介|之窗|成员|\\s*$)|班子成员)',
  'u',
);

/**
 * The organisation's name from a title line: "某某局职能配置、内设机构和人员编制规定", "某某关于印发…",
 * "某某局介绍", "某某县人大常委会领导" (领导 alone ending the line).
 */
export function nameFromTitle(text: string, line: Span): Span | undefined {
  const m = TITLE_NAME.exec(text.slice(line.start, line.end));
  if (!m) return undefined;
  // 某某局局领导分工, 某某档案馆馆领导: the second 局 or 馆 opens the heading word (局领导).
  const name = /([\u4e00-\u9fff])\1$/u.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  const after = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
  // 部门概况, 单位简介, 领导简介: a heading, not a body named 部门 or 领导.
  // 关于调整区政府领导分工的通知: a notice's words, not a name.
  if (/^(?:部门|单位|机构|本局|本单位|本部门|(?:[局厅委办]|政府)?领导)$/u.test(name)) return undefined;
  if (/^(?:关于|调整|成立|印发|转发|明确)/u.test(name)) return undefined;
  // 现任领导班子成员, 新一届领导班子: before 领导 and 班子 only a body's name names the body; and
  // before 领导 alone on its line (学院领导, a heading) only a whole one.
  const body =
    isBodyName(name) ||
    (/领导\s*$/u.test(after) ? name.length >= 4 && isUnitLike(name) : isUnitLike(name) || PLACE_ENDING.test(name));
  if (/^(?:领导|班子)/u.test(after) && !body) return undefined;
  const start = line.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + name.length };
}

/** What kind of body the organisation is: 市政府工作部门, 国务院直属机构, 事业单位… */
const CATEGORY =
  /^([^，,。]{2,20}?(?:组成部门|工作部门|直属机构|办事机构|部门管理机构|直属特设机构|派出机构|派出机关|事业单位))/u;

/** Reads the sentences of the text before the first list or heading (and 第一条/第二条 articles). */
export function readIntro(text: string, span: Span, parts: OrganizationParts): Span[] {
  const used: Span[] = [];
  const own = text.slice(span.start, span.end);
  const infobox: [RegExp, keyof OrganizationParts][] = [
    [/中文名\s*(\S+?)(?=外文名|地\s*点|级\s*别|职\s*能|目录|$)/u, 'name'],
    [/地\s*点\s*(\S+?)(?=级\s*别|职\s*能|目录|$)/u, 'location'],
    [/职\s*能\s*([^\s目]+?)(?=目录|$)/u, 'function'],
  ];
  for (const [re, key] of infobox) {
    const m = re.exec(own);
    if (m && !(key === 'name' && parts.name)) {
      (parts as unknown as Record<string, Span>)[key] = at(m, 1, span.start);
      used.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  for (const s of sentenceSpans(text, span)) {
    const sentence = text.slice(s.start, s.end);
    const est = ESTABLISHED.exec(sentence);
    if (est) {
      parts.name ??= at(est, 1, s.start);
      parts.category = at(est, 2, s.start);
      parts.rank = at(est, 3, s.start);
      parts.establishment = s;
      readDocuments(sentence, s.start, parts);
      used.push(s);
      continue;
    }
    // 省政府办公厅内设18个职能处（室）: the body's name (the count is checked against the units).
    const counted = COUNTED_BY.exec(sentence);
    if (counted && !parts.name && isBodyName(counted[1]!)) {
      parts.name = at(counted, 1, s.start);
      used.push(parts.name);
    }
    // 根据…，设立某某厅（加挂“甲”、“乙”牌子），正厅级。
    const set = /^\s*根据/u.test(sentence) ? SET_UP.exec(sentence) : null;
    if (set && isBodyName(set[1]!)) {
      parts.name ??= at(set, 1, s.start);
      parts.rank ??= at(set, 3, s.start);
      parts.establishment ??= s;
      if (set[2]) {
        const base = s.start + set.index + set[0].indexOf(set[2]);
        for (const p of set[2].matchAll(/“([^”]{2,30})”/gu))
          parts.aliases.push({
            name: { start: base + p.index + 1, end: base + p.index + 1 + p[1]!.length },
            kind: 'added-plate',
          });
      }
      readDocuments(sentence, s.start, parts);
      used.push(s);
      continue;
    }
    // 第一条 根据《…的通知》（某办字〔2018〕76号），制定本规定。: the document that set the body up.
    if (
      /^(?:第[一二三四五六七八九十]+条\s*)?根据[^。《]{0,60}《/u.test(sentence) &&
      readDocuments(sentence, s.start, parts)
    ) {
      used.push(s);
      continue;
    }
    // 某某局是…, or 某某局（简称…）为市政府工作部门，机构规格正科级 (a 三定's 第二条).
    const is = /^(?:第[一二三四五六七八九十]+条\s*)?([\u4e00-\u9fff（）()“”"]{2,40}?)[，,]?\s*(是|为)([^。]*)/u.exec(
      sentence,
    );
    const bare = is?.[1]!.replace(/[（(][^）)]*[）)]$/, '');
    const rest = is ? s.start + is.index + is[0].length - is[3]!.length : 0;
    const category = is ? CATEGORY.exec(is[3]!) : null;
    // A 为-sentence about another body (县某中心为县财政局所属事业单位) gives the organisation nothing.
    const about = !!category && !/所属|下属|直属/u.test(is![3]!) && (!parts.name || sameName(text, parts.name, bare!));
    if (is && bare && isBodyName(bare) && (is[2] === '是' || about)) {
      const nameStart = s.start + is.index + is[0].indexOf(is[1]!);
      parts.name ??= { start: nameStart, end: nameStart + bare.length };
      const short = /^[（(]简称([“"]?)([^）)”"]{2,20})[”"]?[）)]$/u.exec(is[1]!.slice(bare.length));
      if (short) {
        const start = nameStart + bare.length + 3 + short[1]!.length;
        parts.aliases.push({ name: { start, end: start + short[2]!.length }, kind: 'short' });
      }
      const rank = RANK_STATED.exec(is[3]!);
      if (rank) parts.rank ??= at(rank, 1, rest);
      if (category) parts.category ??= at(category, 1, rest);
      parts.description ??= s;
      for (const a of sentence.matchAll(/(保留|加挂)([^，,。；;]{2,30}?)牌子/gu)) {
        parts.aliases.push({
          name: { start: s.start + a.index + 2, end: s.start + a.index + 2 + a[2]!.length },
          kind: a[1] === '保留' ? 'retained-plate' : 'added-plate',
        });
      }
      used.push(s);
    }
  }
  return used;
}

/**
 * A body's own name, not a way of pointing at it (本局, 该局, 全局, 目前全局): at least three
 * characters, ending as bodies' names do.
 */
const OFFICE_ENDING =
  /(?:局|厅|部|委|办|院|署|中心|委员会|办公室|政府|办事处|管委会|政协|常委会|总工会|工商联|科协|妇联|残联|侨联|文联)$/u;
/** A town, a street office, a school or a hospital: a body too, though as often a site's name. */
export const PLACE_ENDING = /(?:[镇乡]|街道|中学|小学|学校|大学|学院|医院|卫生院)$/u;

export function isBodyName(name: string): boolean {
  return (
    name.length >= 3 &&
    !/^(?:本|该|全|目前|现|其|我)/u.test(name) &&
    (OFFICE_ENDING.test(name) || PLACE_ENDING.test(name))
  );
}

/** Whether the name already read is this one. */
function sameName(text: string, name: Span, other: string): boolean {
  return text.slice(name.start, name.end).replace(/\s+/g, '') === other;
}

/** A body's name right before 内设/下设 + a count of units. */
const COUNTED_BY =
  /(?<=^|[\s:：，,。])([\u4e00-\u9fff]{2,30}?(?:厅|局|委|办|院|中心|委员会|办公室|政府|管委会))(?:内设|下设)(?:\d{1,3}|[一二三四五六七八九十]{1,3})个/u;

/** 设立 + name + (加挂“…”、“…”牌子) + rank. */
const SET_UP = new RegExp(
  `设立([\\u4e00-\\u9fff]{2,30}?)(?:[（(]加挂((?:“[^”]{2,30}”、?)+)牌子[)）])?[，,]\\s*(${RANK})`,
  'u',
);
/** 设立某某局，为某某工作部门，正处级建制 (an encyclopedia's 简介). */
const ESTABLISHED = new RegExp(
  `设立([\\u4e00-\\u9fff]{2,30}?)(?:\\[\\d+\\])?[，,]\\s*为([^，,。]{2,30}?)[，,]\\s*(${RANK})建制`,
  'u',
);
/** The rank in what a body is said to be: 为正科级, 机构规格正科级. */
const RANK_STATED = new RegExp(`(?:为|机构规格为?|规格为?)(${RANK})`, 'u');

/** The documents cited with their number (《标题》（某发〔2018〕76号）) in a sentence; how many. */
function readDocuments(sentence: string, base: number, parts: OrganizationParts): number {
  let found = 0;
  for (const d of sentence.matchAll(/《([^》]+)》\s*[（(]([^（()）]*?〔\d{4}〕\d+号)[)）]/gu)) {
    const title = { start: base + d.index + 1, end: base + d.index + 1 + d[1]!.length };
    const number = {
      start: base + d.index + d[0].indexOf(d[2]!),
      end: base + d.index + d[0].indexOf(d[2]!) + d[2]!.length,
    };
    // Who issued it: the words before 关于 in its title, or before the title (根据某厅、某办《关于…》).
    const inTitle = /^(.{2,40}?)关于/u.exec(d[1]!);
    const before = /(?:根据|[)）][和及、]|^)\s*([^《》()（）。，,]{2,40}?)$/u.exec(sentence.slice(0, d.index));
    const issuer = inTitle
      ? { start: title.start, end: title.start + inTitle[1]!.length }
      : before && /(?:厅|委|府|部|局|办|院|会|室)$/.test(before[1]!)
        ? { start: base + d.index - before[1]!.length, end: base + d.index }
        : undefined;
    parts.documents.push({ title, number, ...(issuer ? { issuer } : {}) });
    found++;
  }
  return found;
}
