/**
 * What export and print draw with, loaded by `<org-chart>` through `import()` only (`exportCode`
 * in chart-export.ts): its own chunk, requested when the page is idle after the chart is shown, so
 * the first view carries none of it. The reading of the chart's looks (chart-scene.ts) and the
 * drawings (export/), which a lint rule keeps every other module of the elements from importing.
 *
 * d3-selection costs about 3.6 KB gzip here (the whole library: its methods sit on one prototype,
 * so nothing is shaken out), paid once, off the first view. It buys a drawing that is a function
 * of the scene, one data join per layer, and namespaces (SVG, `xml:lang`) handled by the library
 * rather than by our own helper.
 */
export { chartScene } from './chart-scene.js';
export { scenePng } from '../../export/scene-png.js';
export { sceneSvg, svgDocument } from '../../export/scene-svg.js';
