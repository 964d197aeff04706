/**
 * The units form one tree under the organisation: every parent exists and is a unit or the
 * organisation, no unit is its own ancestor, and none sits deeper than MAX_DEPTH.
 */
import type { Dataset } from './types.js';
import type { Report } from './report.js';
import type { Ids } from './collect-ids.js';

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
export function checkTree(data: Dataset, ids: Ids, report: Report): void {
  const { units } = data;
  const n = units.length;
  const node = (id: string): number => {
    const entry = ids.get(id);
    return entry?.kind === 'unit' ? entry.index : entry?.kind === 'organization' ? ORGANISATION : NONE;
  };
  // Each unit's node and its parent's, looked up once: with thousands of units, the lookups by id
  // are most of the work.
  const self = new Int32Array(n);
  const parent = new Int32Array(n).fill(NONE);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const unit = units[i]!;
    const k = (self[i] = node(unit.id));
    if (k >= 0) last[k] = i;
    const up = node(unit.parentId);
    if (up === NONE)
      report(`/units/${i}/parentId`, 'unknown-parent', [
        'unknownParent',
        unit.id,
        unit.parentId,
        ids.get(unit.parentId)?.kind,
        data.organization.id,
      ]);
    else if (k >= 0) parent[k] = up;
  }
  const depth = new Int32Array(n).fill(UNSETTLED);
  const passed = new Int32Array(n).fill(-1);
  const reported = new Uint8Array(n);
  const chain: number[] = [];
  for (let walk = 0; walk < n; walk++) {
    chain.length = 0;
    let k = self[walk]!;
    while (k >= 0 && depth[k] === UNSETTLED && passed[k] !== walk) {
      chain.push(k);
      passed[k] = walk;
      k = parent[k]!;
    }
    if (k >= 0 && depth[k] === UNSETTLED) {
      const loop = chain.slice(chain.indexOf(k));
      if (!loop.some((u) => reported[u])) {
        loop.forEach((u) => (reported[u] = 1));
        const first = Math.min(...loop.map((u) => last[u]!));
        report(`/units/${first}/parentId`, 'cycle', ['cycle', [...loop, k].map((u) => units[u]!.id)]);
      }
      chain.forEach((u) => (depth[u] = -1));
      continue;
    }
    let d = k === ORGANISATION ? 0 : k === NONE ? -1 : depth[k]!;
    for (let c = chain.length - 1; c >= 0; c--) {
      const u = chain[c]!;
      d = d < 0 ? -1 : d + 1;
      depth[u] = d;
      if (d === MAX_DEPTH + 1) report(`/units/${last[u]!}/parentId`, 'too-deep', ['tooDeep', units[u]!.id, d]);
    }
  }
}
