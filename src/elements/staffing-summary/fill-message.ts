import { html, type TemplateResult } from 'lit';
import type { UiLang } from '../../model/localize.js';
import type { LocalText } from '../../model/types.js';
import { localText } from '../shared/local-text.js';
import { messageParts } from '../shared/message-parts.js';

/** An interface message with one piece of data text in it (keeping its lang), e.g. `计入${whole}`. */
export function fillMessage(message: (text: string) => string, text: LocalText, lang: UiLang): TemplateResult {
  return html`${messageParts(message, localText(text, lang))}`;
}
