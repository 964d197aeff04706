import type { Dataset, Duty, LocalText, Note, Person, Unit } from './types.js';
import { normalizeForSearch } from '../text/normalize-for-search.js';

interface Index {
  readonly units: ReadonlyMap<string, Unit>;
  readonly people: ReadonlyMap<string, Person>;
  readonly children: ReadonlyMap<string, readonly Unit[]>;
  readonly supervisors: ReadonlyMap<string, readonly Person[]>;
}

// Datasets are frozen, so an index built once per dataset stays valid.
const indexes = new WeakMap<Dataset, Index>();

function indexOf(data: Dataset): Index {
  let index = indexes.get(data);
  if (index) return index;
  const children = new Map<string, Unit[]>();
  for (const unit of data.units) {
    const siblings = children.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  const supervisors = new Map<string, Person[]>();
  for (const person of data.people) {
    for (const { unitId } of person.supervises ?? []) {
      const list = supervisors.get(unitId);
      if (list) list.push(person);
      else supervisors.set(unitId, [person]);
    }
  }
  index = {
    units: new Map(data.units.map((u) => [u.id, u])),
    people: new Map(data.people.map((p) => [p.id, p])),
    children,
    supervisors,
  };
  indexes.set(data, index);
  return index;
}

/** The unit with this id, if any. */
export function unitById(data: Dataset, id: string): Unit | undefined {
  return indexOf(data).units.get(id);
}

/** The person with this id, if any. */
export function personById(data: Dataset, id: string): Person | undefined {
  return indexOf(data).people.get(id);
}

/** Direct children, in dataset order, of the organisation (its id) or of a unit. */
export function childrenOf(data: Dataset, id: string): readonly Unit[] {
  return indexOf(data).children.get(id) ?? [];
}

/** Ids from the unit's parent up to and including the organisation; empty for unknown ids. */
export function ancestorsOf(data: Dataset, id: string): readonly string[] {
  const { units } = indexOf(data);
  const out: string[] = [];
  for (let unit = units.get(id); unit; unit = units.get(unit.parentId)) out.push(unit.parentId);
  return out;
}

const normalise = (name: string): string => normalizeForSearch(name).replace(/\s+/g, ' ').trim();
const matches = (text: LocalText, wanted: string): boolean =>
  normalise(text.zh) === wanted || (text.en !== undefined && normalise(text.en) === wanted);

/** Finds a unit by id, name or alias, in Chinese or English (e.g. 规划科技处 finds 耕地保护处). */
export function findUnit(data: Dataset, nameOrId: string): Unit | undefined {
  const byId = unitById(data, nameOrId);
  if (byId) return byId;
  const wanted = normalise(nameOrId);
  return (
    data.units.find((u) => matches(u.name, wanted)) ??
    data.units.find((u) => u.aliases?.some((a) => matches(a, wanted)))
  );
}

/** People who supervise (分管) the unit, in the dataset's order of people. */
export function supervisorsOf(data: Dataset, unitId: string): readonly Person[] {
  return indexOf(data).supervisors.get(unitId) ?? [];
}

/** Units the person supervises (分管), in the order the source lists them. */
export function supervisedUnitsOf(data: Dataset, personId: string): readonly Unit[] {
  const { people, units } = indexOf(data);
  return (people.get(personId)?.supervises ?? []).flatMap(({ unitId }) => units.get(unitId) ?? []);
}

/** People the person assists (协助). */
export function assistedBy(data: Dataset, personId: string): readonly Person[] {
  const { people } = indexOf(data);
  return (people.get(personId)?.assists ?? []).flatMap(({ personId: id }) =>
    id === undefined ? [] : (people.get(id) ?? []),
  );
}

/** Duties of the organisation (its id) or of a unit, in source order; empty for unknown ids. */
export function dutiesOf(data: Dataset, id: string): readonly Duty[] {
  if (id === data.organization.id) return data.organization.duties ?? [];
  return unitById(data, id)?.duties ?? [];
}

/** Notes whose `about` names this entity id. */
export function notesAbout(data: Dataset, id: string): readonly Note[] {
  return (data.notes ?? []).filter((note) => note.about.includes(id));
}
