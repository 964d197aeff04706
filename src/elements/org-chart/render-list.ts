import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChartNode } from '../../chart/chart-tree.js';
import { domId } from './node-metrics.js';
import { isOpen, renderTreeitem, type TreeFrame } from './render-treeitem.js';

/** The narrow rendering: the same tree as an indented list, with the same treeitems and keys. */
export function renderListItem(node: ChartNode, frame: TreeFrame): TemplateResult | typeof nothing {
  const info = frame.index.get(node.id);
  if (!info) return nothing;
  const open = isOpen(node, frame);
  const mark = node.children.length > 0 ? (open ? '▾' : '▸') : '';
  const twisty = html`<span class="twisty" aria-hidden="true">${mark}</span>`;
  const text = frame.text(node);
  const row = renderTreeitem(node, info, frame, {
    base: 'row',
    style: { '--level': String(info.depth) },
    text,
    lines: text.label,
    before: twisty,
  });
  return html`<li role="none">${row}${
    open
      ? html`<ul role="group" id="group-${frame.idPrefix}${domId(node.id)}">${repeat(
          node.children,
          (c) => c.id,
          (c) => renderListItem(c, frame),
        )}</ul>`
      : nothing
  }</li>`;
}
