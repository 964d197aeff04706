import { html, type TemplateResult } from 'lit';
import type { UiLang } from '../../model/localize.js';
import type { LocalText } from '../../model/types.js';
import { localText } from '../shared/local-text.js';
import { messageParts } from '../shared/message-parts.js';

/** An interface message with one piece of data text in it (keeping its lang), e.g. `计入${whole}`. */
export function fillMessage(message: (text: string) => string, text: LocalText, lang: UiLang): TemplateResult {
  return html`${messageParts(message, localText(text, lang))}`;
}

const formats = new Map<UiLang, Intl.NumberFormat>();

/** Formats a count the way the interface language writes numbers (1,200 / 1,200). */
export function formatCount(n: number, lang: UiLang): string {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}
