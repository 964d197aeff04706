import { ITEM, LEADING_ITEM } from './leader-items.js';
import { splitSpan, trimSpan } from './spans.js';
import type { Span } from './types.js';
import { isUnitLike } from './unit-names.js';

/** What a leader's text says besides name and posts. */
export interface PortfolioParts {
  /** Everything but the trailing 分管 / 联系 clauses, verbatim. */
  readonly portfolio?: Span;
  /** Each item of the 分管 lists, with its bracketed second names. */
  readonly supervises: readonly ListItem[];
  /** 协助… clauses: the words after 协助, up to the clause end. */
  readonly assists: readonly Span[];
  /** The 分管 clauses themselves (the word, the connectors, 工作), placed with their items. */
  readonly listClauses: readonly Span[];
  /** The items of 联系… clauses (liaison), with their bracketed second names. */
  readonly liaisons: readonly ListItem[];
  /** "负责某某中心工作": a unit the leader is responsible for without a 分管 list. */
  readonly responsibleFor: readonly ListItem[];
}

export interface ListItem {
  /** The item as written, brackets included. */
  readonly written: Span;
  /** The item without its bracket. */
  readonly name: Span;
  readonly aliases: readonly Span[];
}

/** Clauses end at 。；, and at a comma that opens another kind of list (，联系…, ，协助…). */
const CLAUSES = /[。；;]|[，,\n](?=\s*(?:同时|并|另)?(?:联系|协助|分管))/g;
const SUPERVISE = new RegExp(
  `^\\s*(?:${ITEM}\\s*)?(?:主要|同时|并|另)?分管(?:单位|部门|工作|科室|处室|股室)?\\s*[:：]?`,
  'u',
);
const LIAISON = new RegExp(`^\\s*(?:${ITEM}\\s*)?(?:主要|同时|并|另)?联系(?:单位|部门)?\\s*[:：]?`, 'u');
// 协助分管…, 协助联系…, and a field 协助：… (分管：…；联系：…；协助：…).
const ASSIST = new RegExp(`^\\s*(?:${ITEM}\\s*)?(?:同时|并|另)?协助(?:\\s*[:：]\\s*|(?=分管|联系))`, 'u');

export function readPortfolio(text: string, body: Span): PortfolioParts {
  const clauses = splitSpan(text, body, CLAUSES, true);
  const supervises: ListItem[] = [];
  const liaisons: ListItem[] = [];
  const assists: Span[] = [];
  const listClauses: Span[] = [];
  let portfolioEnd = body.start;
  let trailing = true;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i]!;
    const own = text.slice(clause.start, clause.end);
    const sup = SUPERVISE.exec(own);
    const lia = LIAISON.exec(own);
    const assist = ASSIST.exec(own);
    if (trailing && assist) {
      // 协助分管市财政局，市审计局。 at the end: the whole clause is what the leader assists with.
      const words = trimSpan(text, { start: clause.start + assist[0].length, end: clause.end });
      const clean = /[。；;]$/.test(text.slice(words.start, words.end)) ? { ...words, end: words.end - 1 } : words;
      if (clean.end > clean.start) assists.unshift(clean);
      listClauses.push(clause);
      continue;
    }
    if (trailing && (sup || lia)) {
      const list = { start: clause.start + (sup ?? lia)![0].length, end: clause.end };
      if (sup) supervises.unshift(...listItems(text, list));
      else liaisons.unshift(...listItems(text, list));
      listClauses.push(clause);
      continue;
    }
    if (trailing) portfolioEnd = clause.end;
    trailing = false;
  }
  // A 分管 clause in the middle of the text stays in the portfolio too (it is kept verbatim).
  for (const clause of clauses.filter((c) => c.end <= portfolioEnd)) {
    const own = text.slice(clause.start, clause.end);
    const inner = /(?:^|[，,])\s*分管(?:\s*[:：]\s*)?([^，,。；;:：]+)/u.exec(own);
    if (inner)
      supervises.push(
        ...listItems(text, {
          start: clause.start + inner.index + inner[0].length - inner[1]!.length,
          end: clause.start + inner.index + inner[0].length,
        }),
      );
    for (const m of own.matchAll(/协助(?:\s*[:：]\s*)?([^，,。；;:：]+)/gu))
      assists.push({
        start: clause.start + m.index + m[0].length - m[1]!.length,
        end: clause.start + m.index + m[0].length,
      });
  }
  const item = LEADING_ITEM.exec(text.slice(body.start, portfolioEnd))?.[0].length ?? 0;
  const portfolio = trimSpan(text, { start: body.start + item, end: portfolioEnd });
  const cleanEnd = /[，,、]$/.test(text.slice(portfolio.start, portfolio.end)) ? portfolio.end - 1 : portfolio.end;
  const responsibleFor = supervises.length > 0 ? [] : responsibleUnits(text, { start: portfolio.start, end: cleanEnd });
  return {
    ...(cleanEnd > portfolio.start ? { portfolio: { start: portfolio.start, end: cleanEnd } } : {}),
    supervises,
    assists,
    liaisons,
    responsibleFor,
    listClauses,
  };
}

function responsibleUnits(text: string, span: Span): ListItem[] {
  const out: ListItem[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(/负责([^，,。；;、]{2,30}?)(?:相关|的)?工作/gu)) {
    if (!isUnitLike(m[1]!)) continue;
    const start = span.start + m.index + 2;
    const s = { start, end: start + m[1]!.length };
    out.push({ written: s, name: s, aliases: [] });
  }
  return out;
}

/** 等 + what the items before it are (群众团体, 单位…), then 和/及 before one more item. */
const SUMMED = /等[\u4e00-\u9fff]{0,6}?(?:团体|单位|部门|机构|组织)(?:[和与]|及(?!其))/u;
/** A bracketed second name at the end of a list item: 市发展和改革委员会（市物价局）. */
const BRACKET_END = /[（(][^（()）]*[)）]$/u;
/**
 * The words after a list's last item (等单位, 的工作, 相关工作): a kind word only after 等, since a
 * unit's own name may end in one (教科室, 综合处室).
 */
const LIST_END = /(?:等(?:单位|部门|科室|处室)?)?(?:的|相关)?(?:工作)?\s*[。；;，,.．]?\s*$/u;

/**
 * The items of a 分管 list, split on 、，；及 和 与 outside brackets. 和/及/与 split only after
 * a unit's name (调控和监测处 is one name: 调控 is not one). A closing 工作 / 等单位 belongs to the list.
 */
export function listItems(text: string, span: Span): ListItem[] {
  const raw = text.slice(span.start, span.end);
  const trimmed = raw.replace(LIST_END, '');
  const items: ListItem[] = [];
  let depth = 0;
  // 分管3个股室：办公室、… : the count and its kind open the list, they are not an item.
  let from = /^\s*[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{1,6}[:：]/u.exec(trimmed)?.[0].length ?? 0;
  const push = (end: number): void => {
    const piece = trimSpan(text, { start: span.start + from, end: span.start + end });
    if (piece.end <= piece.start) return;
    // 市残联等群众团体和部队（武警部队）: 等 and the kind close one run of items, 和 opens another.
    const own = text.slice(piece.start, piece.end);
    const kind = SUMMED.exec(own);
    if (kind && kind.index >= 2) {
      items.push(item(text, { start: piece.start, end: piece.start + kind.index }));
      const next = trimSpan(text, { start: piece.start + kind.index + kind[0].length, end: piece.end });
      if (next.end > next.start) items.push(item(text, next));
      return;
    }
    items.push(item(text, piece));
  };
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、，,；;]/.test(ch)) {
      push(i);
      from = i + 1;
    } else if (depth === 0 && /[和及与]/.test(ch) && isUnitLike(trimmed.slice(from, i).replace(BRACKET_END, ''))) {
      push(i);
      from = i + 1;
    }
  }
  push(trimmed.length);
  return items;
}

function item(text: string, written: Span): ListItem {
  const own = text.slice(written.start, written.end).replace(/\[\d+\]$/u, '');
  const end = written.start + own.length;
  const bracket = /[（(]([^（()）]+)[)）]$/u.exec(own);
  if (!bracket) return { written: { start: written.start, end }, name: { start: written.start, end }, aliases: [] };
  const nameEnd = written.start + bracket.index;
  const aliases: Span[] = [];
  let from = nameEnd + 1;
  for (const part of bracket[1]!.split(/[、，,]/)) {
    aliases.push({ start: from, end: from + part.length });
    from += part.length + 1;
  }
  return { written: { start: written.start, end }, name: { start: written.start, end: nameEnd }, aliases };
}
