import type { Quota, QuotaCategory } from '../model/types.js';

/** One line of the staffing table: a quota, how deep it sits under wholes, and its whole. */
export interface QuotaRow {
  readonly quota: Quota;
  /** 0 for a quota counted in nothing, 1 for its parts, 2 for parts of parts. */
  readonly depth: number;
  readonly whole?: Quota;
}

export interface QuotaGroup {
  readonly category: QuotaCategory;
  readonly rows: readonly QuotaRow[];
}

const CATEGORY_ORDER: readonly QuotaCategory[] = ['establishment', 'leadership-posts', 'other'];

/**
 * Quotas grouped by category, each whole followed by its parts (含…, 其中…) in dataset order.
 * A part sits in its whole's group, so "counted in" never crosses a group boundary.
 */
export function groupQuotas(quotas: readonly Quota[]): QuotaGroup[] {
  const byId = new Map(quotas.map((q) => [q.id, q]));
  const parts = new Map<string, Quota[]>();
  const roots: Quota[] = [];
  for (const quota of quotas) {
    const whole = quota.partOf === undefined ? undefined : byId.get(quota.partOf);
    if (whole) parts.set(whole.id, [...(parts.get(whole.id) ?? []), quota]);
    else roots.push(quota);
  }
  const rows = new Map<QuotaCategory, QuotaRow[]>();
  const seen = new Set<string>();
  const visit = (quota: Quota, depth: number, whole: Quota | undefined, category: QuotaCategory): void => {
    if (seen.has(quota.id)) return;
    seen.add(quota.id);
    rows.set(category, [...(rows.get(category) ?? []), { quota, depth, whole }]);
    for (const part of parts.get(quota.id) ?? []) visit(part, depth + 1, quota, category);
  };
  for (const quota of roots) visit(quota, 0, undefined, quota.category);
  // parseDataset rejects only one- and two-step partOf loops; a longer loop has no root.
  // Its quotas are still shown, from the first one met, rather than silently dropped.
  for (const quota of quotas) visit(quota, 0, undefined, quota.category);
  return CATEGORY_ORDER.filter((c) => rows.has(c)).map((category) => ({ category, rows: rows.get(category)! }));
}
