import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ChartNode } from '../../layout/chart-tree.js';
import type { NodeInfo } from '../../layout/chart-visibility.js';
import type { PositionedNode, TreeLayout } from '../../layout/types.js';
import { intersects, type Rect } from '../../layout/viewport.js';
import { domId, type BoxContent } from './node-metrics.js';

/** Everything the chart rendering reads; built once per update by the element. */
export interface ChartFrame {
  readonly layout: TreeLayout;
  readonly positions: ReadonlyMap<string, PositionedNode>;
  readonly bounds: ReadonlyMap<string, Rect>;
  readonly index: ReadonlyMap<string, NodeInfo>;
  readonly expanded: ReadonlySet<string>;
  readonly content: (node: ChartNode) => BoxContent;
  /** Content-space rectangle on screen (plus a margin); nodes outside it are not rendered. */
  readonly visible: Rect;
  /** Ids rendered whatever the viewport: the focused and selected nodes with their ancestors. */
  readonly keep: ReadonlySet<string>;
  readonly focusedId: string;
  /** The selected unit's id (every box showing that unit is marked selected). */
  readonly selectedUnit: string | undefined;
  readonly highlighted: ReadonlySet<string>;
  /** Node ids matching the find box. */
  readonly found: ReadonlySet<string>;
}

/** The links layer: one SVG, one path per shown link that crosses the viewport. */
export function renderLinks(frame: ChartFrame): TemplateResult {
  const { layout, visible } = frame;
  const shown = layout.links.filter((link) => {
    const xs = link.points.map((p) => p[0]);
    const ys = link.points.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return intersects({ x, y, width: Math.max(...xs) - x + 1, height: Math.max(...ys) - y + 1 }, visible);
  });
  return html`<svg part="links" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
    ${repeat(shown, (l) => l.id, (l) => svg`<path part="link" d=${l.path}></path>`)}
  </svg>`;
}

/** Whether a node is rendered: it or something below it is on screen, or it must stay (focus). */
function isShown(node: ChartNode, frame: ChartFrame): boolean {
  const area = frame.bounds.get(node.id);
  return frame.keep.has(node.id) || (area !== undefined && intersects(area, frame.visible));
}

/**
 * A node and its shown subtree. The treeitem holds only its own box; its group of children is a
 * sibling it owns (aria-owns), so a box's accessible name and visible text are the same words
 * (axe: label-content-name-mismatch) while assistive technology still sees tree > treeitem > group.
 * All boxes are positioned in canvas coordinates; the wrappers are plain static divs.
 */
export function renderNode(node: ChartNode, frame: ChartFrame): TemplateResult | typeof nothing {
  const pos = frame.positions.get(node.id);
  const info = frame.index.get(node.id);
  if (!pos || !info || !isShown(node, frame)) return nothing;
  const box = frame.content(node);
  const open = frame.expanded.has(node.id) && node.children.length > 0;
  const key = domId(node.id);
  const selected = node.type === 'unit' && node.entityId === frame.selectedUnit;
  return html`<div class="branch"><div
    class="node ${frame.highlighted.has(node.entityId) ? 'highlighted' : ''} ${frame.found.has(node.id) ? 'found' : ''}"
    part="node node--${node.type}${selected ? ' node--selected' : ''}"
    role="treeitem"
    data-id=${node.id}
    data-type=${node.type}
    aria-level=${info.depth + 1}
    aria-setsize=${info.setSize}
    aria-posinset=${info.posInSet}
    aria-expanded=${node.children.length > 0 ? String(open) : nothing}
    aria-selected=${node.type === 'unit' ? String(selected) : nothing}
    aria-labelledby="label-${key} desc-${key}"
    aria-owns=${open ? `group-${key}` : nothing}
    tabindex=${node.id === frame.focusedId ? 0 : -1}
    style=${styleMap({ left: `${pos.x}px`, top: `${pos.y}px`, width: `${pos.width}px`, height: `${pos.height}px` })}
  ><span class="label" part="label" id="label-${key}" lang=${box.labelLang}>${box.lines.map((line) => html`<span class="line">${line}</span>`)}</span> <span class="desc" id="desc-${key}">${box.detail ? html`<span class="detail" part="detail">${box.detail}</span> ` : nothing}${box.meta ? html`<span class="meta" part="meta">${box.meta}</span>` : nothing}</span>${node.children.length > 0 ? html`<span class="toggle" part="toggle" aria-hidden="true">${open ? '−' : '+'}</span>` : nothing}</div>${open
    ? html`<div role="group" id="group-${key}">${repeat(node.children.filter((c) => isShown(c, frame)), (c) => c.id, (c) => renderNode(c, frame))}</div>`
    : nothing}</div>`;
}
