import type { AdjustmentKind } from '../model/types.js';
import { splitSpan, trimSpan } from './spans.js';
import type { Span } from './types.js';

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
