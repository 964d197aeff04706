// The Vue 3 example of docs/vue.md type-checks against the built types (`npm run build` first),
// its deliberate mistakes included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the Vue example type-checks against the built types, mistakes included', () => {
  const tsc = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}examples/vue/tsconfig.json`],
    { encoding: 'utf8' },
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  assert.equal((readFileSync(`${root}examples/vue/usage.ts`, 'utf8').match(/@ts-expect-error/g) ?? []).length, 2);
});
