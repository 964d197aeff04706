import type { DataIssue, Dataset } from './types.js';
import { issue, pointer, type Report } from './messages.js';
import { collectIds, type IdEntry } from './collect-ids.js';
import { checkTree } from './check-tree.js';
import { resolvePointer } from './json-value.js';

export { MAX_DEPTH } from './check-tree.js';
export { resolvePointer } from './json-value.js';

/** Names an id in a message: quoted as JSON, so an empty or odd id still shows. */
const q = (id: string): string => JSON.stringify(id);

/**
 * Checks what JSON Schema cannot express: unique ids, a single tree under the organisation, and
 * that every cross-reference (parent, 分管, 联系, 协助, unit head, quota, source, note target) resolves.
 * Runs only on a value that already passed the schema, so its shape can be trusted.
 */
export function checkReferences(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const report: Report = (path, code, zh, en) => {
    issues.push(issue(path, code, { zh, en }));
  };
  const ids = collectIds(data, report);
  const is = (id: string | undefined, kind: IdEntry['kind']): boolean => id === undefined || ids.get(id)?.kind === kind;
  checkTree(data, ids, issues);

  data.people.forEach((person, i) => {
    const who = person.id;
    const at = `/people/${i}`;
    const seen = new Set<string>();
    person.supervises?.forEach(({ unitId }, j) => {
      const path = `${at}/supervises/${j}/unitId`;
      if (!is(unitId, 'unit'))
        report(
          path,
          'unknown-unit',
          `${who} 分管的机构 ${q(unitId)} 不存在；分管的必须是 units 中某个机构的 id`,
          `${who} supervises ${q(unitId)}, but no unit has that id`,
        );
      else if (seen.has(unitId))
        report(
          path,
          'duplicate-reference',
          `${who} 的分管列表重复列出了 ${unitId}`,
          `${who} lists the supervised unit ${unitId} twice`,
        );
      seen.add(unitId);
    });
    person.supervisesOther?.forEach(({ afterUnitId: after }, j) => {
      if (after !== undefined && !seen.has(after))
        report(
          `${at}/supervisesOther/${j}/afterUnitId`,
          'unknown-unit',
          `${who} 的分管事项排在 ${q(after)} 之后，但该人员的 supervises 中没有这个机构`,
          `${who} places a supervised item after ${q(after)}, which is not among the units this person supervises`,
        );
    });
    person.liaisons?.forEach(({ unitId }, j) => {
      if (!is(unitId, 'unit'))
        report(
          `${at}/liaisons/${j}/unitId`,
          'unknown-unit',
          `${who} 联系的机构 ${q(unitId!)} 不存在；不是本机关机构的单位请写在 text 中`,
          `${who} keeps in touch with ${q(unitId!)}, but no unit has that id; write a body that is not a unit as text`,
        );
    });
    person.assists?.forEach(({ personId }, j) => {
      const path = `${at}/assists/${j}/personId`;
      if (personId === who) report(path, 'self-reference', `${who} 不能协助自己`, `${who} cannot assist themselves`);
      else if (!is(personId, 'person'))
        report(
          path,
          'unknown-person',
          `${who} 协助的人员 ${q(personId!)} 不存在；协助的必须是 people 中某人的 id`,
          `${who} assists ${q(personId!)}, but no person has that id`,
        );
    });
  });

  data.units.forEach((unit, i) => {
    unit.heads?.forEach(({ personId }, j) => {
      if (!is(personId, 'person'))
        report(
          `/units/${i}/heads/${j}/personId`,
          'unknown-person',
          `机构 ${unit.id} 的负责人 ${q(personId!)} 不在 people 中；不在其中的人请写 name`,
          `Unit ${unit.id} names the head ${q(personId!)}, but no person has that id; ` +
            'give a name instead for someone not in people',
        );
    });
  });

  checkQuotas(data, report);
  checkSources(data, report);

  data.notes?.forEach((note, i) => {
    note.about.forEach((target, j) => {
      if (target.startsWith('/') ? resolvePointer(data, target) === undefined : !ids.has(target))
        report(
          `/notes/${i}/about/${j}`,
          'unknown-target',
          `注释 ${note.id} 指向的 ${q(target)} 在数据集中找不到`,
          `Note ${note.id} is about ${q(target)}, which is not in the dataset`,
        );
    });
  });
  return issues;
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
      report(
        path,
        'self-reference',
        `编制 ${id} 不能计入自身或自己的组成部分`,
        `Quota ${id} cannot be part of itself or of its own part`,
      );
    else if (!whole)
      report(
        path,
        'unknown-quota',
        `编制 ${id} 计入的 ${q(partOf)} 不存在`,
        `Quota ${id} is part of ${q(partOf)}, but no quota has that id`,
      );
    else if (count !== undefined) parts.set(whole.id, (parts.get(whole.id) ?? 0) + count);
  });
  quotas.forEach(({ id, count }, i) => {
    const sum = parts.get(id);
    if (sum !== undefined && count !== undefined && sum > count)
      report(
        `/staffing/quotas/${i}/count`,
        'parts-exceed-whole',
        `编制 ${id} 共 ${count} 名，但计入其中的各项合计 ${sum} 名，超过了总数`,
        `Quota ${id} counts ${count}, but the quotas counted in it add up to ${sum}`,
      );
  });
}

function checkSources(data: Dataset, report: Report): void {
  const known = new Set(data.sources.map((s) => s.id));
  // Thousands of units: a list's path is only written for an issue.
  const check = (ids: readonly string[] | undefined, path: () => string): void => {
    ids?.forEach((id, i) => {
      if (!known.has(id))
        report(
          pointer(path(), i),
          'unknown-source',
          `引用的来源 ${q(id)} 不在 sources 中`,
          `The source ${q(id)} is cited but not listed in sources`,
        );
    });
  };
  const { organization: org, staffing } = data;
  check(org.sourceIds, () => '/organization/sourceIds');
  org.kindStatements?.forEach((k, i) => check(k.sourceIds, () => `/organization/kindStatements/${i}/sourceIds`));
  data.units.forEach((u, i) => check(u.sourceIds, () => `/units/${i}/sourceIds`));
  data.people.forEach((p, i) => check(p.sourceIds, () => `/people/${i}/sourceIds`));
  check(staffing?.sourceIds, () => '/staffing/sourceIds');
  data.notes?.forEach((n, i) => check(n.sourceIds, () => `/notes/${i}/sourceIds`));
}
