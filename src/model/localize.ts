import type { LocalText } from './types.js';

/** Interface languages the elements ship with. */
export type UiLang = 'zh-CN' | 'en';

/** A piece of data text in the language it was actually written in. */
export interface PickedText {
  readonly text: string;
  /** BCP 47 tag to put on the element that shows `text`. */
  readonly lang: UiLang;
}

/** Maps any BCP 47 tag to a supported interface language: English for `en*`, otherwise Chinese. */
export function resolveLang(tag: string | null | undefined): UiLang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

/** Picks the text for `lang`, falling back to Chinese (and saying so through `lang`). */
export function pickText(text: LocalText, lang: UiLang): PickedText {
  if (lang === 'en' && text.en !== undefined) return { text: text.en, lang: 'en' };
  return { text: text.zh, lang: 'zh-CN' };
}
