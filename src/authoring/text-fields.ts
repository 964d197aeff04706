import type { LocalText } from '../model/types.js';

/**
 * The Chinese of a text replaced, its English kept: a translation is data too, and the sign-off
 * view shows the edit so whoever signs it can see the English may need a look.
 * `en` replaces the English when given ('' removes it).
 */
export function withZh(old: LocalText | undefined, zh: string, en?: string): LocalText {
  const next: { zh: string; en?: string } = { ...old, zh };
  if (en !== undefined) {
    if (en.trim()) next.en = en.trim();
    else delete next.en;
  }
  return next;
}

/** Text from a form field: surrounding whitespace dropped, nothing else touched. */
export const cleanInput = (value: string): string => value.trim();

/** Lines of a multi-line field, each trimmed, empty ones dropped. */
export const linesOf = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
