/**
 * What export and print draw with, loaded by `<org-chart>` through `import()` only: its own chunk,
 * requested when the page is idle after the chart is shown, so the first view carries none of it.
 *
 * d3-selection costs about 3.6 KB gzip here (the whole library: its methods sit on one prototype,
 * so nothing is shaken out), paid once, off the first view. It buys a drawing that is a function
 * of the scene, one data join per layer, and namespaces (SVG, `xml:lang`) handled by the library
 * rather than by our own helper.
 */
export { exportScene } from '../chart/export-scene.js';
export { scenePng } from './scene-png.js';
export { sceneSvg, svgDocument } from './scene-svg.js';
