/**
 * The units form one tree under the organisation: every parent exists and is a unit or the
 * organisation, no unit is its own ancestor, and none sits deeper than MAX_DEPTH.
 */
import type { DataIssue, Dataset } from './types.js';
import { issue } from './messages.js';
import type { IdEntry, Ids } from './collect-ids.js';

/** Deeper than this, a tree is a data error rather than an organisation. */
export const MAX_DEPTH = 64;

const ORGANISATION = -1;
const NONE = -2;
const UNSETTLED = -3;

/**
 * Walks every unit's chain of parents once, settling each unit's depth (-1: it never reaches the
 * organisation). Units are named by the place of the first unit with their id (a repeated id is
 * one node, as an id is), so the walk runs on typed arrays instead of maps keyed by id: a unit's
 * parent is the last one given for its id that exists; messages name the last unit with the id.
 */
export function checkTree(data: Dataset, ids: Ids, issues: DataIssue[]): void {
  const { units } = data;
  const n = units.length;
  const node = (id: string): number => {
    const entry = ids.get(id);
    return entry?.kind === 'unit' ? entry.index : entry?.kind === 'organization' ? ORGANISATION : NONE;
  };
  const parent = new Int32Array(n).fill(NONE);
  const last = new Int32Array(n);
  units.forEach((unit, i) => {
    const self = node(unit.id);
    if (self >= 0) last[self] = i;
    const up = node(unit.parentId);
    if (up === NONE) issues.push(unknownParent(data, i, ids.get(unit.parentId)));
    else if (self >= 0) parent[self] = up;
  });
  const depth = new Int32Array(n).fill(UNSETTLED);
  const passed = new Int32Array(n).fill(-1);
  const reported = new Uint8Array(n);
  const chain: number[] = [];
  units.forEach((unit, walk) => {
    chain.length = 0;
    let k = node(unit.id);
    while (k >= 0 && depth[k] === UNSETTLED && passed[k] !== walk) {
      chain.push(k);
      passed[k] = walk;
      k = parent[k]!;
    }
    if (k >= 0 && depth[k] === UNSETTLED) {
      const loop = chain.slice(chain.indexOf(k));
      if (!loop.some((u) => reported[u])) {
        loop.forEach((u) => (reported[u] = 1));
        issues.push(
          cycle(
            Math.min(...loop.map((u) => last[u]!)),
            [...loop, k].map((u) => units[u]!.id),
          ),
        );
      }
      chain.forEach((u) => (depth[u] = -1));
      return;
    }
    let d = k === ORGANISATION ? 0 : k === NONE ? -1 : depth[k]!;
    for (let c = chain.length - 1; c >= 0; c--) {
      const u = chain[c]!;
      d = d < 0 ? -1 : d + 1;
      depth[u] = d;
      if (d === MAX_DEPTH + 1) issues.push(tooDeep(last[u]!, units[u]!.id, d));
    }
  });
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
