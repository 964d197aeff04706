import { html, nothing, type TemplateResult } from 'lit';
import { styleProps, type StyleProps } from '../shared/style-props.js';
import type { ChartNode } from '../../chart/chart-tree.js';
import type { NodeInfo } from '../../chart/chart-visibility.js';
import { domId, type BoxContent, type BoxText } from './node-metrics.js';
import { textNode } from '../shared/text-node.js';

/** What both renderings (chart and list) read to draw a tree item. */
export interface TreeFrame {
  readonly index: ReadonlyMap<string, NodeInfo>;
  readonly expanded: ReadonlySet<string>;
  /** A box's wrapped and measured content (the chart). */
  readonly content: (node: ChartNode) => BoxContent;
  /** An item's words, nothing measured (the list). */
  readonly text: (node: ChartNode) => BoxText;
  /** The tree's tab stop. */
  readonly focused: string;
  /** The selected unit's id (every box showing that unit is marked selected). */
  readonly selected?: string;
  readonly highlighted: ReadonlySet<string>;
  /** Node ids matching the find box. */
  readonly found: ReadonlySet<string>;
  /** Prefix that makes the chart's ids unique on the page. */
  readonly idPrefix: string;
}

export interface ItemLook {
  /** `node` (chart box) or `row` (list line): the class and part name. */
  readonly base: 'node' | 'row';
  /** Applied through CSSOM (styleProps), which a strict style-src CSP allows. */
  readonly style: StyleProps;
  /** What the item says (its label is drawn as `lines`). */
  readonly text: BoxText;
  readonly lines: TemplateResult | string;
  readonly before?: TemplateResult;
  readonly after?: TemplateResult;
}

export const isOpen = (node: ChartNode, frame: TreeFrame): boolean =>
  frame.expanded.has(node.id) && node.children.length > 0;

/**
 * One treeitem with every ARIA state the APG treeview pattern asks for. Its name is its own
 * label and description (aria-labelledby); its group of children is a sibling it owns.
 */
export function renderTreeitem(node: ChartNode, info: NodeInfo, frame: TreeFrame, look: ItemLook): TemplateResult {
  const box = look.text;
  const key = frame.idPrefix + domId(node.id);
  const open = isOpen(node, frame);
  const selected = node.type === 'unit' && node.entityId === frame.selected;
  const classes = [
    look.base,
    frame.highlighted.has(node.entityId) ? 'highlighted' : '',
    frame.found.has(node.id) ? 'found' : '',
  ].join(' ');
  const part = `${look.base} ${look.base}--${node.type}${selected ? ` ${look.base}--selected` : ''}`;
  const label = html`<span class="label" part="label" id="label-${key}" lang=${box.labelLang}>${look.lines}</span>`;
  const detail = box.detail ? html`<span class="detail" part="detail">${textNode(box.detail)}</span> ` : nothing;
  const meta = box.meta ? html`<span class="meta" part="meta">${textNode(box.meta)}</span>` : nothing;
  return html`<div class=${classes} part=${part}
    role="treeitem" data-id=${node.id} data-type=${node.type}
    aria-level=${info.depth + 1} aria-setsize=${info.setSize} aria-posinset=${info.posInSet}
    aria-expanded=${node.children.length > 0 ? String(open) : nothing}
    aria-selected=${node.type === 'unit' ? String(selected) : nothing}
    aria-labelledby="label-${key} desc-${key}" aria-owns=${open ? `group-${key}` : nothing}
    tabindex=${node.id === frame.focused ? 0 : -1} ${styleProps(look.style)}
    >${look.before ?? nothing}<span class="texts">${label}
    <span class="desc" id="desc-${key}">${detail}${meta}</span></span>${look.after ?? nothing}</div>`;
}
