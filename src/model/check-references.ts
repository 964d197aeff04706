import type { Dataset } from './types.js';
import type { Report } from './report.js';
import { collectIds, type IdEntry } from './collect-ids.js';
import { checkTree } from './check-tree.js';
import { pointer, resolvePointer } from './json-value.js';

export { MAX_DEPTH } from './check-tree.js';
export { resolvePointer } from './json-value.js';

/**
 * Checks what JSON Schema cannot express: unique ids, a single tree under the organisation, and
 * that every cross-reference (parent, 分管, 联系, 协助, unit head, quota, source, note target) resolves.
 * Runs only on a value that already passed the schema, so its shape can be trusted.
 */
export function checkReferences(data: Dataset, report: Report): void {
  const ids = collectIds(data, report);
  const is = (id: string | undefined, kind: IdEntry['kind']): boolean => id === undefined || ids.get(id)?.kind === kind;
  checkTree(data, ids, report);

  data.people.forEach((person, i) => {
    const who = person.id;
    const at = `/people/${i}`;
    const seen = new Set<string>();
    person.supervises?.forEach(({ unitId }, j) => {
      const path = `${at}/supervises/${j}/unitId`;
      if (!is(unitId, 'unit')) report(path, 'unknown-unit', ['unknownSupervised', who, unitId]);
      else if (seen.has(unitId)) report(path, 'duplicate-reference', ['duplicateSupervised', who, unitId]);
      seen.add(unitId);
    });
    person.supervisesOther?.forEach(({ afterUnitId: after }, j) => {
      if (after !== undefined && !seen.has(after))
        report(`${at}/supervisesOther/${j}/afterUnitId`, 'unknown-unit', ['unknownAfter', who, after]);
    });
    person.liaisons?.forEach(({ unitId }, j) => {
      if (!is(unitId, 'unit')) report(`${at}/liaisons/${j}/unitId`, 'unknown-unit', ['unknownLiaison', who, unitId!]);
    });
    person.assists?.forEach(({ personId }, j) => {
      const path = `${at}/assists/${j}/personId`;
      if (personId === who) report(path, 'self-reference', ['selfAssist', who]);
      else if (!is(personId, 'person')) report(path, 'unknown-person', ['unknownAssisted', who, personId!]);
    });
  });

  data.units.forEach((unit, i) => {
    unit.heads?.forEach(({ personId }, j) => {
      if (!is(personId, 'person'))
        report(`/units/${i}/heads/${j}/personId`, 'unknown-person', ['unknownHead', unit.id, personId!]);
    });
  });

  checkQuotas(data, report);
  checkSources(data, report);

  data.notes?.forEach((note, i) => {
    note.about.forEach((target, j) => {
      if (target.startsWith('/') ? resolvePointer(data, target) === undefined : !ids.has(target))
        report(`/notes/${i}/about/${j}`, 'unknown-target', ['unknownTarget', note.id, target]);
    });
  });
}

function checkQuotas(data: Dataset, report: Report): void {
  const quotas = data.staffing?.quotas ?? [];
  const byId = new Map(quotas.map((q) => [q.id, q]));
  const parts = new Map<string, number>();
  quotas.forEach(({ id, partOf, count }, i) => {
    if (partOf === undefined) return;
    const path = `/staffing/quotas/${i}/partOf`;
    const whole = byId.get(partOf);
    if (partOf === id || (whole?.partOf !== undefined && whole.partOf === id))
      report(path, 'self-reference', ['selfQuota', id]);
    else if (!whole) report(path, 'unknown-quota', ['unknownQuota', id, partOf]);
    else if (count !== undefined) parts.set(whole.id, (parts.get(whole.id) ?? 0) + count);
  });
  quotas.forEach(({ id, count }, i) => {
    const sum = parts.get(id);
    if (sum !== undefined && count !== undefined && sum > count)
      report(`/staffing/quotas/${i}/count`, 'parts-exceed-whole', ['partsExceedWhole', id, count, sum]);
  });
}

function checkSources(data: Dataset, report: Report): void {
  const known = new Set(data.sources.map((s) => s.id));
  type Holder = { readonly sourceIds?: readonly string[] };
  // Thousands of units: a loop per list of holders, and a path written only for an issue.
  const check = (holders: readonly Holder[], at: (i: number) => string): void => {
    for (let i = 0; i < holders.length; i++) {
      const ids = holders[i]!.sourceIds;
      if (ids === undefined) continue;
      for (let j = 0; j < ids.length; j++)
        if (!known.has(ids[j]!)) report(pointer(at(i), j), 'unknown-source', ['unknownSource', ids[j]!]);
    }
  };
  const { organization: org, staffing } = data;
  check([org], () => '/organization/sourceIds');
  if (org.kindStatements) check(org.kindStatements, (i) => `/organization/kindStatements/${i}/sourceIds`);
  check(data.units, (i) => `/units/${i}/sourceIds`);
  check(data.people, (i) => `/people/${i}/sourceIds`);
  if (staffing) check([staffing], () => '/staffing/sourceIds');
  if (data.notes) check(data.notes, (i) => `/notes/${i}/sourceIds`);
}
