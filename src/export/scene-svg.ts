import { create } from 'd3-selection';
import type { Scene } from '../chart/export-scene.js';

/**
 * Faces with Chinese glyphs on every common system, after the chart's own, so a viewer elsewhere
 * still shows 中文.
 */
const CJK_FONTS = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const num = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * The scene as an `<svg>` element: one data join per layer (links, boxes, text runs). d3-selection
 * creates the nodes with DOM calls, not markup parsing, so it works under a strict CSP and Trusted
 * Types; `xml:lang` goes into the XML namespace. Presentation attributes, not `style`, which
 * `style-src` may block.
 */
export function sceneSvg(scene: Scene, lang: string, title: string): SVGSVGElement {
  const { margin: m, width, height } = scene;
  const svg = create<SVGSVGElement>('svg')
    .attr('width', num(width))
    .attr('height', num(height))
    .attr('viewBox', [-m, -m, width, height].map(num).join(' '))
    .attr('role', 'img')
    .attr('lang', lang)
    .attr('xml:lang', lang);
  svg.append('title').text(title);
  svg
    .append('rect')
    .attr('x', num(-m))
    .attr('y', num(-m))
    .attr('width', num(width))
    .attr('height', num(height))
    .attr('fill', scene.background);
  svg
    .append('g')
    .attr('fill', 'none')
    .attr('stroke', scene.link.color)
    .attr('stroke-width', num(scene.link.width))
    .selectAll(null)
    .data(scene.links)
    .join('path')
    .attr('d', (d) => d);
  svg
    .selectAll(null)
    .data(scene.boxes)
    .join('rect')
    .attr('x', (b) => num(b.x))
    .attr('y', (b) => num(b.y))
    .attr('width', (b) => num(b.width))
    .attr('height', (b) => num(b.height))
    .attr('rx', (b) => num(b.radius))
    .attr('fill', (b) => b.fill)
    .attr('stroke', (b) => b.stroke)
    .attr('stroke-width', (b) => num(b.strokeWidth));
  const family = scene.fontFamily.includes(CJK_FONTS.slice(0, 18))
    ? scene.fontFamily
    : `${scene.fontFamily}, ${CJK_FONTS}`;
  svg
    .append('g')
    .attr('font-family', family)
    .selectAll(null)
    .data(scene.texts)
    .join('text')
    .attr('x', (t) => num(t.x))
    .attr('y', (t) => num(t.y))
    .attr('font-size', (t) => num(t.size))
    .attr('font-weight', (t) => t.weight)
    .attr('fill', (t) => t.color)
    // Only a name in another language than the drawing's is marked.
    .attr('xml:lang', (t) => (t.lang && t.lang !== lang ? t.lang : null))
    .text((t) => t.text);
  return svg.node()!;
}

/** A standalone SVG document; XMLSerializer escapes &, <, > in text and &, ", <, > in attributes. */
export function svgDocument(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
