import type { DataIssue, Dataset } from './types.js';
import { issue, pointer } from './messages.js';
import { checkTree, type IdEntry } from './check-tree.js';
import { hasOwn } from './json-value.js';

export { MAX_DEPTH } from './check-tree.js';

/**
 * Checks what JSON Schema cannot express: unique ids, a single tree under the organisation, and
 * that every cross-reference (parent, 分管, 联系, 协助, unit head, quota, source, note target) resolves.
 * Runs only on a value that already passed the schema, so its shape can be trusted.
 */
export function checkReferences(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const ids = collectIds(data, issues);
  checkTree(data, ids, issues);
  checkPeople(data, ids, issues);
  checkHeads(data, ids, issues);
  checkQuotas(data, issues);
  checkSources(data, issues);
  checkNotes(data, ids, issues);
  return issues;
}

type Kind = IdEntry['kind'];

const ID_PATHS: Readonly<Record<Kind, (i: number) => string>> = {
  organization: () => '/organization/id',
  unit: (i) => `/units/${i}/id`,
  person: (i) => `/people/${i}/id`,
  quota: (i) => `/staffing/quotas/${i}/id`,
  source: (i) => `/sources/${i}/id`,
  note: (i) => `/notes/${i}/id`,
};

function collectIds(data: Dataset, issues: DataIssue[]): Map<string, IdEntry> {
  const ids = new Map<string, IdEntry>();
  const add = (id: string, kind: Kind, index: number): void => {
    const first = ids.get(id);
    if (first) {
      const firstPath = ID_PATHS[first.kind](first.index);
      issues.push(
        issue(ID_PATHS[kind](index), 'duplicate-id', {
          zh: `id ${JSON.stringify(id)} 重复：${firstPath} 已经使用了它；整个数据集中的 id 必须唯一`,
          en:
            `The id ${JSON.stringify(id)} is used twice: ${firstPath} already has it; ` +
            'ids must be unique across the dataset',
        }),
      );
    } else ids.set(id, { kind, index });
  };
  add(data.organization.id, 'organization', 0);
  data.units.forEach((u, i) => add(u.id, 'unit', i));
  data.people.forEach((p, i) => add(p.id, 'person', i));
  data.staffing?.quotas.forEach((q, i) => add(q.id, 'quota', i));
  data.sources.forEach((s, i) => add(s.id, 'source', i));
  data.notes?.forEach((n, i) => add(n.id, 'note', i));
  return ids;
}

function checkPeople(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[]): void {
  data.people.forEach((person, i) => {
    const seen = new Set<string>();
    person.supervises?.forEach((s, j) => {
      const path = `/people/${i}/supervises/${j}/unitId`;
      if (ids.get(s.unitId)?.kind !== 'unit') {
        issues.push(
          issue(path, 'unknown-unit', {
            zh: `${person.id} 分管的机构 ${JSON.stringify(s.unitId)} 不存在；分管的必须是 units 中某个机构的 id`,
            en: `${person.id} supervises ${JSON.stringify(s.unitId)}, but no unit has that id`,
          }),
        );
      } else if (seen.has(s.unitId)) {
        issues.push(
          issue(path, 'duplicate-reference', {
            zh: `${person.id} 的分管列表重复列出了 ${s.unitId}`,
            en: `${person.id} lists the supervised unit ${s.unitId} twice`,
          }),
        );
      }
      seen.add(s.unitId);
    });
    person.supervisesOther?.forEach((o, j) => {
      if (o.afterUnitId !== undefined && !seen.has(o.afterUnitId)) {
        issues.push(
          issue(`/people/${i}/supervisesOther/${j}/afterUnitId`, 'unknown-unit', {
            zh: `${person.id} 的分管事项排在 ${JSON.stringify(o.afterUnitId)} 之后，但该人员的 supervises 中没有这个机构`,
            en:
              `${person.id} places a supervised item after ${JSON.stringify(o.afterUnitId)}, ` +
              'which is not among the units this person supervises',
          }),
        );
      }
    });
    person.liaisons?.forEach((l, j) => {
      if (l.unitId !== undefined && ids.get(l.unitId)?.kind !== 'unit') {
        issues.push(
          issue(`/people/${i}/liaisons/${j}/unitId`, 'unknown-unit', {
            zh: `${person.id} 联系的机构 ${JSON.stringify(l.unitId)} 不存在；不是本机关机构的单位请写在 text 中`,
            en:
              `${person.id} keeps in touch with ${JSON.stringify(l.unitId)}, but no unit has that id; ` +
              'write a body that is not a unit as text',
          }),
        );
      }
    });
    person.assists?.forEach((a, j) => {
      const path = `/people/${i}/assists/${j}/personId`;
      if (a.personId === undefined) return;
      if (a.personId === person.id) {
        issues.push(
          issue(path, 'self-reference', {
            zh: `${person.id} 不能协助自己`,
            en: `${person.id} cannot assist themselves`,
          }),
        );
      } else if (ids.get(a.personId)?.kind !== 'person') {
        issues.push(
          issue(path, 'unknown-person', {
            zh: `${person.id} 协助的人员 ${JSON.stringify(a.personId)} 不存在；协助的必须是 people 中某人的 id`,
            en: `${person.id} assists ${JSON.stringify(a.personId)}, but no person has that id`,
          }),
        );
      }
    });
  });
}

function checkHeads(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[]): void {
  data.units.forEach((unit, i) => {
    unit.heads?.forEach((h, j) => {
      if (h.personId !== undefined && ids.get(h.personId)?.kind !== 'person') {
        issues.push(
          issue(`/units/${i}/heads/${j}/personId`, 'unknown-person', {
            zh: `机构 ${unit.id} 的负责人 ${JSON.stringify(h.personId)} 不在 people 中；不在其中的人请写 name`,
            en:
              `Unit ${unit.id} names the head ${JSON.stringify(h.personId)}, but no person has that id; ` +
              'give a name instead for someone not in people',
          }),
        );
      }
    });
  });
}

function checkQuotas(data: Dataset, issues: DataIssue[]): void {
  const quotas = data.staffing?.quotas ?? [];
  const byId = new Map(quotas.map((q) => [q.id, q]));
  const parts = new Map<string, number>();
  quotas.forEach((q, i) => {
    if (q.partOf === undefined) return;
    const path = `/staffing/quotas/${i}/partOf`;
    const whole = byId.get(q.partOf);
    if (q.partOf === q.id || (whole?.partOf !== undefined && whole.partOf === q.id)) {
      issues.push(
        issue(path, 'self-reference', {
          zh: `编制 ${q.id} 不能计入自身或自己的组成部分`,
          en: `Quota ${q.id} cannot be part of itself or of its own part`,
        }),
      );
    } else if (!whole) {
      issues.push(
        issue(path, 'unknown-quota', {
          zh: `编制 ${q.id} 计入的 ${JSON.stringify(q.partOf)} 不存在`,
          en: `Quota ${q.id} is part of ${JSON.stringify(q.partOf)}, but no quota has that id`,
        }),
      );
    } else if (q.count !== undefined) {
      parts.set(whole.id, (parts.get(whole.id) ?? 0) + q.count);
    }
  });
  quotas.forEach((q, i) => {
    const sum = parts.get(q.id);
    if (sum !== undefined && q.count !== undefined && sum > q.count) {
      issues.push(
        issue(`/staffing/quotas/${i}/count`, 'parts-exceed-whole', {
          zh: `编制 ${q.id} 共 ${q.count} 名，但计入其中的各项合计 ${sum} 名，超过了总数`,
          en: `Quota ${q.id} counts ${q.count}, but the quotas counted in it add up to ${sum}`,
        }),
      );
    }
  });
}

function checkSources(data: Dataset, issues: DataIssue[]): void {
  const known = new Set(data.sources.map((s) => s.id));
  const check = (ids: readonly string[] | undefined, path: string | (() => string)): void => {
    ids?.forEach((id, i) => {
      if (!known.has(id)) {
        issues.push(
          issue(pointer(typeof path === 'string' ? path : path(), i), 'unknown-source', {
            zh: `引用的来源 ${JSON.stringify(id)} 不在 sources 中`,
            en: `The source ${JSON.stringify(id)} is cited but not listed in sources`,
          }),
        );
      }
    });
  };
  check(data.organization.sourceIds, '/organization/sourceIds');
  data.organization.kindStatements?.forEach((k, i) =>
    check(k.sourceIds, `/organization/kindStatements/${i}/sourceIds`),
  );
  // Thousands of units: a unit's path is only written for an issue.
  data.units.forEach((u, i) => check(u.sourceIds, () => `/units/${i}/sourceIds`));
  data.people.forEach((p, i) => check(p.sourceIds, () => `/people/${i}/sourceIds`));
  check(data.staffing?.sourceIds, '/staffing/sourceIds');
  data.notes?.forEach((n, i) => check(n.sourceIds, `/notes/${i}/sourceIds`));
}

function checkNotes(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[]): void {
  data.notes?.forEach((note, i) => {
    note.about.forEach((target, j) => {
      const found = target.startsWith('/') ? resolvePointer(data, target) !== undefined : ids.has(target);
      if (!found) {
        issues.push(
          issue(`/notes/${i}/about/${j}`, 'unknown-target', {
            zh: `注释 ${note.id} 指向的 ${JSON.stringify(target)} 在数据集中找不到`,
            en: `Note ${note.id} is about ${JSON.stringify(target)}, which is not in the dataset`,
          }),
        );
      }
    });
  });
}

/** Resolves a JSON Pointer (RFC 6901) in `doc`; `undefined` when any step is missing. */
export function resolvePointer(doc: unknown, path: string): unknown {
  if (path === '') return doc;
  let current: unknown = doc;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
