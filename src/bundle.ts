/**
 * The one-tag build (`dist/gov-org-elements.js`): every element registered, with the bundled
 * dataset as the default for elements given neither `src` nor `data`.
 */
import './data/use-bundled-dataset.js'; // before any tag is defined, so upgrades see the default
import './define/all.js';

export * from './index.js';
export { suzhouLandResourcesBureau } from './data/suzhou-land-resources-bureau.js';
