// Fails when any CSS var() in src/ lacks a fallback that ends in a literal value, so every
// element looks right on a page that sets no tokens at all (STYLE.md, principle 7).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = new URL('../src', import.meta.url).pathname;
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const full = path.join(dir, name);
  return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
});

/** The text inside the parentheses that open at `start` (just after "var("). */
function inner(text, start) {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i);
  }
  return undefined;
}

/** Why a var() body is not acceptable, or undefined when its chain ends in a literal. */
function problem(body) {
  const comma = body.indexOf(',');
  if (comma < 0) return 'no fallback';
  const fallback = body.slice(comma + 1).trim();
  if (fallback === '') return 'empty fallback';
  if (fallback.startsWith('var(')) {
    const next = inner(fallback, 4);
    return next === undefined ? 'unbalanced parentheses' : problem(next);
  }
  return undefined;
}

const failures = [];
let checked = 0;
for (const file of files(root)) {
  const text = readFileSync(file, 'utf8');
  for (let at = text.indexOf('var(--'); at >= 0; at = text.indexOf('var(--', at + 1)) {
    // Only top-level var() calls: nested ones are checked as part of their parent's chain.
    if (/var\(\s*--[\w-]+\s*,\s*$/.test(text.slice(Math.max(0, at - 80), at))) continue;
    checked++;
    const body = inner(text, at + 4);
    const why = body === undefined ? 'unbalanced parentheses' : problem(body);
    if (why) failures.push(`${path.relative(process.cwd(), file)}:${text.slice(0, at).split('\n').length}: ${why}: ${text.slice(at, at + 60).split('\n')[0]}`);
  }
}
if (failures.length > 0) {
  console.error(`var() without a literal fallback (${failures.length}):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`css vars: ${checked} var() calls in src/, each ending in a literal fallback`);
