// Checks the token layers of docs/architecture.md ("Layered tokens") in src/ (plain Node, part of `npm test`):
// 1. every var() chain ends in a literal, so the elements look right on a page that sets no tokens;
// 2. a global token `var(--org-…, x)` is one the registry (src/styles/global-tokens.ts) lists, and
//    x is exactly the registry's value, so the light look and the README's reference agree;
// 3. a styles file has no colour literal except as such a global's fallback (or inside
//    `@media (forced-colors: active)`), so one global token restyles every element.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = path.join(root, 'src');
const registryFile = path.join(src, 'styles/global-tokens.ts');
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
const rel = (file) => path.relative(process.cwd(), file);
const lineOf = (text, at) => text.slice(0, at).split('\n').length;
const normalise = (value) => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** name -> value, read as text: `{ name: '--org-…', value: '…', … }`, one entry a line. */
function readRegistry() {
  const text = readFileSync(registryFile, 'utf8');
  const tokens = new Map();
  for (const m of text.matchAll(/\{\s*name:\s*'(--org-[\w-]+)',\s*value:\s*'((?:[^'\\]|\\.)*)'/g)) {
    if (tokens.has(m[1])) throw new Error(`${rel(registryFile)}: ${m[1]} is listed twice`);
    tokens.set(m[1], m[2].replace(/\\(.)/g, '$1'));
  }
  if (tokens.size === 0)
    throw new Error(`${rel(registryFile)}: no GLOBAL_TOKENS entries found (did the format change?)`);
  return tokens;
}

/** Index of the ")" closing the parenthesis opened just before `start`. */
function closing(text, start) {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Why a var() body is not acceptable, or undefined when its chain ends in a literal. */
function problem(body) {
  const comma = body.indexOf(',');
  if (comma < 0) return 'no fallback';
  const fallback = body.slice(comma + 1).trim();
  if (fallback === '') return 'empty fallback';
  if (fallback.startsWith('var(')) {
    const end = closing(fallback, 4);
    return end < 0 ? 'unbalanced parentheses' : problem(fallback.slice(4, end));
  }
  return undefined;
}

/** The text with comments and quoted strings blanked out (same length, newlines kept). */
const blank = (text) =>
  text.replace(/\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) => m.replace(/[^\n]/g, ' '));

/** [start, end) ranges of `@media (forced-colors: active) { … }` blocks. */
function forcedColorBlocks(text) {
  const ranges = [];
  for (const m of text.matchAll(/@media\s*\(\s*forced-colors\s*:\s*active\s*\)\s*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    ranges.push([m.index, i]);
  }
  return ranges;
}

const COLOUR = new RegExp(
  '#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|' +
    '(?<![\\w-])(?:black|white|red|green|blue|yellow|orange|purple|gray|grey|silver|maroon|navy|teal)(?![\\w-])',
  'gi',
);

const registry = readRegistry();
const tags = readdirSync(path.join(src, 'elements')).filter((d) => d !== 'shared');
const isElementToken = (name) => tags.some((tag) => name.startsWith(`--${tag}-`));
const failures = [];
let chains = 0;
let globals = 0;
let styleFiles = 0;

for (const file of files(src)) {
  if (file === registryFile) continue;
  const text = readFileSync(file, 'utf8');
  const at = (i, message) => failures.push(`${rel(file)}:${lineOf(text, i)}: ${message}`);
  /** [start, end) of fallbacks that belong to a registered global token. */
  const globalFallbacks = [];

  for (let i = text.indexOf('var(--'); i >= 0; i = text.indexOf('var(--', i + 1)) {
    const end = closing(text, i + 4);
    const call = text.slice(i, Math.min(text.length, i + 60)).split('\n')[0];
    if (end < 0) {
      at(i, `unbalanced parentheses: ${call}`);
      continue;
    }
    const body = text.slice(i + 4, end);
    // Chains are checked once, from their outermost var().
    if (!/var\(\s*--[\w-]+\s*,\s*$/.test(text.slice(Math.max(0, i - 80), i))) {
      chains++;
      const why = problem(body);
      if (why) at(i, `${why}: ${call}`);
    }
    const name = /^--[\w-]+/.exec(body)[0];
    if (!name.startsWith('--org-') || isElementToken(name)) continue;
    const comma = body.indexOf(',');
    if (!registry.has(name)) {
      at(i, `${name} is not in ${rel(registryFile)}: add it there, or use a per-element --<tag>-… token`);
      continue;
    }
    globals++;
    const fallback = comma < 0 ? '' : body.slice(comma + 1);
    if (normalise(fallback) !== normalise(registry.get(name))) {
      at(i, `${name} falls back to "${fallback.trim()}" but the registry's value is "${registry.get(name)}"`);
    }
    globalFallbacks.push([i + 4 + comma + 1, end]);
  }

  const isStyles = file.endsWith('.styles.ts') || path.dirname(file) === path.join(src, 'styles');
  if (!isStyles) continue;
  styleFiles++;
  const allowed = [...globalFallbacks, ...forcedColorBlocks(text)];
  for (const m of blank(text).matchAll(COLOUR)) {
    if (allowed.some(([from, to]) => m.index >= from && m.index < to)) continue;
    at(
      m.index,
      `colour "${m[0]}" outside a global token's fallback: ` +
        'write var(--<tag>-<anatomy>-<property>, var(--org-color-<role>, <value>)) or var(--org-color-<role>, <value>)',
    );
  }
}

if (failures.length > 0) {
  const byPlace = (a, b) => a.localeCompare(b, 'en', { numeric: true });
  console.error(`css vars: ${failures.length} problem(s):\n${failures.sort(byPlace).join('\n')}`);
  process.exit(1);
}
console.log(
  `css vars: ${chains} var() chains in src/ end in a literal; ` +
    `${globals} global-token fallbacks match ${rel(registryFile)}; ` +
    `no stray colour literal in ${styleFiles} styles files`,
);
