/** Ids are never shown; new ones only have to follow the schema's pattern and be unique. */
export function newId(taken: ReadonlySet<string>, base: string): string {
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id in the dataset: organisation, units, people, sources, notes, quotas. */
export function idsOf(dataset: {
  organization: { id: string };
  units: readonly { id: string }[];
  people: readonly { id: string }[];
  sources: readonly { id: string }[];
  notes?: readonly { id: string }[];
  staffing?: { quotas: readonly { id: string }[] };
}): Set<string> {
  return new Set([
    dataset.organization.id,
    ...dataset.units.map((u) => u.id),
    ...dataset.people.map((p) => p.id),
    ...dataset.sources.map((s) => s.id),
    ...(dataset.notes ?? []).map((n) => n.id),
    ...(dataset.staffing?.quotas ?? []).map((q) => q.id),
  ]);
}
