import type { UnitKind } from '../model/types.js';
import { dutySpans } from './duties.js';
import { splitSpan, textOf } from './spans.js';
import type { Span } from './types.js';
import { isUnitLike } from './unit-names.js';
import { unitNamed, type UnitContext } from './units.js';
import type { UnitDraft } from './drafts.js';

/**
 * A line that opens with one or more units' names, a linking word and their duty:
 * "办公室:负责…", "秘书科作为核心部门,负责…", "调研科主要负责…", "甲科、乙科等科室分别负责…",
 * "秘书处（组织人事处） 负责…" (a second name in brackets, a space before the duty), "• 新闻科 协调…"
 * (a bullet; after a space or colon other duty verbs open the duty too).
 */
const LINE = new RegExp(
  '^\\s*(?:[•·●○■□◆◇▪▸►]\\s*)?((?:[\\u4e00-\\u9fff]{2,20}、)*[\\u4e00-\\u9fff]{2,20}?)' +
    '(?:[（(]([\\u4e00-\\u9fff、]{2,30})[)）])?' +
    '(等(?:科室|处室|部门|单位|机构))?' +
    '(?:[:：]\\s*|作为[^，,。；;]{0,10}[，,]\\s*|主要|则|分别|具体|[ \\t\\u3000]+)?(?=(?:负责|承担)(?!人)|' +
    '(?<=[:：\\s])(?:主管|协调|指导|组织|拟订|拟定|制定|研究|管理|贯彻|参与|对))',
  'u',
);

const BULLET = /^\s*[•·●○■□◆◇▪▸►]/u;

/**
 * Reads the lines of `span` that describe units in prose; a unit already read (from a list) gets
 * the duties, otherwise it is added. Returns the lines it did not read.
 */
export function readUnitProse(ctx: UnitContext, span: Span, kind: UnitKind): Span[] {
  const { text, ledger } = ctx;
  const rest: Span[] = [];
  // A bulleted unit's further duties are the indented lines under it (• 理论科 负责…⏎    负责…).
  let bulleted: UnitDraft[] = [];
  for (const line of splitSpan(text, span, /\r?\n/g)) {
    const own = text.slice(line.start, line.end);
    const m = LINE.exec(own);
    const names = m ? m[1]!.split('、') : [];
    if (!m || !names.every((n) => isUnitLike(n))) {
      const whole = text.slice(text.lastIndexOf('\n', line.start - 1) + 1, line.end);
      if (bulleted.length && /^[ \t\u3000]+\S/.test(whole) && !BULLET.test(whole)) {
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
    ledger.place({ start: from, end: dutyStart });
    const duties = dutySpans(text, { start: dutyStart, end: line.end });
    duties.forEach((d) => ledger.place(d));
    // A bracket after the last name holds its second names (秘书处（组织人事处）).
    const aliases = m[2] ? m[2].split('、').filter((a) => a) : [];
    for (const [i, name] of names.entries()) {
      const nameSpan = { start: from, end: from + name.length };
      from += name.length + 1;
      const written = textOf(text, nameSpan);
      const unit = unitNamed(ctx, written, kind);
      if (BULLET.test(own)) bulleted.push(unit);
      if (i === names.length - 1) for (const a of aliases) if (!unit.aliases.includes(a)) unit.aliases.push(a);
      unit.duties.push(...duties.map((d) => ({ text: { zh: textOf(text, d) } })));
    }
  }
  return rest;
}
