import { html, type TemplateResult } from 'lit';
import type { UiLang } from '../../model/localize.js';
import type { LocalText } from '../../model/types.js';
import { localText } from '../shared/local-text.js';

// A character no message contains: the message is built around it, then the data text goes
// in its place as its own span, so a Chinese fallback inside an English sentence keeps its lang.
const SLOT = '\u0001';

/** An interface message with one piece of data text in it, e.g. `计入${whole}`. */
export function fillMessage(message: (text: string) => string, text: LocalText, lang: UiLang): TemplateResult {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return html`${before}${localText(text, lang)}${after}`;
}

const formats = new Map<UiLang, Intl.NumberFormat>();

/** Formats a count the way the interface language writes numbers (1,200 / 1,200). */
export function formatCount(n: number, lang: UiLang): string {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}
