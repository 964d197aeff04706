import type { importText } from '../../src/import/index.js';
import type { Dataset } from '../../src/model/types.js';

/** The units' Chinese names, in dataset order. */
export const names = (d: Dataset): string[] => d.units.map((u) => u.name.zh);
/** The unit of that Chinese name. */
export const unit = (d: Dataset, name: string) => d.units.find((u) => u.name.zh === name)!;
/** Each leader as 姓名：职务、职务. */
export const leaders = (d: Dataset): string[] =>
  d.people.map((p) => `${p.name.zh}：${p.posts.map((x) => x.title.zh).join('、')}`);
/** The names of the units a leader supervises. */
export const supervised = (d: Dataset, name: string): string[] => {
  const person = d.people.find((p) => p.name.zh === name);
  return (person?.supervises ?? []).map((s) => d.units.find((u) => u.id === s.unitId)?.name.zh ?? s.unitId);
};
/** The text of the report's unplaced entries. */
export const unplaced = (r: ReturnType<typeof importText>['report']): string[] =>
  r.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text);
