import type { Dataset } from '../../src/model/types.js';

/** The units' Chinese names, in dataset order. */
export const names = (d: Dataset): string[] => d.units.map((u) => u.name.zh);
/** The unit of that Chinese name. */
export const unit = (d: Dataset, name: string) => d.units.find((u) => u.name.zh === name)!;
