import type { Scene } from '../../chart/export-scene.js';

const SVG = 'http://www.w3.org/2000/svg';
/**
 * Faces with Chinese glyphs on every common system, after the chart's own, so a viewer elsewhere
 * still shows 中文.
 */
const CJK_FONTS = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const num = (v: number): string => String(Math.round(v * 100) / 100);

type Attrs = Record<string, string | number>;

function set(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    el.setAttributeNS(
      name === 'xml:lang' ? 'http://www.w3.org/XML/1998/namespace' : null,
      name,
      typeof value === 'number' ? num(value) : value,
    );
  }
}

function add(parent: Element, tag: string, attrs: Attrs, text?: string): Element {
  const el = document.createElementNS(SVG, tag);
  set(el, attrs);
  if (text !== undefined) el.textContent = text;
  parent.append(el);
  return el;
}

/**
 * The scene as an `<svg>` element, built with DOM calls (no markup parsing, so it works under a
 * strict CSP and Trusted Types). Presentation attributes, not `style`, which `style-src` may block.
 */
export function sceneSvg(scene: Scene, lang: string, title: string): SVGSVGElement {
  const { margin: m, width, height } = scene;
  const svg = document.createElementNS(SVG, 'svg');
  set(svg, { width, height, viewBox: [-m, -m, width, height].map(num).join(' '), role: 'img', lang, 'xml:lang': lang });
  add(svg, 'title', {}, title);
  add(svg, 'rect', { x: -m, y: -m, width, height, fill: scene.background });
  const links = add(svg, 'g', { fill: 'none', stroke: scene.link.color, 'stroke-width': scene.link.width });
  for (const d of scene.links) add(links, 'path', { d });
  for (const b of scene.boxes) {
    add(svg, 'rect', {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      rx: b.radius,
      fill: b.fill,
      stroke: b.stroke,
      'stroke-width': b.strokeWidth,
    });
  }
  const family = scene.fontFamily.includes(CJK_FONTS.slice(0, 18))
    ? scene.fontFamily
    : `${scene.fontFamily}, ${CJK_FONTS}`;
  const texts = add(svg, 'g', { 'font-family': family });
  for (const t of scene.texts) {
    const attrs: Attrs = { x: t.x, y: t.y, 'font-size': t.size, 'font-weight': t.weight, fill: t.color };
    if (t.lang && t.lang !== lang) attrs['xml:lang'] = t.lang;
    add(texts, 'text', attrs, t.text);
  }
  return svg;
}

/** A standalone SVG document; XMLSerializer escapes &, <, > in text and &, ", <, > in attributes. */
export function svgDocument(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
