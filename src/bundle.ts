/**
 * The one-tag build (`dist/gov-org-elements.js`): everything, including the bundled dataset,
 * which becomes the default for elements given neither `src` nor `data`.
 */
import { setDefaultDataset } from './data/default-dataset.js';
import { suzhouLandResourcesBureau } from './data/suzhou-land-resources-bureau.js';

export * from './index.js';
export { suzhouLandResourcesBureau };

setDefaultDataset(suzhouLandResourcesBureau);
