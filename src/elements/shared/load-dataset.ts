import type { DataIssue, Dataset } from '../../model/types.js';
import { takeEarlyRequest } from './take-early-request.js';
import { loadParser, loadValidator } from './load-check.js';
import { inSteps } from './in-steps.js';
import { isProduced } from '../../model/trusted.js';

export type LoadResult =
  | { readonly status: 'ready'; readonly dataset: Dataset }
  | { readonly status: 'invalid'; readonly issues: readonly DataIssue[] }
  | { readonly status: 'failed'; readonly url: string; readonly reason: string };

/** How long a `src` request may take before it counts as failed. */
export const FETCH_TIMEOUT_MS = 15_000;

// One request and one parse per URL for every element on the page. Failures are not kept,
// so a retry asks the network again.
const cache = new Map<string, Promise<LoadResult>>();

/** Loads and parses the dataset at `src` (relative to the page), sharing the work page-wide. */
export function loadDataset(src: string): Promise<LoadResult> {
  const url = new URL(src, document.baseURI).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchDataset(url).then((result) => {
      if (result.status === 'failed') cache.delete(url);
      return result;
    });
    cache.set(url, pending);
  }
  return pending;
}

async function fetchDataset(url: string): Promise<LoadResult> {
  // The one-tag entry may have started this very request while the element's code loaded, and
  // checked its answer.
  const early = takeEarlyRequest(url);
  // Else the validity check loads beside the request, not after it; a failed chunk is a failure
  // Retry can mend.
  const checking = early ? undefined : loadValidator();
  checking?.catch(() => undefined);
  const abort = early?.abort ?? new AbortController();
  const waited = early ? performance.now() - early.started : 0;
  const timer = setTimeout(() => abort.abort(), Math.max(0, FETCH_TIMEOUT_MS - waited));
  try {
    const response = await (early?.response ?? fetch(url, { signal: abort.signal, credentials: 'same-origin' }));
    if (!response.ok)
      return failed(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json|text\/plain/i.test(type)) return failed(url, `expected JSON, got ${type.split(';')[0]}`);
    // Bytes, not response.text(): a GBK file must be reported, not silently decoded to U+FFFD.
    // An early request's body was read, and maybe checked, while this code loaded: its verdict
    // needs no chunk (awaiting one costs a task, and a painted loading state); the chunk is loaded
    // only if the entry could not check.
    const bytes = await (early ? early.payload : response.arrayBuffer());
    if (!bytes) return failed(url, 'the response has no body');
    const valid =
      (await early?.checked) ?? (await inSteps((await (checking ?? loadValidator())).validateInSteps(bytes)));
    // Only the check itself marks a dataset as produced: a page cannot hand in a verdict of its own.
    if (valid.ok && isProduced(valid.dataset)) return { status: 'ready', dataset: valid.dataset as Dataset };
    // Invalid data (the rare case) loads the check that says what is wrong with it.
    const parsed = await inSteps((await loadParser()).parseInSteps(bytes));
    return parsed.ok ? { status: 'ready', dataset: parsed.dataset } : { status: 'invalid', issues: parsed.issues };
  } catch (error) {
    const reason = abort.signal.aborted
      ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
      : error instanceof Error
        ? error.message
        : String(error);
    return failed(url, reason);
  } finally {
    clearTimeout(timer);
  }
}

function failed(url: string, reason: string): LoadResult {
  return { status: 'failed', url, reason };
}
