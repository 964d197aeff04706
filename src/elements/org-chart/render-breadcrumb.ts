import { html, nothing, type TemplateResult } from 'lit';
import type { ChartNode } from '../../chart/chart-tree.js';
import type { Messages } from '../../i18n/messages.js';
import { pickText, type UiLang } from '../../model/localize.js';
import { textNode } from '../shared/text-node.js';

/**
 * Above a chart shown from a unit down: the way back to the organisation. The organisation and
 * every unit on the way are buttons that show the chart from there; kind groups are plain text;
 * the unit shown is marked as the current location.
 */
export function renderBreadcrumb(
  path: readonly ChartNode[],
  lang: UiLang,
  t: Messages,
  show: (unitId: string | undefined) => void,
): TemplateResult | typeof nothing {
  if (path.length < 2) return nothing;
  const name = (node: ChartNode): TemplateResult => {
    const text = pickText(node.label, lang);
    return html`<span part="crumb-name" lang=${text.lang === lang ? nothing : text.lang}>${textNode(text.text)}</span>`;
  };
  const crumb = (node: ChartNode, last: boolean): TemplateResult => {
    if (last) return html`<li part="crumb" aria-current="location">${name(node)}</li>`;
    if (node.type === 'group' || node.type === 'person') return html`<li part="crumb">${name(node)}</li>`;
    const unit = node.type === 'unit' ? node.entityId : undefined;
    return html`<li part="crumb"><button part="button crumb-button" type="button" @click=${() => show(unit)}
      >${name(node)}</button></li>`;
  };
  return html`<nav part="breadcrumb" aria-label=${t.breadcrumbLabel}>
    <ol part="crumbs">${path.map((node, i) => crumb(node, i === path.length - 1))}</ol>
  </nav>`;
}
