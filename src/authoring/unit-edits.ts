import type { Dataset, Unit, UnitKind } from '../model/types.js';
import { produce, setList, type Draft } from './draft.js';
import { forgetUnit } from './references.js';
import { idsOf, newId } from './ids.js';
import { afterRemoving, dropTarget, remapPointers, repairPointers } from './pointers.js';
import { cleanInput, withZh } from './text-fields.js';
import type { EditResult } from './types.js';

/** Adds a unit (by default a top-level internal one) at the end of the list. */
export function addUnit(
  dataset: Dataset,
  zh: string,
  options: { parentId?: string; kind?: UnitKind } = {},
): { dataset: Dataset; id: string } {
  const id = newId(idsOf(dataset), 'unit');
  const next = produce(dataset, (d) => {
    d.units.push({
      id,
      parentId: options.parentId ?? d.organization.id,
      kind: options.kind ?? 'internal',
      name: { zh: cleanInput(zh) },
    });
  });
  return { dataset: next, id };
}

function editUnit(dataset: Dataset, id: string, change: (unit: Draft<Unit>) => void): Dataset {
  return produce(dataset, (d) => {
    const unit = d.units.find((u) => u.id === id);
    if (unit) change(unit);
  });
}

/** Renames a unit; the English name is kept unless `en` is given. */
export function renameUnit(dataset: Dataset, id: string, zh: string, en?: string): Dataset {
  return editUnit(dataset, id, (unit) => {
    unit.name = withZh(unit.name, cleanInput(zh), en);
  });
}

/**
 * Sets a unit's other names (加挂牌子, former names) from their Chinese, in the order given. An alias
 * whose Chinese is kept keeps its English; duplicates and the unit's own name are left out.
 */
export function setUnitAliases(dataset: Dataset, id: string, names: readonly string[]): Dataset {
  return editUnit(dataset, id, (unit) => {
    const old = unit.aliases ?? [];
    const wanted = [...new Set(names.map(cleanInput).filter((n) => n && n !== unit.name.zh))];
    setList(
      unit,
      'aliases',
      wanted.map((zh) => old.find((a) => a.zh === zh) ?? { zh }),
    );
  });
}

export function setUnitKind(dataset: Dataset, id: string, kind: UnitKind): Dataset {
  return editUnit(dataset, id, (unit) => {
    unit.kind = kind;
  });
}

/** The ids of a unit's descendants, nearest first. */
export function descendantsOf(dataset: Dataset, id: string): string[] {
  const found: string[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const unit of dataset.units) {
      if (unit.parentId === parent && !found.includes(unit.id) && unit.id !== id) {
        found.push(unit.id);
        queue.push(unit.id);
      }
    }
  }
  return found;
}

/** Moves a unit (with everything under it) under another unit or the organisation itself. */
export function moveUnit(dataset: Dataset, id: string, parentId: string): EditResult {
  const unit = dataset.units.find((u) => u.id === id);
  if (!unit) return { ok: false, reason: { zh: '找不到这个机构。', en: 'This unit does not exist.' } };
  const parent =
    parentId === dataset.organization.id ? dataset.organization : dataset.units.find((u) => u.id === parentId);
  if (!parent)
    return { ok: false, reason: { zh: '找不到要移入的上级机构。', en: 'The new parent unit does not exist.' } };
  if (parentId === id || descendantsOf(dataset, id).includes(parentId)) {
    return {
      ok: false,
      reason: {
        zh: `“${unit.name.zh}”不能移到它自己或它的下级机构“${parent.name.zh}”之下。`,
        en:
          `“${unit.name.en ?? unit.name.zh}” cannot be moved under itself ` +
          `or under its own sub-unit “${parent.name.en ?? parent.name.zh}”.`,
      },
    };
  }
  return {
    ok: true,
    dataset: editUnit(dataset, id, (u) => {
      u.parentId = parentId;
    }),
  };
}

/**
 * Removes a unit. Its sub-units move up to its parent, so removing one level never removes
 * others; leaders no longer supervise it (联系 keep it by name), and notes about it are about its
 * parent instead.
 */
export function removeUnit(dataset: Dataset, id: string): Dataset {
  const index = dataset.units.findIndex((u) => u.id === id);
  if (index < 0) return dataset;
  const parentId = dataset.units[index]!.parentId;
  return produce(dataset, (d) => {
    for (const unit of d.units) if (unit.parentId === id) unit.parentId = parentId;
    d.units.splice(index, 1);
    remapPointers(d, '/units', afterRemoving(index));
    forgetUnit(d, id, dataset.units[index]!.name);
    dropTarget(d, id, parentId);
    repairPointers(d);
  });
}
