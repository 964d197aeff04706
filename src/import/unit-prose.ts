import type { UnitKind } from '../model/types.js';
import { dutySpans } from './duties.js';
import { splitSpan, textOf, trimSpan } from './spans.js';
import type { Span } from './types.js';
import { DUTY_OPENING, DUTY_VERBS, isUnitLike, PLATE, RANK_ONLY, unitNamesIn } from './unit-names.js';
import { unitNamed, type UnitContext } from './units.js';
import type { UnitDraft } from './drafts.js';

/**
 * A line that opens with one or more units' names, a linking word and their duty:
 * "办公室:负责…", "秘书科作为核心部门,负责…", "调研科主要负责…", "甲科、乙科等科室分别负责…",
 * "秘书处（组织人事处） 负责…" (a second name in brackets, a space before the duty), "• 新闻科 协调…"
 * (a bullet; after a space or colon other duty verbs open the duty too).
 */
const LINE = new RegExp(
  '^\\s*(?:[•·●○■□◆◇▪▸►]\\s*|\\d{1,3}[ \\t\\u3000]{2,})?((?:[\\u4e00-\\u9fff]{2,20}、)*[\\u4e00-\\u9fff]{2,20}?)' +
    '(?:[（(]([\\u4e00-\\u9fff、]{2,30})[)）])?' +
    '(等(?:科室|处室|部门|单位|机构))?' +
    '(?:[:：]\\s*|作为[^，,。；;]{0,10}[，,]\\s*|主要|则|分别|具体|[ \\t\\u3000]+)?(?=(?:负责|承担)(?!人)|' +
    `(?<=[:：\\s])(?:${DUTY_VERBS}|对))`,
  'u',
);

/** A bullet, or a table row's number before its cells (1␣␣␣校长办公室␣␣␣统筹…). */
const BULLET = /^\s*(?:[•·●○■□◆◇▪▸►]|\d{1,3}[ \t\u3000]{2,})/u;
/** Lines under a bulleted unit that are not its duties: 以上科室均为正股级。, 联系电话：… */
const NOT_A_DUTY = /^\s*(?:以上|上述|注|备注)|(?:电话|传真|地址|邮编|邮箱|网址)\s*[:：]/u;
export const BRACKET_NOTE = {
  zh: '单位名称后括号中的这段文字未能归入数据集。',
  en: "This text in brackets after a unit's name could not be placed in the dataset.",
};

/** What a bracket after a unit's name holds. */
export function bracketOf(inner: string): { aliases?: string[]; rank?: string } {
  if (RANK_ONLY.test(inner)) return { rank: inner };
  const plate = PLATE.exec(inner);
  if (plate) return { aliases: [plate[1]!] };
  if (/\d|人$|名$|^含/u.test(inner)) return {};
  return { aliases: inner.split('、').filter((a) => a) };
}

/**
 * Reads the lines of `span` that describe units in prose; a unit already read (from a list) gets
 * the duties, otherwise it is added. Returns the lines it did not read. `namesAbove`: a name alone
 * on its line heads the duties below it (in a units section; not on a unit's own page, whose name
 * line is the organisation's).
 */
export function readUnitProse(ctx: UnitContext, span: Span, kind: UnitKind, namesAbove = true): Span[] {
  const { text, ledger } = ctx;
  const rest: Span[] = [];
  // A bulleted unit's further duties are the indented lines under it (• 理论科 负责…⏎    负责…).
  let bulleted: UnitDraft[] = [];
  // A unit's name on a line of its own, its duties on the lines below (办公室⏎负责…⏎承担…).
  let headed: UnitDraft | undefined;
  const lines = splitSpan(text, span, /\r?\n/g);
  for (const [index, line] of lines.entries()) {
    const own = text.slice(line.start, line.end);
    const bare = own.trim();
    const above = namesAbove && /^[\u4e00-\u9fff]+$/u.test(bare) && isUnitLike(bare);
    // The next line with text, looked for only under a name (not once per line of a long section).
    let next: Span | undefined;
    for (let i = index + 1; above && !next && i < lines.length; i++)
      if (text.slice(lines[i]!.start, lines[i]!.end).trim() !== '') next = lines[i];
    if (next && DUTY_OPENING.test(textOf(text, next))) {
      const name = trimSpan(text, line);
      ledger.place(name);
      headed = unitNamed(ctx, textOf(text, name), kind);
      bulleted = [];
      continue;
    }
    if (headed && DUTY_OPENING.test(bare)) {
      const duties = dutySpans(text, line);
      duties.forEach((d) => ledger.place(d));
      headed.duties.push(...duties.map((d) => ({ text: { zh: textOf(text, d) } })));
      continue;
    }
    if (bare !== '') headed = undefined;
    // 办公室 | 人事处 | 综合处: a page's row of links to its units.
    const row = namesRow(own);
    if (row) {
      for (const at of row) {
        const name = { start: line.start + at.start, end: line.start + at.end };
        ledger.place(name);
        unitNamed(ctx, textOf(text, name), kind);
      }
      bulleted = [];
      continue;
    }
    const m = LINE.exec(own);
    const names = m ? m[1]!.split('、') : [];
    const duty = m ? own.slice(m.index + m[0].length) : '';
    // Verbs other than 负责/承担 open a duty only on a bulleted line, and never a field (对外电话：…).
    const loose = !!m && !/^(?:负责|承担)/u.test(duty) && (!BULLET.test(own) || /^[^，,。；;]{0,6}[:：]/u.test(duty));
    if (!m || loose || !names.every((n) => isUnitLike(n))) {
      const whole = text.slice(text.lastIndexOf('\n', line.start - 1) + 1, line.end);
      const indented = /^[ \t\u3000]+\S/.test(whole) && !BULLET.test(whole) && !NOT_A_DUTY.test(own);
      if (bulleted.length && indented) {
        const duties = dutySpans(text, line);
        duties.forEach((d) => ledger.place(d));
        for (const unit of bulleted) unit.duties.push(...duties.map((d) => ({ text: { zh: textOf(text, d) } })));
        continue;
      }
      bulleted = [];
      rest.push(line);
      continue;
    }
    bulleted = [];
    let from = line.start + m[0].indexOf(m[1]!);
    const dutyStart = line.start + m.index + m[0].length;
    // The line's bullet or row number, the names and what joins them to the duties.
    ledger.place({ start: line.start, end: dutyStart });
    // A table row's last cell of digits (a phone number) is no duty; there is no field for it.
    const phone = /\t[\d\s\-－—–()（）]{5,}$/u.exec(own);
    const duties = dutySpans(text, { start: dutyStart, end: phone ? line.start + phone.index : line.end });
    duties.forEach((d) => ledger.place(d));
    // A bracket after the last name: its second names (秘书处（组织人事处）), its rank (正股级) or
    // a plate (挂…牌子); anything else (2人) is reported.
    const bracket = m[2] ? bracketOf(m[2]) : {};
    const aliases = bracket.aliases ?? [];
    if (m[2] && !bracket.aliases && !bracket.rank) {
      const at = line.start + m[0].indexOf(m[2], m[0].indexOf(m[1]!) + m[1]!.length);
      ledger.report('unplaced', { start: at, end: at + m[2].length }, BRACKET_NOTE);
    }
    for (const [i, name] of names.entries()) {
      const nameSpan = { start: from, end: from + name.length };
      from += name.length + 1;
      const written = textOf(text, nameSpan);
      const unit = unitNamed(ctx, written, kind);
      if (BULLET.test(own)) bulleted.push(unit);
      if (i === names.length - 1) {
        for (const a of aliases) if (!unit.aliases.includes(a)) unit.aliases.push(a);
        if (bracket.rank) unit.rank ??= { zh: bracket.rank };
      }
      unit.duties.push(...duties.map((d) => ({ text: { zh: textOf(text, d) } })));
    }
  }
  return rest;
}

/**
 * The names of a line that holds unit names only, separated by | ｜ 丨 (办公室 | 人事处 | 综合处,
 * a page's row of links), with where each stands; undefined for any other line.
 */
function namesRow(line: string): Span[] | undefined {
  return /[|｜丨]/u.test(line) ? unitNamesIn(line, /[^|｜丨]+/gu) : undefined;
}
