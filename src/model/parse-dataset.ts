import type { DataIssue, ParseResult } from './types.js';
import { checkInSteps, runSteps } from './validate-dataset.js';
import { collectIssues } from './issue-messages.js';

/**
 * Turns untrusted input into a read-only `Dataset`, or lists everything wrong with it.
 * A string is read as JSON text; bytes (an ArrayBuffer or a typed array, e.g. a fetched file) as
 * UTF-8 JSON text. Never throws: whatever the input, the answer is a result.
 * The returned dataset is a frozen copy, so later changes to the input cannot reach it.
 * (validate-dataset.ts runs the same check without writing messages: valid data needs none.)
 */
export function parseDataset(json: unknown): ParseResult {
  return runSteps(parseInSteps(json));
}

/**
 * parseDataset, pausing between its long steps (the text parsed, its shape checked, then its
 * references): a caller that yields to the page at each pause never blocks input for the whole
 * check of a big file. Driven to its end without pausing, it is parseDataset.
 */
export function* parseInSteps(json: unknown): Generator<void, ParseResult, void> {
  // Each stage of the check hears its own issues; the one that found any ends the check.
  let issues: DataIssue[] = [];
  const dataset = yield* checkInSteps(json, (cap) => {
    const collector = collectIssues(cap);
    issues = collector.issues;
    return collector.report;
  });
  return dataset ? { ok: true, dataset, issues: [] } : { ok: false, issues };
}
