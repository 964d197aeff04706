// scripts/check-browser-floor.mjs (the Chromium 86 floor, run by `npm test` on the build) finds what
// 86 lacks in a small tree of its own: syntax, APIs, CSS; and lets pass what 86 has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/check-browser-floor.mjs', import.meta.url));

function check(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'browser-floor-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const run = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('finds syntax, APIs and CSS newer than Chromium 86', () => {
  const { status, out } = check({
    'dist/bundle.js': [
      'const css = (s) => s;',
      'export const sheet = css`a:is(.b, .c) { color: red } .x { inset: 0; height: 100dvh }',
      '  .n { .m { color: red } } @layer base { p { color: red } } .y { color: color-mix(in srgb, red, blue) }`;',
      'class A { static { this.x = 1; } #p = 1; has(o) { return #p in o; } }',
      'export function f(list, o) {',
      "  const t = 'structuredClone .at( hasOwn in a string is no use';",
      "  return [list.at(-1), structuredClone(o), Object.hasOwn(o, 'k'), list.findLast(Boolean), /a/d, t, A,",
      '    o?.f(...t, 1)];',
      '}',
      'await Promise.resolve();',
    ].join('\n'),
  });
  assert.equal(status, 1, out);
  for (const feature of [
    'javascript.classes.static.initialization_blocks  (Chrome 94)',
    'javascript.classes.private_class_fields_in  (Chrome 91)',
    'javascript.operators.await.top_level  (Chrome 89)',
    'javascript.builtins.RegExp.hasIndices  (Chrome 90)',
    'javascript.builtins.Array.at  (Chrome 92)',
    'api.structuredClone  (Chrome 98)',
    'javascript.builtins.Object.hasOwn  (Chrome 93)',
    'javascript.builtins.Array.findLast  (Chrome 97)',
    'css.selectors.is  (Chrome 88)',
    'css.properties.inset  (Chrome 87)',
    'css.types.length.viewport_percentage_units_dynamic  (Chrome 108)',
    'css.selectors.nesting',
    'css.at-rules.layer  (Chrome 99)',
    'css.types.color.color-mix  (Chrome 111)',
    'optional call with a spread before the last argument (V8 bug until Chrome 91)  (Chrome 91)',
  ])
    assert.ok(out.includes(feature), `reports ${feature}:\n${out}`);
  assert.match(out, /dist\/bundle\.js:7 {2}\.at/, 'says where');
  assert.equal((out.match(/api {2}/g) ?? []).length, 4, 'names in strings are not code');
});

test('lets pass what Chromium 86 has', () => {
  const { status, out } = check({
    'dist/bundle.js': [
      'const css = (s) => s;',
      'export const sheet = css`a:not([hidden]) { display: flex; gap: 1px } b:focus-visible { color: red }`;',
      'class A { #p = 1; static q = 2; #m() { return this.#p; } }',
      'export const f = (o, s) => { o.x ||= 1; o.y ??= 2; return [o?.z ?? 1_000, o?.g(1, ...s), A]; };',
      "export const g = (s) => s.replaceAll('a', 'b');",
    ].join('\n'),
    'dist/bundle.classic.js': 'var GovOrgElements = (function () { return { at: 1 }; })();\n',
    'lib/index.js': 'export const y = Promise.any([]);\n',
  });
  assert.equal(status, 0, out);
});
