// Writes generated text between a start and an end marker in the docs pages, or with `--check`
// only says which pages are out of date. Shared by api-reference.mjs and token-reference.mjs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A path relative to the repository root, whatever the working directory. */
const fromRoot = (file) => fileURLToPath(new URL(`../${file}`, import.meta.url));

/**
 * `sections`: `{ file, start, end, body }`, where `start` and `end` are marker lines already in
 * `file` and `body` is what goes between them. Returns the process exit code.
 */
export function writeSections(sections, { what, command, check = process.argv.includes('--check') }) {
  const files = new Map();
  const problems = [];
  for (const { file, start, end, body } of sections) {
    if (!existsSync(fromRoot(file))) {
      problems.push(`${file} is missing: it needs the markers ${start} … ${end}`);
      continue;
    }
    const text = files.get(file) ?? readFileSync(fromRoot(file), 'utf8');
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to < 0) {
      problems.push(`${file} needs the markers ${start} … ${end}`);
      continue;
    }
    files.set(file, `${text.slice(0, from)}${start}\n\n${body.trim()}\n\n${text.slice(to)}`);
  }
  const stale = [...files]
    .filter(([file, text]) => readFileSync(fromRoot(file), 'utf8') !== text)
    .map(([file]) => file);
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  if (check) {
    if (stale.length) {
      console.error(`The ${what} is out of date in ${stale.join(', ')}: run \`${command}\`.`);
      return 1;
    }
    console.log(`${what}: up to date (${files.size} pages)`);
    return 0;
  }
  for (const file of stale) writeFileSync(fromRoot(file), files.get(file));
  console.log(`${what}: ${stale.length ? `wrote ${stale.join(', ')}` : 'already up to date'}`);
  return 0;
}
