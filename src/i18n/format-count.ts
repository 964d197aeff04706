import type { UiLang } from '../model/localize.js';

const formats = new Map<UiLang, Intl.NumberFormat>();

/** Formats a count the way the interface language writes numbers (1,200 / 1,200). */
export function formatCount(n: number, lang: UiLang): string {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}
