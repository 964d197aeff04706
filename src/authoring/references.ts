import type { Dataset, LocalText } from '../model/types.js';
import type { Draft } from './draft.js';
import { afterRemoving, remapPointers } from './pointers.js';

/*
 * What still names a removed unit or person. Version-2 relations (联系, 分管 items that are not
 * units, unit heads, 协助 by name) can hold a name as text, so the relation is kept with the name
 * written out instead of being dropped; version-1 fields can only refer by id and lose the entry.
 * Read loosely, so a dataset of either version passes through.
 */
type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? (value as Loose[]) : []);

/** Everything that named unit `id` now names it in text, or no longer names it. */
export function forgetUnit(d: Draft<Dataset>, id: string, name: LocalText): void {
  d.people.forEach((person, p) => {
    const supervises = person.supervises ?? [];
    const gone = supervises.findIndex((s) => s.unitId === id);
    const loose = person as unknown as Loose;
    for (const other of list(loose.supervisesOther)) {
      if (other.afterUnitId !== id) continue;
      const previous = supervises[gone - 1]?.unitId;
      if (previous) other.afterUnitId = previous;
      else delete other.afterUnitId;
    }
    for (const liaison of list(loose.liaisons)) {
      if (liaison.unitId !== id) continue;
      delete liaison.unitId;
      liaison.text ??= { ...name };
    }
    if (gone < 0) return;
    const rest = supervises.filter((s) => s.unitId !== id);
    if (rest.length > 0) person.supervises = rest;
    else delete person.supervises;
    remapPointers(d, `/people/${p}/supervises`, afterRemoving(gone));
  });
}

/** Everything that named person `id` now names them in text, or no longer names them. */
export function forgetPerson(d: Draft<Dataset>, id: string, name: LocalText): void {
  for (const unit of d.units) {
    for (const head of list((unit as unknown as Loose).heads)) {
      if (head.personId !== id) continue;
      delete head.personId;
      head.name ??= { ...name };
    }
  }
  const byName = d.schemaVersion !== 1;
  d.people.forEach((person, p) => {
    const assists = list(person.assists);
    const gone = assists.findIndex((a) => a.personId === id);
    if (gone < 0) return;
    if (byName) {
      // 协助 with whom as written: the work is still assisted, now by name.
      for (const a of assists)
        if (a.personId === id) {
          delete a.personId;
          a.whom ??= { ...name };
        }
      return;
    }
    const rest = assists.filter((a) => a.personId !== id);
    if (rest.length > 0) (person as unknown as Loose).assists = rest;
    else delete person.assists;
    remapPointers(d, `/people/${p}/assists`, afterRemoving(gone));
  });
}
