import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** The one-tag CDN build: one self-contained ES module, Lit, d3 and the dataset inside. */
export default {
  input: 'src/bundle.ts',
  output: {
    file: 'dist/gov-org-elements.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
