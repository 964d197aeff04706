/**
 * The dataset check without its messages: whether data is valid, and the read-only dataset when it
 * is. Valid data (the common case on a portal) never needs a message, so the elements load this
 * first and parse-dataset.ts, which writes every issue out, only for data found invalid. Both run
 * the one check below; only the reporter differs, so they cannot disagree.
 */
import type { Dataset } from './types.js';
import { MAX_ISSUES, type Report } from './report.js';
import { walkSchema } from './walk-schema.js';
import { datasetPlan } from './dataset-plan.js';
import { deepFreeze } from './deep-freeze.js';
import { isProduced, markProduced } from './trusted.js';
import { checkReferences } from './check-references.js';
import { checkNewerVersion, checkVersionFeatures } from './check-version.js';
import { decodeUtf8 } from './decode-bytes.js';
import { copyJson } from './json-value.js';

export type Validation = { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false };

/** Whether `json` is a valid dataset (read as parseDataset reads it), and the dataset if it is. */
export function validateDataset(json: unknown): Validation {
  return runSteps(validateInSteps(json));
}

/** validateDataset, pausing between its long steps as parseInSteps does. */
export function* validateInSteps(json: unknown): Generator<void, Validation, void> {
  const dataset = yield* checkInSteps(json, () => stop);
  return dataset ? { ok: true, dataset } : { ok: false };
}

/** The first issue settles it: the data is invalid. */
const stop: Report = () => true;

/** Drives a check's steps to the end without pausing. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The check: the text decoded and parsed, its version, the schema, version features, then the
 * references, pausing between the long steps. Each stage asks `listen` for a reporter that hears
 * at most `cap` issues; the first stage with an issue ends the check (undefined). Valid data comes
 * back frozen and marked as produced. Never throws.
 */
export function* checkInSteps(
  json: unknown,
  listen: (cap: number) => Report,
): Generator<void, Dataset | undefined, void> {
  let heard = false;
  const stage = (cap = Infinity): Report => {
    const report = listen(cap);
    return (path, code, said) => {
      heard = true;
      return report(path, code, said);
    };
  };
  try {
    if (isProduced(json)) return json as Dataset;
    let value = json;
    if (json instanceof ArrayBuffer || ArrayBuffer.isView(json)) {
      const bytes =
        json instanceof ArrayBuffer
          ? new Uint8Array(json)
          : new Uint8Array(json.buffer, json.byteOffset, json.byteLength);
      const decoded = decodeUtf8(bytes);
      if ('badByte' in decoded) {
        stage()('', 'not-utf8', ['notUtf8', decoded.badByte]);
        return undefined;
      }
      json = decoded.text;
    }
    if (typeof json === 'string') {
      if (json.trim() === '') {
        stage()('', 'not-json', ['empty']);
        return undefined;
      }
      try {
        value = JSON.parse(json);
      } catch (error) {
        stage()('', 'not-json', ['notJson', detail(error)]);
        return undefined;
      }
    }
    if (checkNewerVersion(value, stage())) return undefined;
    yield;
    // A value parsed here from text is ours alone: checked and frozen in one walk, never copied.
    // A caller's object is checked as it is, then copied, so later changes cannot reach the copy.
    const ours = typeof json === 'string';
    walkSchema(value, datasetPlan, stage(MAX_ISSUES), ours);
    if (heard) return undefined;
    checkVersionFeatures(value as Record<string, unknown>, stage(MAX_ISSUES));
    if (heard) return undefined;
    const dataset = (ours ? value : deepFreeze(copyJson(value))) as Dataset;
    yield;
    checkReferences(dataset, stage());
    if (heard) return undefined;
    markProduced(dataset);
    return dataset;
  } catch (error) {
    stage()('', 'unreadable', ['unreadable', detail(error)]);
    return undefined;
  }
}

function detail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
