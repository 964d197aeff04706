import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { preloadDeps } from './scripts/rollup-preload-deps.mjs';
import { checkDatasets } from './scripts/rollup-check-dataset.mjs';
import { schemaPlan } from './scripts/rollup-schema-plan.mjs';
import { prescopeCss } from './scripts/rollup-prescope-css.mjs';

/**
 * The runtime interprets data/schema.json; its prose (title, description) is for people and
 * editors, so the bundle carries the schema without it (about 8 KB less).
 */
function schemaWithoutProse() {
  const prose = new Set(['title', 'description', '$comment']);
  const strip = (node) => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k, v]) => !(prose.has(k) && typeof v === 'string'))
        .map(([k, v]) => [k, strip(v)]),
    );
  };
  return {
    name: 'schema-without-prose',
    transform(code, id) {
      if (!id.endsWith('/data/schema.json')) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

/**
 * Terser leaves template literals alone, so the elements' css`…` blocks would ship with their
 * indentation and comments. This drops comments and the whitespace CSS does not need (about
 * 1.2 KB gzip). Only literal-only blocks are touched (none of ours interpolates), and our CSS has
 * no strings in which whitespace matters (a test on the built file checks the rendered styles).
 */
function minifyCssLiterals() {
  const squeeze = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/*
 * The support floor (issue 14): Chromium 86, the kernel of many older 360 / QQ / Sogou 极速 modes
 * still common among government-site visitors. esbuild lowers what 86 cannot parse (class static
 * blocks, `#x in obj`, …) and terser writes nothing newer than ES2020; `npm test` checks the result
 * (scripts/check-browser-floor.mjs: syntax, APIs and CSS newer than the floor).
 */
const BROWSER_FLOOR = 'chrome86';
/*
 * esbuild dates optional chaining at Chrome 91 for one V8 bug (a call in a chain with a spread
 * argument before the last, `a?.f(...xs, 1)`, fails in 80-90) and would rewrite every `?.`, about
 * 1 KB gzip. 86 has `?.` (Lit's code keeps it anyway); the checker rejects the buggy form instead.
 */
const esbuildOptions = { target: BROWSER_FLOOR, supported: { 'optional-chain': true }, tsconfig: 'tsconfig.json' };

/**
 * What every tag's page needs (Lit, the elements' shared base, Chinese interface text, styles,
 * the model's queries) goes into one `core` chunk instead of a dozen small files: every file costs
 * a request and compresses alone. The dataset check, English text, export, hydration and each
 * element's own code stay chunks of their own.
 */
const CORE = [
  /\/node_modules\/lit-html\/(lit-html|directive|is-server|static)\.js$/,
  /\/node_modules\/(lit-element\/lit-element|@lit\/reactive-element\/.*)\.js$/,
  /\/src\/elements\/shared\//,
  /\/src\/styles\//,
  /\/src\/i18n\/(zh-CN\/core|messages|load-messages|format-count)\.ts$/,
  /\/src\/model\/(queries|localize|trusted|deep-freeze|types)\.ts$/,
  /\/src\/(events|data\/default-dataset|define\/define-element)\.ts$/,
];
/**
 * Each tag's registering module rides in its element's chunk (rather than a 200-byte chunk of its
 * own), and the few modules two tags share beyond the core go together: an HTTP/1.1 page has six
 * connections per host, so a page needs one round trip for all its chunks only while it needs at
 * most six files (the entry's, its data and the check included).
 */
const TAGS = 'duty-list|leader-card|leader-list|org-chart|org-profile|staffing-summary';
const TAG_CHUNK = new RegExp(`/src/(?:define|elements/[a-z-]+)/(${TAGS})(?:-chart-later)?\\.ts$`);
const SHARED = [/\/node_modules\/lit-html\/directive-helpers\.js$/, /\/src\/text\/wide-char\.ts$/];
const coreChunk = (id) => {
  if (CORE.some((pattern) => pattern.test(id))) return 'core';
  if (SHARED.some((pattern) => pattern.test(id))) return 'shared';
  // The leaders' Chinese text: <leader-list> is made of <leader-card>s and loads its chunk.
  if (/\/src\/i18n\/zh-CN\/leaders\.ts$/.test(id)) return 'leader-card';
  return TAG_CHUNK.exec(id)?.[1];
};

const plugins = ({ module = true } = {}) => [
  nodeResolve({ browser: true }),
  schemaWithoutProse(),
  schemaPlan(),
  minifyCssLiterals(),
  json({ preferConst: true, compact: true }),
  esbuild(esbuildOptions),
  prescopeCss(),
  terser({ ecma: 2020, module, format: { comments: false } }),
];

/** Every module of src/define (one per tag, plus all.ts): the npm build's registering entries. */
const defineEntries = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts') && f !== 'define-element.ts')
  .map((f) => `src/define/${f}`);

export default [
  /*
   * The one-tag module builds (issue 14): a small entry per build (with the bundled dataset as the
   * default, and without it) that loads each tag's code when the tag first appears on the page.
   * Chunk names carry content hashes, so an updated dist/ never
   * mixes versions (the entries are the only unhashed files), and every chunk loads relative to
   * the entry's own URL.
   */
  ...[
    ['gov-org-elements', 'src/bundle.ts'],
    ['gov-org-elements-no-data', 'src/bundle-no-data.ts'],
  ].map(([name, input]) => ({
    // One build per entry, so that each entry holds its own loader and imports nothing statically
    // (no round trip before it runs); the chunks both builds write are the same files.
    input: { [name]: input },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'goe-[name]-[hash].js',
      sourcemap: true,
      manualChunks: coreChunk,
    },
    plugins: [checkDatasets(['data/suzhou-land-resources-bureau.json']), ...plugins(), preloadDeps()],
  })),
  /*
   * The same two as classic scripts (`<script src>` without type="module") for CMS templates that
   * cannot use modules: one file each that registers every tag at once; the exports are on
   * `window.GovOrgElements`.
   */
  {
    input: 'src/bundle-classic.ts',
    output: {
      file: 'dist/gov-org-elements.classic.js',
      format: 'iife',
      name: 'GovOrgElements',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins({ module: false }),
  },
  {
    input: 'src/bundle-classic-no-data.ts',
    output: {
      file: 'dist/gov-org-elements-no-data.classic.js',
      format: 'iife',
      name: 'GovOrgElements',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins({ module: false }),
  },
  /*
   * The npm build (`lib/`): unbundled, readable ES modules that import `lit` and `d3-hierarchy`
   * from the bundler's node_modules. `lib/index.js` registers nothing; `lib/define/*.js` do; the
   * dataset is its own module that only `lib/data/*` import; `lib/cli/main.js` is what
   * bin/gov-org-elements.mjs runs (the importer and the validator, no lit). Types come from
   * `tsc -p tsconfig.build.json`.
   */
  {
    input: [
      'src/index.ts',
      ...defineEntries,
      'src/data/suzhou-land-resources-bureau.ts',
      'src/data/use-bundled-dataset.ts',
      'src/cli/main.ts',
      'src/authoring/index.ts',
      'src/react/index.ts',
      'src/render/index.ts',
    ],
    external: (id) => /^(lit|@lit|d3-|react$)/.test(id),
    output: { dir: 'lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [schemaWithoutProse(), json({ preferConst: true }), esbuild(esbuildOptions)],
  },
];
