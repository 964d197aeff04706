import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import type { Messages } from '../../i18n/messages.js';
import type { UiLang } from '../../model/localize.js';
import { localText } from '../shared/local-text.js';
import { formatCount } from '../../i18n/format-count.js';
import type { VisualGroup, VisualItem } from '../../staffing/quota-visual.js';

/** Segment looks cycle through this many fill patterns (solid, stripes, dots). */
const PATTERNS = 3;

/**
 * A picture of the quotas for sighted readers. Hidden from assistive technology: the table says
 * the same, better. Widths are percentages set through CSSOM (styleProps), which a strict CSP allows.
 */
export function renderVisual(
  groups: readonly VisualGroup[],
  t: Messages,
  lang: UiLang,
): TemplateResult | typeof nothing {
  if (groups.length === 0) return nothing;
  return html`<div part="visual" class="visual" aria-hidden="true">
    ${groups.map(
      ({ category, items }) => html`<div class="visual-group" data-category=${category}>
      <div part="visual-title" class="visual-title">${t.quotaCategories[category]}</div>
      ${items.map((item) => renderItem(item, lang))}
    </div>`,
    )}
  </div>`;
}

function renderItem(item: VisualItem, lang: UiLang): TemplateResult {
  const label = html`<div class="item-label">${localText(item.quota.label, lang)}</div>`;
  const total = html`<div part="visual-total" class="item-total">${formatCount(item.total, lang)}</div>`;
  if (item.kind === 'dots') {
    const dots = Array.from({ length: item.total }, () => html`<span part="dot" class="dot"></span>`);
    return html`<div class="item" data-quota=${item.quota.id}>
      ${label}<div part="dots" class="dots">${dots}</div>${total}
    </div>`;
  }
  const pattern = (i: number): string => `pattern-${i % PATTERNS}`;
  return html`<div class="item" data-quota=${item.quota.id}>
    ${label}
    <div part="bar" class="bar">${item.segments.map(
      (s, i) => html`<span part="segment" class="segment ${pattern(i)}"
      data-quota=${s.quota.id} ${styleProps({ width: `${s.share * 100}%` })}></span>`,
    )}</div>
    ${total}
    <div part="legend" class="legend">${item.segments.map(
      (s, i) => html`<span class="legend-entry">
      <span class="swatch ${pattern(i)}"></span>${localText(s.quota.label, lang)}<span class="legend-count"
        >${formatCount(s.count, lang)}</span>
    </span>`,
    )}</div>
  </div>`;
}
