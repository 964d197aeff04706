import type { ParseResult } from '../model/types.js';
import { parseDataset } from '../model/parse-dataset.js';
import { setDefaultResult } from './default-dataset.js';

/**
 * Sets the dataset elements render when a page gives them neither `src` nor `data`, after checking
 * it (npm users may set their own, or none). Returns the parse result so a caller can report
 * issues; an invalid dataset becomes the default too, and elements show its issues.
 */
export function setDefaultDataset(json: unknown): ParseResult {
  const result = parseDataset(json);
  setDefaultResult(result);
  return result;
}
