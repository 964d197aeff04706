/**
 * The case- and width-insensitive form every search in the library compares: NFKC turns
 * full-width 'ＦＩＮ' into 'FIN' (and （区） into (区)) before lower-casing.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
