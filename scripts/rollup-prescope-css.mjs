/**
 * Scopes the elements' css`…` blocks at build time (src/styles/scope-css.ts, `prescopeCss`), so
 * that a page only fills in the tag name (src/elements/shared/scoped-styles.ts) instead of
 * rewriting every sheet before its first paint. Put it after minifyCssLiterals and esbuild: it
 * reads the JavaScript's css`…` calls and scopes the very text the page would have scoped. Blocks
 * with `${…}` are left to the page.
 *
 * The page fills in each block alone and joins the results, where it used to scope the blocks
 * joined; the two agree when no block runs into the next (an unclosed brace, comment or string,
 * or text after the last rule), which the build checks for every block.
 */
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const SOURCE = fileURLToPath(new URL('../src/styles/scope-css.ts', import.meta.url));
const PROBE = '.probe{display:block}';

let scoper;

/** Every css`…` call without `${…}` in an ESTree. */
function* cssLiterals(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* cssLiterals(child);
  } else if (node && typeof node.type === 'string') {
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      node.tag.name === 'css' &&
      node.quasi.expressions.length === 0
    ) {
      yield node.quasi;
    }
    for (const key in node) if (key !== 'type' && typeof node[key] === 'object') yield* cssLiterals(node[key]);
  }
}

const asLiteral = (text) => `\`${text.replace(/[`\\\r]|\$\{/g, (m) => (m === '\r' ? '\\r' : `\\${m}`))}\``;

export function prescopeCss() {
  return {
    name: 'prescope-css',
    async buildStart() {
      this.addWatchFile(SOURCE);
      scoper ??= importTs(SOURCE);
      await scoper;
    },
    async transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      const { prescopeCss: prescope, scopeCss } = await scoper;
      let out = code;
      const quasis = [...cssLiterals(this.parse(code))].sort((a, b) => b.start - a.start);
      for (const quasi of quasis) {
        const css = quasi.quasis[0].value.cooked;
        if (typeof css !== 'string' || code.slice(quasi.start, quasi.start + 1) !== '`') continue;
        if (scopeCss(`${css}\n${PROBE}`, 'x-y') !== scopeCss(css, 'x-y') + scopeCss(PROBE, 'x-y')) {
          this.error(`prescope-css: a css\`…\` block in ${id} runs into what follows it`);
        }
        out = out.slice(0, quasi.start) + asLiteral(prescope(css)) + out.slice(quasi.end);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
