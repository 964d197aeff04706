import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * The runtime interprets data/schema.json; its prose (title, description) is for people and
 * editors, so the bundle carries the schema without it (about 8 KB less).
 */
function schemaWithoutProse() {
  const prose = new Set(['title', 'description', '$comment']);
  const strip = (node) => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).filter(([k, v]) => !(prose.has(k) && typeof v === 'string')).map(([k, v]) => [k, strip(v)]));
  };
  return {
    name: 'schema-without-prose',
    transform(code, id) {
      if (!id.endsWith('/data/schema.json')) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

const plugins = () => [
  nodeResolve({ browser: true }),
  schemaWithoutProse(),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * The one-tag CDN builds: one self-contained ES module each, Lit and d3 inside; the first with
 * the bundled dataset as the default, the second without it (portals with their own data).
 */
export default [
  { input: 'src/bundle.ts', output: { file: 'dist/gov-org-elements.js', format: 'es', sourcemap: true }, plugins: plugins() },
  { input: 'src/bundle-no-data.ts', output: { file: 'dist/gov-org-elements-no-data.js', format: 'es', sourcemap: true }, plugins: plugins() },
];
