// What `npm publish` would ship, checked after `npm run build` (npm test builds first):
// the exports map resolves to files in the package, every JS entry has types, importing the main
// entry registers nothing, and the TypeScript usage example type-checks against the built types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));
const TAGS = ['org-chart', 'duty-list', 'leader-card', 'leader-list', 'staffing-summary', 'org-profile'];
const defineModules = readdirSync(`${root}src/define`)
  .filter((f) => f !== 'define-element.ts')
  .map((f) => f.replace(/\.ts$/, '.js'));

/** Every concrete target of the exports map (patterns expanded over the files they match). */
function exportTargets() {
  const targets = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) {
      if (!file.includes('*')) {
        targets.push({ subpath, file: file.slice(2) });
        continue;
      }
      const [dir, suffix] = file.slice(2).split('*');
      for (const name of readdirSync(`${root}${dir}`)) {
        if (name.endsWith(suffix)) targets.push({ subpath, file: `${dir}${name}` });
      }
    }
  }
  return targets;
}

test('the build wrote lib/ and dist/', () => {
  assert.ok(existsSync(`${root}lib/index.js`), 'lib/index.js is missing: run `npm run build` first');
  assert.ok(
    existsSync(`${root}dist/gov-org-elements.js`),
    'dist/gov-org-elements.js is missing: run `npm run build` first',
  );
});

test('every exports target exists and is in the packed tarball; sources and tests are not', () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  );
  const files = new Set(packed.files.map((f) => f.path));
  const targets = exportTargets();
  assert.ok(targets.length > 20, `only ${targets.length} export targets found`);
  for (const { subpath, file } of targets) assert.ok(files.has(file), `${subpath} → ${file} is not in the package`);
  for (const define of defineModules)
    assert.ok(files.has(`lib/define/${define}`), `lib/define/${define} is not in the package`);
  assert.deepEqual(
    [...files].filter((f) => /^(src|tests|demo|bench|scripts)\//.test(f)),
    [],
  );
});

test('every JavaScript module in lib/ has a declaration file next to it', () => {
  const js = readdirSync(`${root}lib`, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js') && !f.endsWith('.json.js'));
  const missing = js.filter((f) => !existsSync(`${root}lib/${f.replace(/\.js$/, '.d.ts')}`));
  assert.deepEqual(missing, []);
});

test('sideEffects marks the define and dataset-default modules and nothing the main entry imports', () => {
  assert.deepEqual(pkg.sideEffects.filter((p) => p.startsWith('./lib/')).sort(), [
    './lib/data/use-bundled-dataset.js',
    './lib/define/*.js',
  ]);
  const indexImports = readFileSync(`${root}lib/index.js`, 'utf8')
    .match(/from '([^']+)'/g)
    .map((m) => m.slice(6, -1));
  assert.deepEqual(
    indexImports.filter((p) => p.includes('/define/') || p.includes('use-bundled-dataset')),
    [],
  );
});

test('importing the package by name registers nothing; a define entry registers its tag', async () => {
  // Lit's Node build brings a customElements shim, so this runs as a bundler's SSR step would.
  const lib = await import('gov-org-elements');
  assert.equal(typeof lib.OrgChart, 'function');
  assert.equal(lib.getDefaultDataset(), undefined);
  assert.deepEqual(
    TAGS.filter((tag) => customElements.get(tag)),
    [],
  );
  await import('gov-org-elements/define/org-chart.js');
  assert.deepEqual(
    TAGS.filter((tag) => customElements.get(tag)),
    ['org-chart'],
  );
  const data = await import('gov-org-elements/data/suzhou-land-resources-bureau.js');
  assert.equal(data.suzhouLandResourcesBureau.organization.name.zh, '苏州市国土资源局');
  const schema = JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve('gov-org-elements/data/schema.json')), 'utf8'),
  );
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the TypeScript usage example type-checks against the built types, mistakes included', () => {
  const tsc = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}examples/typescript/tsconfig.json`],
    { encoding: 'utf8' },
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  // The example's @ts-expect-error lines only pass if the types really reject those mistakes.
  assert.equal(
    (readFileSync(`${root}examples/typescript/usage.ts`, 'utf8').match(/@ts-expect-error/g) ?? []).length,
    3,
  );
});

test('custom-elements.json points at published modules that exist', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const paths = new Set();
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string' && !value.startsWith('./')) paths.add(value);
    return value;
  });
  assert.ok(paths.size > 20);
  assert.deepEqual(
    [...paths].filter((p) => !p.startsWith('lib/') || !existsSync(`${root}${p}`)),
    [],
  );
});
