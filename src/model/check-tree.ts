/**
 * The units form one tree under the organisation: every parent exists and is a unit or the
 * organisation, no unit is its own ancestor, and none sits deeper than MAX_DEPTH.
 */
import type { DataIssue, Dataset } from './types.js';
import { issue } from './messages.js';

/** Deeper than this, a tree is a data error rather than an organisation. */
export const MAX_DEPTH = 64;

/** Where an id was first seen: its kind and its place in that kind's list (the path is written only for issues). */
export interface IdEntry {
  readonly kind: 'organization' | 'unit' | 'person' | 'quota' | 'source' | 'note';
  readonly index: number;
}

/**
 * Checks the tree; `unique` says no id is used twice, so a unit's id names exactly one unit and
 * the walk can follow list positions through typed arrays instead of ids through maps.
 */
export function checkTree(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[], unique: boolean): void {
  if (unique) checkUniqueTree(data, ids, issues);
  else checkTreeById(data, ids, issues);
}

/** The walk by id, for a dataset that uses some id twice (an issue already). */
function checkTreeById(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[]): void {
  const parentOf = new Map<string, string>();
  data.units.forEach((unit, i) => {
    const target = ids.get(unit.parentId);
    if (target?.kind === 'unit' || target?.kind === 'organization') {
      parentOf.set(unit.id, unit.parentId);
      return;
    }
    issues.push(unknownParent(data, i, target));
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
        issues.push(cycle(first, [...loop, id]));
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
        issues.push(tooDeep(indexOf(u), u, depth));
      }
    }
  });
}

/**
 * The same walk for a dataset whose ids are all different: unit i's parent is a list position
 * (-1 the organisation, -2 no unit), a walk marks the units it passes with its own number, and a
 * unit's settled depth is -1 when it never reaches the organisation.
 */
function checkUniqueTree(data: Dataset, ids: Map<string, IdEntry>, issues: DataIssue[]): void {
  const { units } = data;
  const n = units.length;
  const parent = new Int32Array(n);
  units.forEach((unit, i) => {
    const target = ids.get(unit.parentId);
    if (target?.kind === 'unit') parent[i] = target.index;
    else if (target?.kind === 'organization') parent[i] = -1;
    else {
      parent[i] = -2;
      issues.push(unknownParent(data, i, target));
    }
  });
  const UNSETTLED = -3;
  const depth = new Int32Array(n).fill(UNSETTLED);
  const passed = new Int32Array(n).fill(-1);
  const reported = new Uint8Array(n);
  const chain: number[] = [];
  for (let walk = 0; walk < n; walk++) {
    chain.length = 0;
    let i = walk;
    while (i >= 0 && depth[i] === UNSETTLED && passed[i] !== walk) {
      chain.push(i);
      passed[i] = walk;
      i = parent[i]!;
    }
    if (i >= 0 && depth[i] === UNSETTLED) {
      const loop = chain.slice(chain.indexOf(i));
      if (!loop.some((u) => reported[u])) {
        loop.forEach((u) => (reported[u] = 1));
        issues.push(
          cycle(
            Math.min(...loop),
            [...loop, i].map((u) => units[u]!.id),
          ),
        );
      }
      chain.forEach((u) => (depth[u] = -1));
      continue;
    }
    let d = i === -1 ? 0 : i === -2 ? -1 : depth[i]!;
    for (let k = chain.length - 1; k >= 0; k--) {
      const u = chain[k]!;
      d = d < 0 ? -1 : d + 1;
      depth[u] = d;
      if (d === MAX_DEPTH + 1) issues.push(tooDeep(u, units[u]!.id, d));
    }
  }
}

function unknownParent(data: Dataset, i: number, target: IdEntry | undefined): DataIssue {
  const unit = data.units[i]!;
  const what = target
    ? { zh: `它是${target.kind === 'person' ? '人员' : '其他条目'}的 id`, en: `that is the id of a ${target.kind}` }
    : { zh: '没有这个 id 的机构', en: 'no unit has that id' };
  return issue(`/units/${i}/parentId`, 'unknown-parent', {
    zh: `机构 ${unit.id} 的上级 ${JSON.stringify(unit.parentId)} 不存在（${what.zh}）；上级必须是机关 ${data.organization.id} 或另一个机构`,
    en:
      `Unit ${unit.id} names the parent ${JSON.stringify(unit.parentId)}, but ${what.en}; ` +
      `a parent must be the organisation ${data.organization.id} or another unit`,
  });
}

/** A cycle through the parents, reported at the first of its units in the list. */
function cycle(first: number, ids: readonly string[]): DataIssue {
  return issue(`/units/${first}/parentId`, 'cycle', {
    zh: `机构的上下级关系形成了循环：${ids.join(' → ')}；循环中的机构到不了机关本身`,
    en: `Units form a cycle through their parents: ${ids.join(' → ')}; they never reach the organisation`,
  });
}

function tooDeep(index: number, id: string, depth: number): DataIssue {
  return issue(`/units/${index}/parentId`, 'too-deep', {
    zh: `机构 ${id} 位于第 ${depth} 层，层级过深（最多 ${MAX_DEPTH} 层）`,
    en: `Unit ${id} sits ${depth} levels deep; at most ${MAX_DEPTH} levels are allowed`,
  });
}
