/** The classic-script build without the bundled dataset (`dist/gov-org-elements-no-data.classic.js`). */
import './define/all.js';

export * from './index.js';
