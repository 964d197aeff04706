/** Side effect: makes the bundled 苏州市国土资源局 dataset the page default. Imported first by the one-tag bundle. */
import { setDefaultDataset } from './default-dataset.js';
import { suzhouLandResourcesBureau } from './suzhou-land-resources-bureau.js';

setDefaultDataset(suzhouLandResourcesBureau);
