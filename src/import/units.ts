import type { UnitKind } from '../model/types.js';
import { afterDutyLabel, dutySpans, sentenceSpans } from './duties.js';
import type { UnitDraft } from './drafts.js';
import type { Ledger } from './report.js';
import { textOf } from './spans.js';
import type { Span } from './types.js';
import { DUTY_OPENING, endingOf, isUnitLike, RANK, unitHead } from './unit-names.js';
import { CONTACT, NOTE_AFTER } from './page-furniture.js';

/** The context a unit reader needs: the text, the ledger, and the growing list of units. */
export interface UnitContext {
  readonly text: string;
  readonly ledger: Ledger;
  readonly units: UnitDraft[];
  readonly orgId: string;
}

/** A numbered unit paragraph: "（一）综合科负责…", "1. 规划处\n负责…", "(二)财务科\n职责:负责…". */
export function readUnitItem(
  ctx: UnitContext,
  body: Span,
  kind: UnitKind,
  parentId: string | undefined,
): UnitDraft | undefined {
  const { text, ledger } = ctx;
  const head = unitHead(text, body);
  if (!head) return undefined;
  ledger.place(head.name);
  head.aliases.forEach((a) => ledger.place(a));
  // The bracket after the name (its second names, 挂…牌子, its rank) is read whole.
  if (head.rest > head.name.end) ledger.place({ start: head.name.end, end: head.rest });
  let start = afterDutyLabel(text, head.rest, body.end);
  let end = body.end;
  if (start > head.rest) {
    // "职责：" introduces one paragraph; lines after it are not this unit's duties.
    ledger.place({ start: head.rest, end: start });
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
  }
  while (start < end && /[。：:，,\s]/.test(text[start]!)) start++;
  // 法律依据：…, 附件：…, 备注：…, 联系电话：… after the duties are the page's, not the unit's: left
  // for the report.
  const note = [NOTE_AFTER, CONTACT].map((re) => re.exec(text.slice(start, end))?.index).filter((i) => i !== undefined);
  if (note.length) end = start + Math.min(...note);
  const duties = dutySpans(text, { start, end }).map((d) => {
    ledger.place(d);
    return { text: { zh: textOf(text, d) } };
  });
  const name = textOf(text, head.name);
  const aliases = head.aliases.map((a) => textOf(text, a));
  // A unit the text listed before (县财政局内设办公室、预算股…) is the one described here.
  const under = parentId ?? ctx.orgId;
  const unit =
    ctx.units.find(
      (u) => u.name === name && u.duties.length === 0 && !u.fromLeaders && u.parentId === under && u.kind === kind,
    ) ?? newUnit(ctx, name, kind, under);
  unit.duties.push(...duties);
  if (head.rank && !unit.rank) unit.rank = { zh: textOf(text, head.rank) };
  for (const a of aliases) if (!unit.aliases.includes(a)) unit.aliases.push(a);
  return unit;
}

const DUTY_VERB = /^(?:负责|承担|主管)/u;

/**
 * A numbered item that is a unit without a 内设机构 heading before it: its name alone on the
 * label's line, its duties from the next line ("（十五）某某办公室\n负责…"), as a page cut from a
 * longer 三定 begins.
 */
export function isUnitItem(text: string, body: Span): boolean {
  const head = unitHead(text, body);
  if (!head) return false;
  const lineEnd = text.indexOf('\n', head.name.end);
  return (
    lineEnd >= 0 &&
    /^[\s)）]*$/.test(text.slice(head.rest, lineEnd)) &&
    DUTY_VERB.test(text.slice(lineEnd + 1, body.end).trimStart())
  );
}

/**
 * Splits a unit item's text where a line begins with another unit's name and its duty
 * ("离退休干部工作办公室 负责…", "机关党委：负责…"): those lines are units of their own.
 */
export function splitUnitLines(text: string, body: Span): Span[] {
  const at = new Set<number>();
  const own = text.slice(body.start, body.end);
  for (const m of own.matchAll(/\n(?=\s*([\u4e00-\u9fff]{2,24})[ \t\u3000:：]+(?:负责|承担|主管))/gu)) {
    // A name may hold 工作 here (离退休干部工作办公室): it stands alone before its duty verb.
    if (endingOf(m[1]!)) at.add(body.start + m.index + 1);
  }
  // An item that is only names (（十八）总值班室。离退休干部处。直属机关党委。): the last numbered
  // unit of a list followed by the ones without a number. An item with a duty in it keeps its
  // sentences (管理局档案室。 is then a duty).
  const note = NOTE_AFTER.exec(own);
  const names = note ? own.slice(0, note.index) : own;
  const sentences = [...names.matchAll(/[^。；;\n]+[。；;]?/gu)].filter((m) => m[0].trim());
  const bare = (s: string): boolean => {
    const name = s
      .trim()
      .replace(/。$/u, '')
      .replace(/[（(][^（()）]*[)）]$/u, '');
    return /。$/u.test(s.trim()) && isUnitLike(name) && !!endingOf(name) && !DUTY_OPENING.test(name);
  };
  if (sentences.length > 1 && sentences.every((m) => bare(m[0])))
    for (const m of sentences.slice(1)) at.add(body.start + m.index + (m[0].length - m[0].trimStart().length));
  const out: Span[] = [];
  let start = body.start;
  for (const cut of [...at].sort((a, b) => a - b)) {
    if (cut <= start) continue;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: body.end });
  return out;
}

const LIST_AFTER = /(?:设立|下设|设有|设置|设|包括|为|[:：])\s*/gu;

/**
 * Units written as a plain list in a sentence: "设办公室、综合科、规划科。", "设立某局甲、乙、丙分局。"
 * (the shared ending 分局 goes to each name; the report records such composed names).
 */
export function readUnitList(ctx: UnitContext, sentence: Span, kind: UnitKind): UnitDraft[] {
  const { text, ledger } = ctx;
  const own = text.slice(sentence.start, sentence.end);
  let listStart = -1;
  for (const m of own.matchAll(LIST_AFTER)) listStart = m.index + m[0].length;
  if (listStart < 0) return [];
  // 所属某中心内设3个股室：甲、乙: another body's units, not the organisation's (left as its statement).
  if (/(?:所属|下属|直属)[^，,；;。]{2,30}?(?:内设|下设|设)/u.test(own.slice(0, listStart))) return [];
  // 设办公室、预算股2个股室。: the count and its kind close the list.
  const listText = own
    .slice(listStart)
    .replace(/[。；;]\s*$/, '')
    .replace(/(?:等)?[\d一二三四五六七八九十两]+个[\u4e00-\u9fff（）()]{1,8}$/u, '');
  const parts = listText.split('、');
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1]!;
  const ending = endingOf(last);
  if (!ending) return [];
  const spans: Span[] = [];
  let from = sentence.start + listStart;
  for (const p of parts) {
    spans.push({ start: from, end: from + p.length });
    from += p.length + 1;
  }
  // The first item may carry the body's own name before it (某局甲、乙、丙分局): cut after it.
  const first = parts[0]!;
  const tail = last.length - ending.length;
  const bodyEnd = Math.max(...['局', '厅', '委', '部', '办'].map((c) => first.lastIndexOf(c))) + 1;
  // The body's name has two characters at least (某局): 办 of 办公室 is not one.
  const cut = bodyEnd >= 2 && Math.abs(first.length - bodyEnd - tail) <= 1 ? bodyEnd : 0;
  if (cut > 0) spans[0] = { start: spans[0]!.start + cut, end: spans[0]!.end };
  const out: UnitDraft[] = [];
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    const whole = isUnitLike(piece);
    if (!whole && piece.length > 8) return out;
    const endingSpan = { start: spans[spans.length - 1]!.end - ending.length, end: spans[spans.length - 1]!.end };
    const name = whole ? piece : ledger.compose([span, endingSpan]);
    ledger.place(span);
    ledger.place(endingSpan);
    out.push(newUnit(ctx, name, kind));
  }
  return out;
}

/** A new unit, directly under the organisation unless another parent is given. */
function newUnit(ctx: UnitContext, name: string, kind: UnitKind, parentId = ctx.orgId): UnitDraft {
  const unit: UnitDraft = {
    id: `unit-${ctx.units.length + 1}`,
    name,
    kind,
    parentId,
    aliases: [],
    duties: [],
    fromLeaders: false,
  };
  ctx.units.push(unit);
  return unit;
}

/** The unit of this name already read, or a new one directly under the organisation. */
export function unitNamed(ctx: UnitContext, name: string, kind: UnitKind): UnitDraft {
  return ctx.units.find((u) => u.name === name) ?? newUnit(ctx, name, kind);
}

const ALL_RANKED = new RegExp(`均为(${RANK})`, 'u');

/** The rank a kind statement gives every unit of its kind: "均为正科级建制". */
export function rankIn(text: string, span: Span): Span | undefined {
  const m = ALL_RANKED.exec(text.slice(span.start, span.end));
  return m ? { start: span.start + m.index + 2, end: span.start + m.index + 2 + m[1]!.length } : undefined;
}

export { sentenceSpans };
