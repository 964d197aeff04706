// The build trusts the bundled dataset at run time, so the build itself checks it
// (scripts/rollup-check-dataset.mjs): a broken dataset must stop the build with the issue listed.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkDatasets } from '../../scripts/rollup-check-dataset.mjs';

const run = async (file) => {
  const errors = [];
  await checkDatasets([file])
    .buildStart.call({
      error(message) {
        errors.push(message);
        throw new Error(message);
      },
    })
    .catch(() => undefined);
  return errors;
};

test('the bundled dataset passes the build-time check', async () => {
  assert.deepEqual(await run('data/suzhou-land-resources-bureau.json'), []);
});

test('a dataset with a broken reference fails the build, naming the field', async () => {
  const data = JSON.parse(await readFile('data/suzhou-land-resources-bureau.json', 'utf8'));
  data.units[1].parentId = 'no-such-unit';
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'goe-')), 'broken.json');
  await writeFile(file, JSON.stringify(data));
  const errors = await run(file);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /broken\.json is not a valid dataset/);
  assert.match(errors[0], /\/units\/1\/parentId/);
});
