import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type UiLang } from '../../model/localize.js';
import type { LocalText } from '../../model/types.js';
import { textNode } from './text-node.js';

/**
 * Data text in the interface language where the dataset has it; otherwise the Chinese, marked
 * with `lang` so screen readers pronounce it correctly.
 */
export function localText(text: LocalText, lang: UiLang): TemplateResult {
  const picked = pickText(text, lang);
  return html`<span lang=${picked.lang === lang ? nothing : picked.lang}>${textNode(picked.text)}</span>`;
}
