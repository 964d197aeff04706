/**
 * The one-tag build without the bundled dataset (`dist/gov-org-elements-no-data.js`), for portals
 * that publish their own data: every element registered; give each `src` or `data`.
 */
import './define/all.js';

export * from './index.js';
