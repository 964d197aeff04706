import suzhouJson from '../../data/suzhou-land-resources-bureau.json';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';

/** A fresh, writable copy of the bundled dataset, exactly as the file has it. */
export const suzhou = (): Dataset => structuredClone(suzhouJson) as unknown as Dataset;

export const unitByName = (d: Dataset, zh: string) => d.units.find((u) => u.name.zh === zh)!;
export const personByName = (d: Dataset, zh: string) => d.people.find((p) => p.name.zh === zh)!;

/** The issues parseDataset finds, as "path code" lines (empty when valid). */
export const issuesOf = (d: Dataset): string[] =>
  parseDataset(JSON.parse(JSON.stringify(d))).issues.map((i) => `${i.path} ${i.code}`);

/** Deep-freezes a dataset, so an edit that wrote into its input would throw. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) frozen(child);
  }
  return value;
}
