import type { Duty, LocalText, PostKind, UnitKind } from '../model/types.js';
import type { Span } from './types.js';

/** A unit while the importer collects it; ids are given when the dataset is built. */
export interface UnitDraft {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentId?: string;
  readonly aliases: string[];
  readonly duties: Duty[];
  rank?: LocalText;
  /** Named only in a leader's 分管 list. */
  readonly fromLeaders: boolean;
}

export interface PersonDraft {
  readonly id: string;
  readonly name: string;
  /** The name in Latin letters where the text gives it (钟某博（Zhong Wenbo）). */
  nameEn?: string;
  /** Each post's title, and its English where a bilingual page gives it. */
  readonly posts: { kind: PostKind; title: string; titleEn?: string; remark?: string }[];
  portfolio?: string;
  /** 简历, verbatim, its entries on lines of their own (schemaVersion 2). */
  resume?: string;
  readonly supervises: { unitId: string; asWritten?: string }[];
  /** 分管 items that are not units, each after the unit it follows in the list (schemaVersion 2). */
  readonly supervisesOther: { text: string; kind: 'area' | 'body'; afterUnitId?: string }[];
  /** 联系: a unit, or a body named only in the text (schemaVersion 2). */
  readonly liaisons: { unitId?: string; text?: string }[];
  /** 协助: a person, or only the work (and whom as written) when no person is named (schemaVersion 2). */
  readonly assists: { personId?: string; scope?: string; whom?: string }[];
  /** Spans of 协助 clauses, resolved once every person is known. */
  readonly assistSpans: Span[];
}

const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * The unit a leader's list means by `written`: its name or an alias, else the one unit whose name
 * ends with it (法规科 → 政策法规科). Nothing when two units could be meant.
 */
export function matchUnit(units: readonly UnitDraft[], written: string): UnitDraft | undefined {
  const w = compact(written);
  const exact = units.find((u) => compact(u.name) === w || u.aliases.some((a) => compact(a) === w));
  if (exact) return exact;
  if (w.length < 2) return undefined;
  const shorter = units.filter((u) => [u.name, ...u.aliases].some((n) => compact(n).endsWith(w) && compact(n) !== w));
  return shorter.length === 1 ? shorter[0] : undefined;
}
