import type { UnitKind } from '../model/types.js';
import type { UnitDraft } from './drafts.js';
import { textOf } from './spans.js';
import type { Span } from './types.js';
import { isUnitLike } from './unit-names.js';
import { unitNamed, type UnitContext } from './units.js';
import { BRACKET_NOTE, bracketOf } from './unit-prose.js';

/** What a count names: 内设机构, 股室, 直属事业单位, 二级单位… */
const KIND_WORD =
  '(?:内设|职能|管理|业务|行政)?(?:机构|科室|股室|处室|科|股|处|室)|(?:直属|下属|所属|二级)?(?:事业)?单位|' +
  '(?:直属|下属)(?:机构|事业单位)';
const COUNT = '(\\d{1,3}|[一二三四五六七八九十]{1,3})个';
/** A bare 设 opens a list only at a clause's start or right after the body's name (某局设…). */
const BODY_END = '[\\u4e00-\\u9fff]{1,12}?(?:局|委|办|室|中心|政府|委员会)';
/** 下设甲、乙、丙3个内设机构 (the list, then its count and kind); the verb opens a clause. */
const LIST_THEN_COUNT = new RegExp(
  // A joint subject too: 镇党委、镇政府内设… (a town's party committee and government).
  `(?<=^|[\\s，,。；;：:])(?:(?:[\\u4e00-\\u9fff]{1,6}、)?[\\u4e00-\\u9fff]{0,6}?(?:下设|内设|下辖|设有|设立|设置)|(?:${BODY_END})?设)` +
    `((?:[^、，,。；;：:]{2,30}、)+[^、，,。；;：:]{2,30}?)(?:等)?${COUNT}(${KIND_WORD})`,
  'gu',
);
/** The list, count and kind of a second clause right after a first (，甲、乙等10个业务科室). */
const RUN_ON = new RegExp(
  `^[，,](?![\\u4e00-\\u9fff]{0,6}?(?:设|辖|有|包括))((?:[^、，,。；;：:]{2,30}、)+[^、，,。；;：:]{2,30}?)(?:等)?${COUNT}(${KIND_WORD})`,
  'u',
);
/** 内设3个管理机构：甲、乙、丙 (the count and kind, a colon, the list up to the clause's end). */
const COUNT_THEN_LIST = new RegExp(
  `${COUNT}(${KIND_WORD})[:：]((?:[^、，,。；;：:]{2,30}、)*[^、，,。；;：:]{2,30})`,
  'gu',
);

const DIGITS = '一二三四五六七八九';

/** 21, 二十一, 十, 三: the count as a number. */
export function numberOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const [tens, ones] = written.includes('十') ? written.split('十') : ['', written];
  const digit = (d: string | undefined): number => DIGITS.indexOf(d ?? '') + 1;
  return written.includes('十') ? (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0) : digit(ones);
}

/** 下辖甲局、乙局、丙局。 (no count: the list ends the clause, and every item must read as a name). */
const SUBORDINATE_LIST =
  /(?<=^|[\s，,。；;：:])(?:[\u4e00-\u9fff]{1,6}?)?下辖((?:[^、，,。；;：:]{2,30}、)+[^、，,。；;：:]{2,30})(?=[，,。；;]|$)/gu;

/** 河口派出所和交警大队: two names joined by 和/及/与, when both read as names. */
function joined(text: string, piece: Span): Span[] {
  const own = text.slice(piece.start, piece.end);
  for (const m of own.matchAll(/[和及与]/gu)) {
    if (isUnitLike(own.slice(0, m.index)) && isUnitLike(own.slice(m.index + 1)))
      return [
        { start: piece.start, end: piece.start + m.index },
        { start: piece.start + m.index + 1, end: piece.end },
      ];
  }
  return [piece];
}

/** A short name without a clause in it: 气象台, not 县商务局进行了巡察. */
const SHORT_NOUN = /^[\u4e00-\u9fff]{2,6}$/u;
const CLAUSE_WORD = /了|进行|获|被|均|和|及|的/u;

/** The kind of unit a count's word names. */
function kindOf(word: string): UnitKind {
  return /单位|直属|下属|所属/.test(word) ? 'affiliated' : 'internal';
}

/** Splits a list on 、 outside brackets; each piece's span. */
function pieces(text: string, list: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = list.start;
  for (let i = list.start; i <= list.end; i++) {
    const ch = i < list.end ? text[i]! : '、';
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '、' && depth === 0) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/**
 * Units named in a counted list inside a sentence: "下设综合科、机构编制科、监督检查室4个内设机构",
 * "内设3个管理机构：办公室（含…）、业务科、计划财务科". Every item must read as a unit's name (a
 * bracket after it is its note or second name), else the list is left for the report. A unit
 * already read keeps its entry.
 */
export function readCountedUnits(ctx: UnitContext, sentence: Span): UnitDraft[] {
  const { text, ledger } = ctx;
  const own = text.slice(sentence.start, sentence.end);
  const found: UnitDraft[] = [];
  const lists: { list: Span; kind: UnitKind; whole: Span; count: number }[] = [];
  for (const m of own.matchAll(LIST_THEN_COUNT)) {
    const start = sentence.start + m.index + m[0].indexOf(m[1]!);
    const whole = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    lists.push({ list: { start, end: start + m[1]!.length }, kind: kindOf(m[3]!), whole, count: numberOf(m[2]!) });
    // …等6个行政科室，传染病防制科、免疫规划科等10个业务科室: a second list run on after a comma.
    const next = RUN_ON.exec(text.slice(whole.end, sentence.end));
    if (next) {
      const at = whole.end + next[0].indexOf(next[1]!);
      const runOn = { start: whole.end, end: whole.end + next[0].length };
      lists.push({
        list: { start: at, end: at + next[1]!.length },
        kind: kindOf(next[3]!),
        whole: runOn,
        count: numberOf(next[2]!),
      });
    }
  }
  for (const m of own.matchAll(COUNT_THEN_LIST)) {
    // 内设3个管理机构：… (a verb before the count), or a second list run on from one (，4个直属事业
    // 单位：…); not 对5个单位：…进行了巡察.
    const before = own.slice(0, m.index);
    const previous = lists[lists.length - 1];
    const runOn = previous && /^[，,、]\s*$/.test(text.slice(previous.whole.end, sentence.start + m.index));
    if (!/(?:内设|下设|下辖|设有|设立|设置|设)$/u.test(before) && !runOn) continue;
    const start = sentence.start + m.index + m[0].lastIndexOf(m[3]!);
    const whole = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    lists.push({ list: { start, end: start + m[3]!.length }, kind: kindOf(m[2]!), whole, count: numberOf(m[1]!) });
  }
  for (const m of own.matchAll(SUBORDINATE_LIST)) {
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const whole = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (!lists.some((l) => l.whole.start < whole.end && whole.start < l.whole.end))
      lists.push({ list: { start, end: whole.end }, kind: 'affiliated', whole, count: 0 });
  }
  for (const { list, kind, whole, count } of lists) {
    // 所属某中心内设3个股室：… are another body's units, not the organisation's.
    const clause =
      own
        .slice(0, whole.start - sentence.start)
        .split(/[，,；;：:]/u)
        .pop() ?? '';
    if (/所属|下属|直属|二级/u.test(clause)) continue;
    const items = pieces(text, list)
      .flatMap((p) => joined(text, p))
      .map((p) => {
        const written = text.slice(p.start, p.end);
        const bracket = /[（(][^（()）]*[)）]\s*$/u.exec(written);
        const name = bracket ? { start: p.start, end: p.start + bracket.index } : p;
        return { name, note: bracket ? { start: name.end + 1, end: p.end - 1 } : undefined };
      });
    // Every item reads as a unit's name, or the count says how many there are and the others are
    // short nouns (气象台), not a clause run on (县商务局进行了巡察, 12个村委会).
    const names = items.map((i) => textOf(text, i.name));
    const named = names.filter((n) => isUnitLike(n)).length;
    const odd = names.filter((n) => !isUnitLike(n));
    if (items.length < 2 || names.some((n) => /^[\d一二三四五六七八九十两]+个/u.test(n))) continue;
    if (
      odd.length &&
      (count !== items.length ||
        named * 2 < items.length ||
        odd.some((n) => !SHORT_NOUN.test(n) || CLAUSE_WORD.test(n)))
    )
      continue;
    // A note that says what a unit holds (含…) has no field: it stays out, for the report.
    const held = items.flatMap((i) => (i.note && /^含/.test(text.slice(i.note.start, i.note.end)) ? [i.note] : []));
    // The verb and the count (内设3个股室：) are the list's frame, as a heading is a section's.
    let from = whole.start;
    for (const h of held) {
      ledger.heading({ start: from, end: h.start });
      from = h.end;
    }
    ledger.heading({ start: from, end: whole.end });
    for (const item of items) {
      ledger.place(item.name);
      const name = textOf(text, item.name);
      const unit = unitNamed(ctx, name, kind);
      // 办公室（正股级）: a rank; （挂…牌子） or another name: second names; 含…: held, reported.
      if (item.note && item.note.end > item.note.start && !held.includes(item.note)) {
        const { aliases, rank } = bracketOf(textOf(text, item.note));
        if (aliases || rank) ledger.place(item.note);
        for (const a of aliases ?? []) if (!unit.aliases.includes(a)) unit.aliases.push(a);
        if (rank) unit.rank ??= { zh: rank };
        if (!aliases && !rank) ledger.report('unplaced', item.note, BRACKET_NOTE);
      }
      found.push(unit);
    }
  }
  return found;
}
