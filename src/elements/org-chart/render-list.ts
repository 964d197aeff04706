import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChartNode } from '../../layout/chart-tree.js';
import type { NodeInfo } from '../../layout/chart-visibility.js';
import { domId, type BoxContent } from './node-metrics.js';

export interface ListFrame {
  readonly index: ReadonlyMap<string, NodeInfo>;
  readonly expanded: ReadonlySet<string>;
  readonly content: (node: ChartNode) => BoxContent;
  readonly focusedId: string;
  /** The selected unit's id (every box showing that unit is marked selected). */
  readonly selectedUnit: string | undefined;
  readonly highlighted: ReadonlySet<string>;
  /** Node ids matching the find box. */
  readonly found: ReadonlySet<string>;
}

/** The narrow rendering: the same tree as an indented list, with the same treeitems and keys. */
export function renderListItem(node: ChartNode, frame: ListFrame): TemplateResult | typeof nothing {
  const info = frame.index.get(node.id);
  if (!info) return nothing;
  const box = frame.content(node);
  const open = frame.expanded.has(node.id) && node.children.length > 0;
  const key = domId(node.id);
  const selected = node.type === 'unit' && node.entityId === frame.selectedUnit;
  return html`<li role="none"><div
    class="row ${frame.highlighted.has(node.entityId) ? 'highlighted' : ''} ${frame.found.has(node.id) ? 'found' : ''}"
    part="row row--${node.type}${selected ? ' row--selected' : ''}"
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
    style="--level: ${info.depth}"
    ><span class="twisty" aria-hidden="true">${node.children.length > 0 ? (open ? '▾' : '▸') : ''}</span
    ><span class="texts"><span class="label" part="label" id="label-${key}" lang=${box.labelLang}>${box.lines.join('')}</span>
    <span class="desc" id="desc-${key}">${box.detail ? html`<span class="detail" part="detail">${box.detail}</span> ` : nothing}${box.meta
      ? html`<span class="meta" part="meta">${box.meta}</span>` : nothing}</span></span></div
  >${open ? html`<ul role="group" id="group-${key}">${repeat(node.children, (c) => c.id, (c) => renderListItem(c, frame))}</ul>` : nothing}</li>`;
}
