// `gov-org-elements render`, run as a CMS build step runs it (after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/gov-org-elements.mjs');
const dir = mkdtempSync(join(tmpdir(), 'gov-org-render-'));
const dataset = join(root, 'data/suzhou-land-resources-bureau.json');
const data = JSON.parse(readFileSync(dataset, 'utf8'));

const run = (...args) => {
  const r = spawnSync(process.execPath, [bin, 'render', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const noStack = (r) => assert.doesNotMatch(r.out + r.err, /\n\s+at .+:\d+:\d+/, 'printed a stack trace');
/** The fragment's text with tags, the JSON block and markers removed, as a crawler indexes it. */
const textOf = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

test('the profile fragment holds every duty, unit, leader and portfolio in its HTML', () => {
  const r = run('org-profile', '--data', dataset);
  assert.equal(r.code, 0, r.err);
  const text = textOf(r.out);
  for (const d of data.organization.duties)
    assert.ok(text.includes(d.text.zh.replace(/\s+/g, '')), d.text.zh.slice(0, 10));
  for (const u of data.units) assert.ok(text.includes(u.name.zh), u.name.zh);
  for (const p of data.people) {
    assert.ok(text.includes(p.name.zh), p.name.zh);
    if (p.portfolio) assert.ok(text.includes(p.portfolio.zh.replace(/\s+/g, '')), p.name.zh);
  }
  assert.match(
    r.out,
    /^<org-profile [^>]*data-goe-id="[^"]+"[^>]*><script type="application\/json" data-goe-snapshot>/,
  );
});

test('--lang en, --attr and --src reach the element; -o writes a file', () => {
  const out = join(dir, 'duties.html');
  const r = run(
    'duty-list',
    '--data',
    dataset,
    '--lang',
    'en',
    '--attr',
    'heading-level=4',
    '--attr=kind=adjustments',
    '--src',
    '/data/bureau.json',
    '-o',
    out,
  );
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(out, 'utf8');
  const open = html.slice(0, html.indexOf('>') + 1);
  for (const attr of ['lang="en"', 'heading-level="4"', 'kind="adjustments"', 'src="/data/bureau.json"'])
    assert.ok(open.includes(attr), attr);
  // English interface text and English data: the adjustments in English.
  assert.match(textOf(html), /Dutiestransferredin.*Dutiescancelled/);
});

test('bad input gets one clear line and the right exit code, never a stack trace', () => {
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"schemaVersion": 1, "organization": {');
  const cases = [
    [run('org-chart', '--data', broken), 1, /broken\.json/],
    [run('org-chart', '--data', join(dir, 'missing.json')), 1, /missing\.json.*(无法读取|cannot read)/],
    [run('marquee', '--data', dataset), 2, /unknown tag "marquee"/],
    [run('org-chart'), 2, /no --data FILE/],
    [run('org-chart', '--data', dataset, '--attr', 'oops'), 2, /--attr oops/],
    [run('org-chart', '--data', dataset, '--attr', 'on click=x'), 2, /not an attribute name/],
  ];
  for (const [r, code, message] of cases) {
    assert.equal(r.code, code, r.err);
    assert.match(r.err, message);
    noStack(r);
  }
});
