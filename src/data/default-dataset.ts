import type { ParseResult } from '../model/types.js';
import { trustDataset } from '../model/trusted.js';

/**
 * Where the one-tag build's entry offers its bundled dataset (offer-bundled-dataset.ts writes the
 * same key): a page-wide symbol, not an import, so that the entry shares no module with the chunks.
 */
const BUNDLED_DATASET = Symbol.for('gov-org-elements.bundled-dataset');

let fallback: ParseResult | undefined;
let source: (() => Promise<ParseResult>) | undefined;
let pending: Promise<ParseResult> | undefined;

/**
 * The dataset elements render when a page gives them neither `src` nor `data`, if it is already
 * at hand: set with `setDefaultDataset`, or loaded from the source `setDefaultDatasetSource` gave.
 */
export function getDefaultDataset(): ParseResult | undefined {
  return fallback;
}

/** Makes `result` the page default (setDefaultDataset checks the data first). */
export function setDefaultResult(result: ParseResult): void {
  fallback = result;
  source = undefined;
  pending = undefined;
}

/**
 * A default that loads when the first element needs it: the one-tag bundle's 苏州市国土资源局
 * dataset is a chunk of its own, checked when the library was built, so a page whose elements all
 * have their own data never downloads it.
 */
export function setDefaultDatasetSource(load: () => Promise<ParseResult>): void {
  fallback = undefined;
  source = load;
  pending = undefined;
}

/**
 * Starts (or joins) loading the default from its source; undefined when there is nothing to load
 * (a default already at hand, or none at all). A failed load is not kept: Retry loads it again.
 */
export function loadDefaultDataset(): Promise<ParseResult> | undefined {
  if (fallback) return undefined;
  source ??= offeredDataset();
  if (!source) return undefined;
  const load = source;
  pending ??= load().then(
    (result) => {
      if (source === load) fallback = result;
      return result;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The bundled dataset the one-tag build offered (see offerBundledDataset), as a trusted source. */
function offeredDataset(): (() => Promise<ParseResult>) | undefined {
  const offered = (globalThis as unknown as Record<symbol, unknown>)[BUNDLED_DATASET];
  if (typeof offered !== 'function') return undefined;
  return () => (offered as () => Promise<unknown>)().then(trustDataset);
}
