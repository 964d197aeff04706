export type * from './types.js';
export { parseDataset } from './parse-dataset.js';
export { resolvePointer, MAX_DEPTH } from './check-references.js';
export { pickText, resolveLang, type PickedText, type UiLang } from './localize.js';
export {
  ancestorsOf,
  assistedBy,
  childrenOf,
  dutiesOf,
  findUnit,
  notesAbout,
  personById,
  supervisedUnitsOf,
  supervisorsOf,
  unitById,
} from './queries.js';
