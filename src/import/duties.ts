import type { AdjustmentKind } from '../model/types.js';
import { splitSpan, trimSpan } from './spans.js';
import type { Span } from './types.js';
import { DUTY_OPENING } from './unit-names.js';

/**
 * A unit's paragraph as duty items: cut after every 。 and ；, and at line breaks that end a
 * sentence (a break after any other character is a text broken mid-sentence, and joins).
 * Each item keeps its punctuation, so the items together give the paragraph back.
 */
export function dutySpans(text: string, span: Span): Span[] {
  return splitSpan(
    text,
    span,
    /[。；;](?![”」』）)])|(?<=[。；;:：！？!?])[ \t\u3000]*\r?\n|\r?\n(?=[ \t\u3000]*\r?\n)/g,
    true,
  );
}

/**
 * A duties paragraph that runs its duties together with ；(贯彻落实…；受理…；协调…；, or 一是…；二是…)
 * as one span per clause; any other paragraph whole. A clause ends at a ； or 。 outside brackets.
 * The paragraph is cut only when most of its clauses open as a duty does, and never where a colon
 * before its first ； introduces a list of parts (具体包括：甲；乙；丙): those are one duty.
 */
export function dutyClauses(text: string, span: Span): Span[] {
  const own = text.slice(span.start, span.end);
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < own.length; i++) {
    const ch = own[i]!;
    if ('（(【['.includes(ch)) depth++;
    else if ('）)】]'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '；;。'.includes(ch) && i < own.trimEnd().length - 1) cuts.push(i + 1);
  }
  const semicolons = cuts.filter((c) => '；;'.includes(own[c - 1]!));
  if (semicolons.length < 2 || /[:：]/u.test(own.slice(0, semicolons[0]))) return [span];
  const clauses = [0, ...cuts].map((from, i) =>
    trimSpan(text, { start: span.start + from, end: span.start + (cuts[i] ?? own.length) }),
  );
  // 一是…；二是…: the text numbers its clauses itself.
  const numbered = clauses.filter((c, i) => text.startsWith(`${'一二三四五六七八九十'[i] ?? '-'}是`, c.start));
  const opening = clauses.filter((c) =>
    DUTY_OPENING.test(text.slice(c.start, c.end).replace(/^[一二三四五六七八九十]{1,3}是/u, '')),
  );
  const cut = numbered.length >= 2 || opening.length * 2 > clauses.length;
  return cut ? clauses.filter((c) => c.end > c.start) : [span];
}

/** Sentences of a paragraph, each keeping its 。 (adjustment items, statements). */
export function sentenceSpans(text: string, span: Span): Span[] {
  return splitSpan(text, span, /[。！？!?](?![”」』）)])|(?<=[。；;])[ \t\u3000]*\r?\n/g, true);
}

const ADJUSTMENT_TITLE = /^(划入|划出|取消|强化|加强|转变|下放|整合|其他)[^。，,；;]{0,6}?(?:的)?(?:职责|职能|事项)/u;

export interface AdjustmentParts {
  readonly kind: AdjustmentKind;
  readonly title?: Span;
  readonly items: readonly Span[];
}

/** One 职责调整 entry: "划入的职责划入对…。" → kind transferred-in, title 划入的职责, items by sentence. */
export function adjustmentParts(text: string, span: Span): AdjustmentParts {
  const body = trimSpan(text, span);
  const head = ADJUSTMENT_TITLE.exec(text.slice(body.start, body.end));
  const word = head?.[1] ?? /划入|划出|取消|强化|加强|下放/.exec(text.slice(body.start, body.end))?.[0];
  const kind: AdjustmentKind =
    word === '划入'
      ? 'transferred-in'
      : word === '划出' || word === '下放'
        ? 'transferred-out'
        : word === '取消'
          ? 'cancelled'
          : word === '强化' || word === '加强'
            ? 'strengthened'
            : 'other';
  if (!head) return { kind, items: sentenceSpans(text, body) };
  const title = { start: body.start, end: body.start + head[0].length };
  let rest = title.end;
  while (rest < body.end && /[：:，,\s]/.test(text[rest]!)) rest++;
  return { kind, title, items: sentenceSpans(text, { start: rest, end: body.end }) };
}

/** Where a duty paragraph's own text starts after a leading "职责：". */
export function afterDutyLabel(text: string, at: number, end: number): number {
  const m = /^\s*(?:主要)?职责\s*[:：]\s*/u.exec(text.slice(at, end));
  return m ? at + m[0].length : at;
}

/** Lines of a page's own text that are a duty paragraph: "负责…", "承担…", "直属事业机构,负责…". */
export function dutyParagraphs(text: string, span: Span): Span[] {
  return splitSpan(text, span, /\r?\n/g).filter((line) =>
    /^(?:[^，,。；;：:\s]{2,10}[，,])?(?:负责(?!人)|承担)/u.test(text.slice(line.start, line.end)),
  );
}
