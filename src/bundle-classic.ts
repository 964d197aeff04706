/**
 * The classic-script build (`dist/gov-org-elements.classic.js`, no `type="module"`): one file
 * that registers every tag at once, with the bundled dataset as the default (at hand from the
 * start, as before per-tag loading); its exports (those of the npm entry) are on
 * `window.GovOrgElements`. For CMS templates that cannot use modules.
 */
import { setDefaultResult } from './data/default-dataset.js';
import { suzhouLandResourcesBureau } from './data/suzhou-land-resources-bureau.js';
import { trustDataset } from './model/trusted.js';
import './define/all.js';

// Checked when the library was built (npm run build fails on an invalid dataset).
setDefaultResult(trustDataset(suzhouLandResourcesBureau));

export * from './index.js';
export { suzhouLandResourcesBureau };
