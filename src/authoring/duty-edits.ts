import type { Dataset, Duty } from '../model/types.js';
import { produce, setList, type Draft } from './draft.js';
import { afterRemoving, remapPointers, repairPointers } from './pointers.js';
import { cleanInput, withZh } from './text-fields.js';
import type { DutyOwner, EditResult } from './types.js';

/** The duties of an owner in a dataset (empty when it has none). */
export function dutiesOfOwner(dataset: Dataset, owner: DutyOwner): readonly Duty[] {
  if (owner === 'organization') return dataset.organization.duties ?? [];
  return dataset.units.find((u) => u.id === owner.unitId)?.duties ?? [];
}

/** The JSON pointer of an owner's duty list (for carrying notes along). */
function listPath(dataset: Dataset, owner: DutyOwner): string {
  return owner === 'organization'
    ? '/organization/duties'
    : `/units/${dataset.units.findIndex((u) => u.id === owner.unitId)}/duties`;
}

function editDuties(
  dataset: Dataset,
  owner: DutyOwner,
  change: (duties: Draft<Duty>[], draft: Draft<Dataset>, path: string) => void,
): Dataset {
  const path = listPath(dataset, owner);
  return produce(dataset, (d) => {
    const holder = owner === 'organization' ? d.organization : d.units.find((u) => u.id === owner.unitId);
    if (!holder) return;
    const duties = holder.duties ?? [];
    change(duties, d, path);
    setList(holder, 'duties', duties);
    repairPointers(d);
  });
}

export function setDutyText(dataset: Dataset, owner: DutyOwner, index: number, zh: string): Dataset {
  return editDuties(dataset, owner, (duties) => {
    const duty = duties[index];
    if (duty) duty.text = withZh(duty.text, cleanInput(zh));
  });
}

/** Adds a duty at the end of the list (an empty one is left for validation to point at). */
export function addDuty(dataset: Dataset, owner: DutyOwner, zh = ''): Dataset {
  return editDuties(dataset, owner, (duties) => {
    duties.push({ text: { zh: cleanInput(zh) } });
  });
}

export function removeDuty(dataset: Dataset, owner: DutyOwner, index: number): Dataset {
  return editDuties(dataset, owner, (duties, d, path) => {
    if (index < 0 || index >= duties.length) return;
    duties.splice(index, 1);
    remapPointers(d, path, afterRemoving(index));
  });
}

/**
 * Where to split a duty: at the caret when it is inside the text, else after the first 。；;
 * that is not the last character. Undefined when there is nowhere to split.
 */
export function splitPoint(text: string, caret?: number): number | undefined {
  const body = text.trimEnd();
  if (
    caret !== undefined &&
    caret > 0 &&
    caret < body.length &&
    text.slice(0, caret).trim() &&
    text.slice(caret).trim()
  )
    return caret;
  const match = /[。；;]/.exec(body.slice(0, -1));
  return match ? match.index + 1 : undefined;
}

/**
 * Splits a duty in two at `at` (a character offset). The number stays with the first part. The
 * English cannot be split by machine: it stays with the first part, so merging back restores it.
 */
export function splitDuty(dataset: Dataset, owner: DutyOwner, index: number, at: number): EditResult {
  const duty = dutiesOfOwner(dataset, owner)[index];
  const first = duty?.text.zh.slice(0, at).trim();
  const second = duty?.text.zh.slice(at).trim();
  if (!duty || !first || !second) {
    return {
      ok: false,
      reason: {
        zh: '请把光标放在这条职责中间要拆开的位置。',
        en: 'Put the cursor where the duty should be split, inside its text.',
      },
    };
  }
  return {
    ok: true,
    dataset: editDuties(dataset, owner, (duties, d, path) => {
      duties.splice(
        index,
        1,
        { ...duties[index]!, text: { ...duties[index]!.text, zh: first } },
        { text: { zh: second } },
      );
      remapPointers(d, path, (i) => (i > index ? i + 1 : i));
    }),
  };
}

/** Merges a duty with the next one: Chinese run together, English joined by a space. */
export function mergeDuties(dataset: Dataset, owner: DutyOwner, index: number): EditResult {
  const list = dutiesOfOwner(dataset, owner);
  const [a, b] = [list[index], list[index + 1]];
  if (!a || !b)
    return {
      ok: false,
      reason: {
        zh: '这是最后一条职责，没有下一条可以合并。',
        en: 'This is the last duty: there is no next one to merge with.',
      },
    };
  const en = [a.text.en, b.text.en].filter(Boolean).join(' ');
  return {
    ok: true,
    dataset: editDuties(dataset, owner, (duties, d, path) => {
      duties.splice(index, 2, { ...duties[index]!, text: { zh: a.text.zh + b.text.zh, ...(en ? { en } : {}) } });
      remapPointers(d, path, (i) => (i > index ? i - 1 : i));
    }),
  };
}
