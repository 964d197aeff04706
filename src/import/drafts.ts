import type { Duty, LocalText, UnitKind } from '../model/types.js';
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
  readonly posts: { kind: 'administrative' | 'party'; title: string }[];
  portfolio?: string;
  readonly supervises: { unitId: string; asWritten?: string }[];
  readonly assists: { personId: string; scope?: string }[];
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
