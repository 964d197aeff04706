/** An attribute value for HTML text: the characters that could end or break out of it, escaped. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The dataset as a JSON script block the browser never runs (type application/json passes a
 * strict script-src policy). `<` is written as \u003c, so no text inside can close the block
 * (`</script`) or open a comment; U+2028/9 are escaped for old JSON-in-JS readers.
 */
export function snapshotScript(dataset: unknown): string {
  const json = JSON.stringify(dataset)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" data-goe-snapshot>${json}</script>`;
}
