// The command line, run as a user runs it (node bin/gov-org-elements.mjs …) after `npm run build`:
// exit codes, messages on bad input, and positions in `validate`'s answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/gov-org-elements.mjs');
const dir = mkdtempSync(join(tmpdir(), 'gov-org-cli-'));
const corpus = (name) => {
  const t = readFileSync(join(root, 'tests/fixtures/import-corpus', `${name}.txt`), 'utf8');
  return t.slice(t.indexOf('\n') + 1);
};

function run(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const noStack = (r) => assert.doesNotMatch(r.out + r.err, /\n\s+at .+:\d+:\d+/, 'printed a stack trace');

test('import writes a dataset that validate accepts, and a report naming what it found', () => {
  const input = file('bureau.txt', corpus('suzhou-land-resources-bureau'));
  const r = run('import', input, '-o', join(dir, 'bureau.json'));
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /主要职责 16 条、机构 22 个、领导 8 人/);
  assert.match(r.err, /bureau\.txt:1:1: \[未归入\]/, 'the page furniture at the start is reported with its position');
  const dataset = JSON.parse(readFileSync(join(dir, 'bureau.json'), 'utf8'));
  assert.equal(dataset.people[0].name.zh, '吴维群');
  const v = run('validate', join(dir, 'bureau.json'));
  assert.equal(v.code, 0, v.out + v.err);
  assert.match(v.out, /有效/);
});

test('import prints the dataset on stdout when no -o is given, and takes --name', () => {
  const r = run('import', file('units.txt', corpus('jiading-greening-internal-units')), '--name', '某区绿化局');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).organization.name.zh, '某区绿化局');
});

test('an empty file is refused with a message saying so (exit 1)', () => {
  const r = run('import', file('empty.txt', ''));
  assert.equal(r.code, 1);
  assert.match(r.err, /empty\.txt：文件是空的/);
  assert.equal(r.out, '');
});

test('a binary file is refused as not text (exit 1)', () => {
  const r = run(
    'import',
    file(
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    ),
    '--lang',
    'en',
  );
  assert.equal(r.code, 1);
  assert.match(r.err, /image\.png: this is not a text file/);
  noStack(r);
});

test('GBK bytes are read as Chinese, not as replacement characters', () => {
  const bytes = encodeGb18030(corpus('yancheng-land-resources-duties'));
  const r = run('import', file('gbk.txt', bytes), '--lang', 'en');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /Read as GB18030\/GBK/);
  const dataset = JSON.parse(r.out);
  assert.equal(dataset.organization.name.zh, '盐城市国土资源局');
  assert.equal(dataset.organization.duties.length, 13);
});

test('a 5 MB text is refused as too large, quickly and with what to do (exit 1)', () => {
  const r = run('import', file('huge.txt', '（一）办公室负责综合工作。'.repeat(200_000)));
  assert.equal(r.code, 1);
  assert.match(r.err, /文件过大（\d+\.\d MB，上限 2 MB）。请只保留/);
});

test('a saved HTML page is read without its tags, scripts and styles; entities are decoded', () => {
  const html =
    `<!doctype html><html><head><style>p{color:red}</style><script>var leader="假人物";</script></head>
<body><h2>内设机构</h2><p>（一）综合科&nbsp;负责文电、会务&amp;机要工作。</p><p>（二）规划科负责规划编制。</p>` +
    "<script>document.write('（三）假科负责')</script></body></html>";
  const r = run('import', file('page.html', html), '--name', '某某局');
  assert.equal(r.code, 0, r.err);
  const dataset = JSON.parse(r.out);
  assert.deepEqual(
    dataset.units.map((u) => u.name.zh),
    ['综合科', '规划科'],
  );
  assert.equal(dataset.units[0].duties[0].text.zh, '负责文电、会务&机要工作。');
  assert.doesNotMatch(r.out, /假/);
});

test('a text with no structure gives a report saying so and no dataset (exit 1)', () => {
  const r = run('import', file('prose.txt', '今天天气很好，我们去公园散步，看到很多花。'));
  assert.equal(r.code, 1);
  assert.match(r.err, /未识别出任何结构/);
  assert.match(r.err, /prose\.txt:1:1: \[未归入\]/);
  assert.equal(r.out, '');
});

test('import shows a passage it could not place whole, with where it ends: nothing hides in it', () => {
  const text =
    '主要职责\n（一）负责全局综合协调工作。\n（二）负责文电、会务工作。\n\n' +
    '本网站由某某中心维护，\n张三同志任某某科科长。\n未经许可不得转载本网站内容，违者必究。\n';
  const r = run('import', file('footer.txt', text), '-o', join(dir, 'footer.json'));
  assert.equal(r.code, 0, r.err);
  const entry = r.err.slice(r.err.indexOf('footer.txt:5:1: [未归入]'));
  assert.match(entry, /^footer\.txt:5:1: \[未归入\] .*（至第 7 行第 \d+ 列，共 \d+ 字）\n/);
  // Every line of the passage, in the middle too, each on a line of its own.
  assert.match(
    entry,
    /\n {4}本网站由某某中心维护，\n {4}张三同志任某某科科长。\n {4}未经许可不得转载本网站内容，违者必究。\n/,
  );
});

test('a JSON file given to import is pointed to validate (exit 1)', () => {
  const r = run('import', join(root, 'data/suzhou-land-resources-bureau.json'));
  assert.equal(r.code, 1);
  assert.match(r.err, /这是 JSON 文件.*gov-org-elements validate/);
});

test('a missing file, unknown commands and options are told apart (exit 1 and 2)', () => {
  assert.equal(run('import', join(dir, 'nope.txt')).code, 1);
  assert.match(run('validate', join(dir, 'nope.json'), '--lang', 'en').err, /cannot read the file \(no such file\)/);
  assert.equal(run('frobnicate').code, 2);
  assert.equal(run('import', 'a.txt', '--colour').code, 2);
  assert.equal(run('validate').code, 2);
  assert.equal(run('validate', 'x.json', '--lang', 'fr').code, 2);
  const help = run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /gov-org-elements import/);
  assert.match(help.out, /gov-org-elements validate/);
});

test('validate --json lists issues with path, line and column; English with --lang en', () => {
  const bad = JSON.parse(readFileSync(join(root, 'data/suzhou-land-resources-bureau.json'), 'utf8'));
  bad.units[3].parentId = 'no-such-unit';
  const text = JSON.stringify(bad, null, 2);
  const r = run('validate', file('bad.json', text), '--json', '--lang', 'en');
  assert.equal(r.code, 1);
  const answer = JSON.parse(r.out);
  assert.equal(answer.valid, false);
  const issue = answer.issues.find((i) => i.path === '/units/3/parentId');
  assert.ok(issue, r.out);
  const line = text.split('\n')[issue.line - 1];
  assert.match(line.slice(0, issue.column - 1), /"parentId": $/);
  assert.match(issue.message, /no-such-unit/);
});

test('validate points at the offending value of every file of the broken-file corpus', async () => {
  const { badFixtures } = await bundle('tests/fixtures/bad-datasets.ts');
  let checked = 0;
  for (const fixture of badFixtures) {
    const input = fixture.input();
    const text = typeof input === 'string' ? input : JSON.stringify(input, null, 2);
    const r = run('validate', file('broken.json', text), '--json');
    assert.equal(r.code, 1, `${fixture.mistake}: ${r.err}`);
    noStack(r);
    const issue = JSON.parse(r.out).issues.find((i) => i.path === fixture.path && i.code === fixture.code);
    assert.ok(issue, `${fixture.mistake}: no ${fixture.code} at ${fixture.path}`);
    if (fixture.path === '') continue;
    assert.ok(issue.line >= 1 && issue.column >= 1, `${fixture.mistake}: no position`);
    const offset =
      text
        .split('\n')
        .slice(0, issue.line - 1)
        .reduce((n, l) => n + l.length + 1, 0) +
      issue.column -
      1;
    const key = fixture.path.split('/').pop();
    const before = text.slice(0, offset);
    // A present value: the text just before it is its key (or an array's comma/bracket); a missing member: its object.
    if (fixture.code === 'missing-field') assert.equal(text[offset], '{', fixture.mistake);
    else if (/^\d+$/.test(key)) assert.match(before, /[[,]\s*$/, fixture.mistake);
    else assert.match(before, new RegExp(`"${key}": $`), fixture.mistake);
    checked++;
  }
  assert.ok(checked > 30, `only ${checked} fixtures had a position to check`);
});

async function bundle(path) {
  const out = await build({
    entryPoints: [join(root, path)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** GB18030 bytes of a text, from a table built by decoding every two-byte GBK code once. */
function encodeGb18030(text) {
  const table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch));
    else throw new Error(`no GBK code for ${ch}`);
  }
  return Buffer.from(bytes);
}
