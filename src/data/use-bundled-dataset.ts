/**
 * Side effect: makes the bundled 苏州市国土资源局 dataset the page default, loaded when the first
 * element without its own data needs it. The build checked it (`npm run build` fails on an
 * invalid one), so the page trusts it: no dataset check is loaded for it.
 */
import { setDefaultDatasetSource } from './default-dataset.js';
import { trustDataset } from '../model/trusted.js';

setDefaultDatasetSource(() =>
  import('./suzhou-land-resources-bureau.js').then((module) => trustDataset(module.suzhouLandResourcesBureau)),
);
