import type { Dataset, ParseResult } from './types.js';
import { deepFreeze } from './deep-freeze.js';

// Datasets known to be valid: produced by parseDataset, or trusted (checked when the library was
// built). Handing one to an element (e.g. a profile passing its dataset to its duty lists) needs
// no check, so the check's code need not even be loaded.
const produced = new WeakSet<object>();

/** Whether `value` is a dataset parseDataset produced or trustDataset trusted. */
export function isProduced(value: unknown): boolean {
  return value !== null && typeof value === 'object' && produced.has(value);
}

/** Records a dataset parseDataset has checked. */
export function markProduced(dataset: Dataset): void {
  produced.add(dataset);
}

/**
 * A dataset checked ahead of time (the bundled one: `npm run build` fails on an invalid dataset),
 * frozen and accepted without running the check. Never use it for data a portal supplies.
 */
export function trustDataset(json: unknown): ParseResult {
  const dataset = deepFreeze(json) as Dataset;
  produced.add(dataset);
  return { ok: true, dataset, issues: [] };
}
