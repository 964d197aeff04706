import type { DataIssue, Dataset } from './types.js';
import { issue, pointer } from './messages.js';
import { hasOwn } from './json-value.js';

/** Deeper than this, a tree is a data error rather than an organisation. */
export const MAX_DEPTH = 64;

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

type Kind = 'organization' | 'unit' | 'person' | 'quota' | 'source' | 'note';
/** Where an id was first seen: its kind and its place in that kind's list (the path is written only for issues). */
interface IdEntry {
  readonly kind: Kind;
  readonly index: number;
}

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

function checkTree(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[]): void {
  const parentOf = new Map<string, string>();
  data.units.forEach((unit, i) => {
    const target = ids.get(unit.parentId);
    if (target?.kind === 'unit' || target?.kind === 'organization') {
      parentOf.set(unit.id, unit.parentId);
      return;
    }
    const what = target
      ? { zh: `它是${target.kind === 'person' ? '人员' : '其他条目'}的 id`, en: `that is the id of a ${target.kind}` }
      : { zh: '没有这个 id 的机构', en: 'no unit has that id' };
    issues.push(
      issue(`/units/${i}/parentId`, 'unknown-parent', {
        zh: `机构 ${unit.id} 的上级 ${JSON.stringify(unit.parentId)} 不存在（${what.zh}）；上级必须是机关 ${data.organization.id} 或另一个机构`,
        en:
          `Unit ${unit.id} names the parent ${JSON.stringify(unit.parentId)}, but ${what.en}; ` +
          `a parent must be the organisation ${data.organization.id} or another unit`,
      }),
    );
  });
  // A unit's place in the list, for messages (the last unit with that id): only built for an issue.
  let index: Map<string, number> | undefined;
  const indexOf = (id: string): number => (index ??= new Map(data.units.map((u, i) => [u.id, i]))).get(id) ?? 0;
  const settled = new Map<string, number>([[data.organization.id, 0]]);
  // The walk that last passed an id: one map for every walk instead of a set per unit.
  const onChain = new Map<string, number>();
  const reported = new Set<string>();
  const chain: string[] = [];
  data.units.forEach((unit, walk) => {
    chain.length = 0;
    let id: string | undefined = unit.id;
    while (id !== undefined && !settled.has(id) && onChain.get(id) !== walk) {
      chain.push(id);
      onChain.set(id, walk);
      id = parentOf.get(id);
    }
    if (id !== undefined && onChain.get(id) === walk) {
      const loop = chain.slice(chain.indexOf(id));
      if (!loop.some((u) => reported.has(u))) {
        loop.forEach((u) => reported.add(u));
        const first = Math.min(...loop.map(indexOf));
        issues.push(
          issue(`/units/${first}/parentId`, 'cycle', {
            zh: `机构的上下级关系形成了循环：${[...loop, id].join(' → ')}；循环中的机构到不了机关本身`,
            en:
              `Units form a cycle through their parents: ${[...loop, id].join(' → ')}; ` +
              'they never reach the organisation',
          }),
        );
      }
      chain.forEach((u) => settled.set(u, -1));
      return;
    }
    // Unknown parents were reported above; settle the chain so it is walked once.
    let depth = id === undefined ? -1 : (settled.get(id) ?? -1);
    for (let k = chain.length - 1; k >= 0; k--) {
      const u = chain[k]!;
      depth = depth < 0 ? -1 : depth + 1;
      settled.set(u, depth);
      if (depth === MAX_DEPTH + 1) {
        issues.push(
          issue(`/units/${indexOf(u)}/parentId`, 'too-deep', {
            zh: `机构 ${u} 位于第 ${depth} 层，层级过深（最多 ${MAX_DEPTH} 层）`,
            en: `Unit ${u} sits ${depth} levels deep; at most ${MAX_DEPTH} levels are allowed`,
          }),
        );
      }
    }
  });
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
