/**
 * gov-org-elements: side-effect-free entry. Importing it registers nothing; see src/define/ for
 * the modules that register tags.
 */
export * from './model/index.js';
export { getDefaultDataset, setDefaultDataset } from './data/default-dataset.js';
