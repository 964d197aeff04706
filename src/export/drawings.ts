/**
 * What export and print draw with, loaded by `<org-chart>` through `import()` only (its own chunk,
 * with d3-selection): nothing of it is needed for the first view.
 */
export { exportScene } from '../chart/export-scene.js';
export { scenePng } from './scene-png.js';
export { sceneSvg, svgDocument } from './scene-svg.js';
