import { resolvePointer } from '../model/check-references.js';
import type { Dataset } from '../model/types.js';
import type { Draft } from './draft.js';

/*
 * Notes point at what they are about by id or by JSON Pointer (/people/6/supervises/0). Pointers
 * hold array positions, so an edit that removes, inserts or reorders items must carry them along,
 * or the note would silently come to be about something else (or about nothing).
 */

/**
 * After the items of the array at `arrayPath` moved, points every note at the item's new position;
 * `map` gives an old index's new index, or undefined when that item is gone (the note is then about
 * the array itself, the nearest thing that still exists).
 */
export function remapPointers(
  draft: Draft<Dataset>,
  arrayPath: string,
  map: (index: number) => number | undefined,
): void {
  const prefix = `${arrayPath}/`;
  for (const note of draft.notes ?? []) {
    note.about = note.about.map((target) => {
      if (!target.startsWith(prefix)) return target;
      const rest = target.slice(prefix.length);
      const slash = rest.indexOf('/');
      const head = slash < 0 ? rest : rest.slice(0, slash);
      if (!/^(0|[1-9]\d*)$/.test(head)) return target;
      const moved = map(Number(head));
      return moved === undefined ? arrayPath : `${prefix}${moved}${slash < 0 ? '' : rest.slice(slash)}`;
    });
  }
}

/** The index map of removing the item at `removed`. */
export const afterRemoving =
  (removed: number) =>
  (i: number): number | undefined =>
    i === removed ? undefined : i > removed ? i - 1 : i;

/**
 * Takes a removed entity's id out of every note; a note left about nothing is then about
 * `replacement` (the removed thing's parent, or its list), so no note is lost.
 */
export function dropTarget(draft: Draft<Dataset>, id: string, replacement: string): void {
  for (const note of draft.notes ?? []) {
    if (!note.about.includes(id)) continue;
    const rest = note.about.filter((t) => t !== id);
    note.about = rest.length > 0 ? rest : [replacement];
  }
}

/**
 * Walks any pointer that no longer resolves (its array emptied and deleted) up to the nearest
 * value that exists, and drops duplicates the walk made.
 */
export function repairPointers(draft: Draft<Dataset>): void {
  for (const note of draft.notes ?? []) {
    const repaired = note.about.map((target) => {
      let path = target;
      while (path.startsWith('/') && path.lastIndexOf('/') > 0 && resolvePointer(draft, path) === undefined) {
        path = path.slice(0, path.lastIndexOf('/'));
      }
      return path.startsWith('/') && resolvePointer(draft, path) === undefined ? draft.organization.id : path;
    });
    note.about = [...new Set(repaired)];
  }
}
