// `node tests/model/record-check-results.mjs`: records what the dataset check says of every input of
// check-cases.ts into check-results.json, which check-results.test.ts compares on every run. Record
// again only when a change is meant to change what the check reports, and review the diff.
import { writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';
import { importTs } from '../../scripts/import-ts.mjs';

const here = new URL('.', import.meta.url);
const { checkCases, recordCheck } = await importTs(new URL('check-cases.ts', here).pathname);
const records = Object.fromEntries(checkCases().map(([name, input]) => [name, recordCheck(input())]));
const file = new URL('check-results.json', here);
const options = { ...(await prettier.resolveConfig(file)), filepath: file.pathname };
await writeFile(file, await prettier.format(JSON.stringify(records), options));
const all = Object.values(records);
const issues = all.reduce((n, r) => n + r.issues.length, 0);
console.log(`${all.length} cases, ${all.filter((r) => r.ok).length} valid, ${issues} issues`);
