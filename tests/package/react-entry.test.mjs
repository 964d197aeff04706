// gov-org-elements/react, checked after `npm run build`: the entry resolves through the exports
// map, registers the tags and gives one React component per tag, and the React example
// type-checks against the built types, its deliberate mistakes included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = {
  OrgChart: 'org-chart',
  DutyList: 'duty-list',
  LeaderCard: 'leader-card',
  LeaderList: 'leader-list',
  StaffingSummary: 'staffing-summary',
  OrgProfile: 'org-profile',
};

test('gov-org-elements/react has a component per tag and registers the tags', async () => {
  // Lit's Node build brings a customElements shim, so this runs as a bundler's SSR step would.
  const react = await import('gov-org-elements/react');
  assert.deepEqual(Object.keys(react).sort(), Object.keys(TAGS).sort());
  for (const [name, tag] of Object.entries(TAGS)) {
    assert.equal(react[name].displayName, name);
    assert.equal(typeof customElements.get(tag), 'function', `<${tag}> is not registered`);
  }
});

test('lib/react imports React and @lit/react from the app, not a copy of its own', () => {
  const source = readFileSync(`${root}lib/react/index.js`, 'utf8');
  assert.match(source, /from 'react'/);
  assert.match(source, /from '@lit\/react'/);
});

test('the React example type-checks against the built types, mistakes included', () => {
  const tsc = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}examples/react/tsconfig.json`],
    { encoding: 'utf8' },
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  assert.equal((readFileSync(`${root}examples/react/usage.tsx`, 'utf8').match(/@ts-expect-error/g) ?? []).length, 3);
});
