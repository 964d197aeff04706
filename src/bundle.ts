/**
 * The one-tag build (`dist/gov-org-elements.js`): a small entry that loads each tag's code when
 * the tag first appears on the page, with the bundled 苏州市国土资源局 dataset as the default for
 * elements given neither `src` nor `data` (a chunk of its own, loaded only if such an element
 * exists; checked when the library was built, so the page does not check it again).
 *
 * Exports: `loadElement(tag)` and `loadApi()` (every export of the npm entry, once loaded). Before
 * per-tag loading this module exported the element classes and the model directly and defined
 * every tag before any script after it ran; see docs/installing.md ("Per-tag loading").
 */
import { offerBundledDataset } from './data/offer-bundled-dataset.js';
import { startLazyLoading } from './loader/start-loading.js';

const bundled = offerBundledDataset(() =>
  import('./data/suzhou-land-resources-bureau.js').then((module) => module.suzhouLandResourcesBureau),
);
export const { loadElement, loadApi } = startLazyLoading('gov-org-elements.js', bundled);
