import type { Dataset } from './types.js';
import type { Report } from './report.js';

/** Where an id was first seen: its kind and its place in that kind's list (the path is written only for issues). */
export interface IdEntry {
  readonly kind: 'organization' | 'unit' | 'person' | 'quota' | 'source' | 'note';
  readonly index: number;
}

/** Every id of the dataset, where it was first seen. */
export type Ids = ReadonlyMap<string, IdEntry>;

/** Where each kind of id is written, for a message that names the first holder of a repeated id. */
const ID_LISTS: Readonly<Record<Exclude<IdEntry['kind'], 'organization'>, string>> = {
  unit: '/units',
  person: '/people',
  quota: '/staffing/quotas',
  source: '/sources',
  note: '/notes',
};
const idPath = ({ kind, index }: IdEntry): string =>
  kind === 'organization' ? '/organization/id' : `${ID_LISTS[kind]}/${index}/id`;

/** Indexes every id; reports each id used a second time (ids are unique across the dataset). */
export function collectIds(data: Dataset, report: Report): Ids {
  const ids = new Map<string, IdEntry>();
  // A loop per list, not a callback per item: a dataset may have thousands of units.
  const add = (kind: IdEntry['kind'], list: readonly { readonly id: string }[]): void => {
    for (let index = 0; index < list.length; index++) {
      const { id } = list[index]!;
      const first = ids.get(id);
      if (!first) ids.set(id, { kind, index });
      else report(idPath({ kind, index }), 'duplicate-id', ['duplicateId', id, idPath(first)]);
    }
  };
  add('organization', [data.organization]);
  add('unit', data.units);
  add('person', data.people);
  // The data passed the schema: a list's holder is an object or absent.
  if (data.staffing) add('quota', data.staffing.quotas);
  add('source', data.sources);
  if (data.notes) add('note', data.notes);
  return ids;
}
