import type { Quota, QuotaCategory } from '../model/types.js';
import type { QuotaGroup } from './quota-rows.js';

/** Counts up to this many are drawn as one dot per post; larger ones would be a smear. */
export const MAX_DOTS = 20;

export interface Segment {
  readonly quota: Quota;
  readonly count: number;
  /** Fraction of the whole, 0…1. */
  readonly share: number;
}

export type VisualItem =
  | { readonly kind: 'stack'; readonly quota: Quota; readonly total: number; readonly segments: readonly Segment[] }
  | { readonly kind: 'dots'; readonly quota: Quota; readonly total: number };

export interface VisualGroup {
  readonly category: QuotaCategory;
  readonly items: readonly VisualItem[];
}

/**
 * What the picture shows: a stacked bar for every whole whose parts have numbers (31 = 15 + 16,
 * 45 with 1 marked), and dots for small counts that are neither split nor drawn inside a bar.
 */
export function planVisual(groups: readonly QuotaGroup[]): VisualGroup[] {
  const out: VisualGroup[] = [];
  for (const { category, rows } of groups) {
    const items: VisualItem[] = [];
    const inBar = new Set<string>();
    for (const { quota } of rows) {
      const total = quota.count;
      if (total === undefined || total === 0) continue;
      const segments = rows
        .filter((r) => r.whole?.id === quota.id && r.quota.count !== undefined && r.quota.count > 0)
        .map((r) => ({ quota: r.quota, count: r.quota.count!, share: r.quota.count! / total }));
      if (segments.length > 0) {
        items.push({ kind: 'stack', quota, total, segments });
        segments.forEach((s) => inBar.add(s.quota.id));
      } else if (!inBar.has(quota.id) && total <= MAX_DOTS) {
        items.push({ kind: 'dots', quota, total });
      }
    }
    if (items.length > 0) out.push({ category, items });
  }
  return out;
}
