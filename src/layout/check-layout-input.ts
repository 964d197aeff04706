/**
 * Cheap guards against programming errors. Callers build layout input from a dataset that has
 * already been validated, so a failure here means a bug in the caller: throw, naming the culprit.
 */
import type { LayoutInputNode, LayoutOptions } from './types.js';

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = Object.freeze({
  orientation: 'vertical',
  siblingGap: 16,
  levelGap: 48,
  stackThreshold: 4,
  stackRows: 6,
  stackGap: 10,
  stackIndent: 18,
});

const LENGTHS = ['siblingGap', 'levelGap', 'stackGap', 'stackIndent'] as const;

/** Fills in defaults and rejects options no layout can honour. */
export function resolveLayoutOptions(options: Partial<LayoutOptions> = {}): LayoutOptions {
  const resolved: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...stripUndefined(options) };
  if (resolved.orientation !== 'vertical' && resolved.orientation !== 'horizontal') {
    throw new RangeError(
      `layoutTree: orientation must be "vertical" or "horizontal", got ${String(resolved.orientation)}`,
    );
  }
  for (const key of LENGTHS) {
    if (!isLength(resolved[key]))
      throw new RangeError(`layoutTree: option ${key} must be a finite number ≥ 0, got ${resolved[key]}`);
  }
  // Infinity is a legitimate threshold: it turns stacking off.
  if (!(resolved.stackThreshold >= 0)) {
    throw new RangeError(`layoutTree: option stackThreshold must be ≥ 0, got ${resolved.stackThreshold}`);
  }
  if (!Number.isInteger(resolved.stackRows) || resolved.stackRows < 1) {
    throw new RangeError(`layoutTree: option stackRows must be a whole number ≥ 1, got ${resolved.stackRows}`);
  }
  return resolved;
}

/** Throws if `node` repeats an id already in `seen` (which it then joins) or has an unusable size. */
export function checkLayoutNode(node: LayoutInputNode, seen: Set<string>): void {
  if (seen.has(node.id)) throw new RangeError(`layoutTree: duplicate node id "${node.id}"`);
  seen.add(node.id);
  if (!isLength(node.width) || !isLength(node.height)) {
    throw new RangeError(`layoutTree: node "${node.id}" has an invalid size ${node.width} × ${node.height}`);
  }
}

function isLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** `{ levelGap: undefined }` means "use the default", as it would for a missing key. */
function stripUndefined(options: Partial<LayoutOptions>): Partial<LayoutOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
