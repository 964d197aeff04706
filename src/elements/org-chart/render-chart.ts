import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ref, type Ref, type RefOrCallback } from 'lit/directives/ref.js';
import { styleProps } from '../shared/style-props.js';
import type { ViewTransform } from '../../layout/viewport.js';
import type { ChartLayout } from '../../chart/chart-layout.js';
import type { ChartKeyboard } from './chart-keyboard.js';
import { renderListItem } from './render-list.js';
import type { ChartNode } from '../../chart/chart-tree.js';
import type { PositionedNode, TreeLayout } from '../../layout/types.js';
import { intersects, type Rect } from '../../layout/viewport.js';
import { domId } from './node-metrics.js';
import { isOpen, renderTreeitem, type TreeFrame } from './render-treeitem.js';
import { textNode } from '../shared/text-node.js';

/** Everything the chart rendering reads; built once per update by the element. */
export interface ChartFrame extends TreeFrame {
  readonly layout: TreeLayout;
  readonly positions: ReadonlyMap<string, PositionedNode>;
  readonly bounds: ReadonlyMap<string, Rect>;
  readonly linksIn: ChartLayout['linksIn'];
  /** Content-space rectangle on screen (plus a margin); nodes outside it are not rendered. */
  readonly visible: Rect;
  /** Ids rendered whatever the viewport: the focused and selected nodes with their ancestors. */
  readonly keep: ReadonlySet<string>;
}

/** Refs to the hidden probe box and its two lines, which the layout reads the box style from. */
export interface ProbeRefs {
  readonly box: Ref<HTMLElement>;
  readonly label: Ref<HTMLElement>;
  readonly small: Ref<HTMLElement>;
}

/** A hidden box whose computed typography sizes every real box (themes, 200% text). */
export const renderProbe = (
  refs: ProbeRefs,
  hidden: boolean,
): TemplateResult => html`<div class="node probe" aria-hidden="true" ?hidden=${hidden} ${ref(refs.box)}
  ><span class="label" ${ref(refs.label)}>国</span><span class="detail" ${ref(refs.small)}>国</span></div>`;

/**
 * The chart's frame while its data loads: the status where the toolbar will be, and the chart area
 * at its own size, so nothing below the chart moves when the chart comes. With the probe, the
 * area's size and the box typography are known before the data is: the first update with data
 * lays out and draws at once. The status row takes the toolbar's ref: a host forced inline has no
 * width of its own, and the row, a block, says how wide its room is.
 */
export const renderLoadingFrame = (
  status: TemplateResult,
  refs: { readonly bar: Ref<HTMLElement>; readonly viewport: RefOrCallback },
  probe: ProbeRefs,
): TemplateResult => html`<div class="pending-bar" ${ref(refs.bar)}>${status}</div>
  <div part="viewport" class="pending" ${ref(refs.viewport)}></div>
  <p part="outside"></p>${renderProbe(probe, false)}`;

/** The links layer: one SVG, one path per shown link that crosses the viewport. */
export function renderLinks(frame: ChartFrame): TemplateResult {
  // Found through the subtrees that reach the view: a pan frame never looks at every link.
  const shown = frame.linksIn(frame.visible);
  const { width, height } = frame.layout;
  return html`<svg part="links" aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    ${repeat(
      shown,
      (l) => l.id,
      (l) => svg`<path part="link" d=${l.path}></path>`,
    )}
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
  const open = isOpen(node, frame);
  const content = frame.content(node);
  const box = renderTreeitem(node, info, frame, {
    base: 'node',
    style: { left: `${pos.x}px`, top: `${pos.y}px`, width: `${pos.width}px`, height: `${pos.height}px` },
    text: content,
    lines: html`${content.lines.map((line) => html`<span class="line">${textNode(line)}</span>`)}`,
    after:
      node.children.length > 0
        ? html`<span class="toggle" part="toggle" aria-hidden="true">${open ? '−' : '+'}</span>`
        : undefined,
  });
  return html`<div class="branch">${box}${
    open
      ? html`<div role="group" id="group-${frame.idPrefix}${domId(node.id)}">${repeat(
          node.children.filter((c) => isShown(c, frame)),
          (c) => c.id,
          (c) => renderNode(c, frame),
        )}</div>`
      : nothing
  }</div>`;
}

/** What the tree view shows: the chart when it has a layout, else the indented list (narrow). */
export interface TreeView {
  readonly tree: ChartNode;
  readonly label: string;
  readonly common: TreeFrame;
  readonly layout?: ChartLayout;
  readonly transform: ViewTransform;
  readonly interacting: boolean;
  readonly visible: Rect;
  readonly keep: ReadonlySet<string>;
  readonly keyboard: Pick<ChartKeyboard, 'onKeydown' | 'onClick' | 'onFocusin'>;
  /** Refs given the viewport element (the size watcher's and the pan/zoom controller's). */
  readonly viewport: readonly RefOrCallback[];
  /** Says how many boxes are outside the view, when some are. */
  readonly outside?: string;
  /** The overview in the chart area's corner, when the chart is larger than the area. */
  readonly minimap?: TemplateResult | typeof nothing;
}

/** The tree: a pannable chart of positioned boxes, or on narrow screens an indented list. */
export function renderTree(v: TreeView): TemplateResult {
  const { keyboard: k } = v;
  if (!v.layout) {
    return html`<ul part="list" role="tree" aria-label=${v.label} @keydown=${k.onKeydown} @click=${k.onClick}
      >${renderListItem(v.tree, v.common)}</ul>`;
  }
  const { layout, positions, bounds, linksIn } = v.layout;
  const frame: ChartFrame = { ...v.common, layout, positions, bounds, linksIn, keep: v.keep, visible: v.visible };
  const { x, y, k: scale } = v.transform;
  const place = { transform: `translate(${x}px, ${y}px) scale(${scale})` };
  const size = { width: `${layout.width}px`, height: `${layout.height}px` };
  return html`<div part="viewport" ${ref(v.viewport[0])} ${ref(v.viewport[1])}>
    <div part="canvas" class=${v.interacting ? 'interacting' : ''} ${styleProps({ ...place, ...size })}>
      ${renderLinks(frame)}
      <div role="tree" aria-label=${v.label} @keydown=${k.onKeydown} @click=${k.onClick} @focusin=${k.onFocusin}
        >${renderNode(v.tree, frame)}</div>
    </div>
    ${v.minimap ?? nothing}
  </div>
  <p part="outside">${v.outside ?? nothing}</p>`;
}
