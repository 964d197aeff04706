import type { AdjustmentKind, Dataset, Duty, LocalText } from '../model/types.js';
import { unitById } from '../model/queries.js';

/** What the list shows: the organisation's duties, its adjustments, or one unit's duties. */
export type DutyListKind = 'duties' | 'adjustments';

export interface DutyGroup {
  /** Set for adjustments: the source's number and title, or the kind to name it by when the data has no title. */
  readonly heading?: { readonly number?: LocalText; readonly title?: LocalText; readonly kind: AdjustmentKind };
  readonly items: readonly Duty[];
}

export type DutyView =
  | { readonly status: 'unknown-unit'; readonly id: string }
  | {
      readonly status: 'ready';
      readonly ownerId: string;
      readonly owner: LocalText;
      readonly kind: DutyListKind;
      readonly groups: readonly DutyGroup[];
    };

/**
 * Resolves what to show. A unit (given or selected in a linked chart) always shows its duties:
 * adjustments are the organisation's only, so `kind` applies when no unit is in effect.
 */
export function dutyView(data: Dataset, unitId: string | undefined, kind: DutyListKind): DutyView {
  const org = data.organization;
  if (unitId && unitId !== org.id) {
    const unit = unitById(data, unitId);
    if (!unit) return { status: 'unknown-unit', id: unitId };
    return {
      status: 'ready',
      ownerId: unit.id,
      owner: unit.name,
      kind: 'duties',
      groups: unit.duties?.length ? [{ items: unit.duties }] : [],
    };
  }
  if (kind === 'adjustments') {
    const groups = (org.adjustments ?? [])
      .filter((a) => a.items.length > 0)
      .map((a) => ({ heading: { number: a.number, title: a.title, kind: a.kind }, items: a.items }));
    return { status: 'ready', ownerId: org.id, owner: org.name, kind, groups };
  }
  return {
    status: 'ready',
    ownerId: org.id,
    owner: org.name,
    kind,
    groups: org.duties?.length ? [{ items: org.duties }] : [],
  };
}
