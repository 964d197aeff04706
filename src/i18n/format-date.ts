import type { UiLang } from '../model/localize.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Formats a dataset date (YYYY-MM-DD) the way the interface language writes a date in full
 * (2015年9月2日 / September 2, 2015), as Intl's long date style does for both languages. Written
 * here rather than by Intl.DateTimeFormat: the first one a page makes loads locale data, 27 ms on
 * the way to a profile's first paint (more than 100 ms of blocking time at Lighthouse's CPU
 * slowdown), for one line of text. Anything that is not such a date is shown as it is.
 */
export function formatDate(date: string, lang: UiLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  const [year, day] = [Number(match[1]), Number(match[3])];
  return lang === 'en' ? `${month} ${day}, ${year}` : `${year}年${Number(match[2])}月${day}日`;
}
