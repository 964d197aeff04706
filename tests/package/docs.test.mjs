// The documentation: README.md is the entry page and stays small; every relative link and image in
// README.md and docs/ points at a file in the repository (and a heading, for #anchors); nothing
// points outside the repository's tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(`${root}docs`, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchorsOf(file) {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
}

/** Markdown links and images outside code: [text](target) and ![alt](target). */
function linksOf(file) {
  const text = readFileSync(path.join(root, file), 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

test('README.md is an entry page under 20 KB', () => {
  const size = statSync(`${root}README.md`).size;
  assert.ok(size < 20_000, `README.md is ${size} bytes`);
  assert.ok(pages.length >= 10, `only ${pages.length} pages found`);
});

test('every relative link and image in README.md and docs/ resolves', () => {
  const broken = [];
  for (const page of pages) {
    for (const link of linksOf(page)) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [target, anchor] = link.split('#');
      const file = target ? path.normalize(path.join(path.dirname(page), decodeURI(target))) : page;
      if (file.startsWith('..') || path.isAbsolute(file)) broken.push(`${page}: ${link} leaves the repository`);
      else if (!existsSync(path.join(root, file))) broken.push(`${page}: ${link} (no ${file})`);
      else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor))
        broken.push(`${page}: ${link} (no heading #${anchor} in ${file})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('no tracked file refers to files a clone does not have (a style guide beside the repository)', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(
      (f) => /\.(m?js|ts|tsx|json|md|html|css)$/.test(f) && existsSync(path.join(root, f)) && !f.startsWith('data/'),
    );
  const outside = tracked.filter((f) =>
    /\.\.\/shared\/[A-Z]+\.md|\/work\/|STYLE\.md|TOOLCHAIN\.md/.test(readFileSync(path.join(root, f), 'utf8')),
  );
  assert.deepEqual(outside, []);
});
