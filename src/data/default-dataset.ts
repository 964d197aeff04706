import type { ParseResult } from '../model/types.js';
import { parseDataset } from '../model/parse-dataset.js';

let fallback: ParseResult | undefined;

/**
 * Sets the dataset elements render when a page gives them neither `src` nor `data`. The one-tag
 * bundle sets the bundled 苏州市国土资源局 dataset; npm users may set their own, or none.
 * Returns the parse result so a caller can report issues.
 */
export function setDefaultDataset(json: unknown): ParseResult {
  fallback = parseDataset(json);
  return fallback;
}

/** The default dataset's parse result, or undefined when none was set. */
export function getDefaultDataset(): ParseResult | undefined {
  return fallback;
}
