import type { ChartNode } from '../../chart/chart-tree.js';
import { exportScene, type BoxLook, type Scene, type TextLook } from '../../chart/export-scene.js';
import type { ChartNow } from './chart-actions.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';

// Part of the export chunk (see chart-drawing.ts): reading the chart's looks is only for drawing.

type LookKey = ChartNode['type'] | 'selected';
const KEYS: readonly LookKey[] = ['organization', 'group', 'person', 'unit', 'selected'];
const px = (v: string): number => parseFloat(v) || 0;

/** A throwaway element inside the chart, styled by the chart's CSS and the page's own rules. */
function probe(parent: ParentNode, className: string, part: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  if (part) el.setAttribute('part', part);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

/**
 * The drawing of the chart's tree with the given nodes open (the chart's own open nodes by
 * default), as the chart looks now: the colours per kind of box are read from throwaway boxes
 * inside the chart, so themes and the page's own rules carry over.
 */
export function chartScene(
  host: HTMLElement,
  layouts: ChartLayoutCache,
  now: ChartNow,
  open?: ReadonlySet<string>,
): Scene {
  const { tree, index, selected } = now;
  layouts.checkStyle();
  const { layout } = layouts.compute(tree, open ?? now.expanded, now.orientation);
  // Colours per kind of box, as the theme and the page resolve them; sizes come from the one
  // reading of the box style the screen uses too.
  const root = probe(host, 'probe', '');
  const looks = {} as Record<LookKey, BoxLook>;
  for (const key of KEYS) {
    const type = key === 'selected' ? 'unit' : key;
    const box = probe(
      root,
      'node',
      `node node--${type}${key === 'selected' ? ' node--selected' : ''}`,
      key === 'selected' ? { 'data-type': type, 'aria-selected': 'true' } : { 'data-type': type },
    );
    const b = getComputedStyle(box);
    const small = getComputedStyle(probe(box, 'detail', 'detail'));
    looks[key] = {
      fill: b.backgroundColor,
      stroke: b.borderTopColor,
      strokeWidth: px(b.borderTopWidth),
      radius: px(b.borderTopLeftRadius),
      color: b.color,
      muted: small.color,
    };
  }
  const link = getComputedStyle(probe(root, 'probe', 'link'));
  const area = getComputedStyle(probe(root, 'probe', 'viewport'));
  const box = layouts.boxStyle;
  const style = {
    padX: box.padX,
    padY: box.padY,
    fontFamily: box.fontFamily,
    background: area.backgroundColor,
    linkColor: link.stroke,
    linkWidth: px(link.strokeWidth),
    label: textLook(box.labelSize, box.labelWeight, box.fontFamily, box.labelLineHeight),
    small: textLook(box.smallSize, box.smallWeight, box.fontFamily, box.smallLineHeight),
  };
  root.remove();
  return exportScene(
    layout,
    (id) => {
      const node = index.get(id)!.node;
      const c = layouts.content(node);
      const key = node.type === 'unit' && node.entityId === selected ? 'selected' : node.type;
      return { lines: c.lines, lang: c.labelLang, detail: c.detail, meta: c.meta, look: looks[key] };
    },
    style,
  );
}

/** Size, weight and line height of a text style, with its font's ascent and descent (for the baseline). */
function textLook(size: number, weight: string, family: string, lineHeight: number): TextLook {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${weight} ${size}px ${family}`;
  const m = ctx.measureText('x');
  // The font box is Chromium 87+; below it (the floor is 86), a CJK face's usual 0.88 and 0.12 em.
  const ascent = m.fontBoundingBoxAscent ?? size * 0.88;
  return { size, weight, lineHeight, ascent, descent: m.fontBoundingBoxDescent ?? size * 0.12 };
}
