/**
 * The one-tag build without the bundled dataset (`dist/gov-org-elements-no-data.js`), for portals
 * that publish their own data: each tag's code loads when the tag first appears; give each
 * element `src` or `data`. Exports as `gov-org-elements.js` does.
 */
import { startLazyLoading } from './loader/start-loading.js';

export const { loadElement, loadApi } = startLazyLoading('gov-org-elements-no-data.js');
