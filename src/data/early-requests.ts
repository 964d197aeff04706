/**
 * Requests for `src` data that the one-tag entry starts as soon as it finds an element with a
 * `src`, while the element's own code is still loading: the data then arrives beside the code
 * instead of after it. The element takes the request over (take-early-request.ts), so nothing is
 * fetched that the element would not fetch itself.
 *
 * A page-wide symbol, not a shared module: the entry shares no module with the chunks (see
 * offer-bundled-dataset.ts), so this half is the entry's and take-early-request.ts the chunks'.
 */
const EARLY = Symbol.for('gov-org-elements.early-requests');

/** A request not taken over within this long (ms) is dropped: the page has changed its mind. */
export const EARLY_REQUEST_MAX_AGE_MS = 15_000;

/** The part of the validity check (model/validate-dataset.ts) the entry runs early. */
export interface EarlyCheck {
  validateInSteps(json: unknown): Generator<void, { readonly ok: boolean; readonly dataset?: unknown }, void>;
}

export interface EarlyRequest {
  /** The response, as `fetch` gives it (a rejection is already handled). */
  readonly response: Promise<Response>;
  /**
   * Its body, read as soon as a successful response arrives (undefined for an HTTP error): the
   * bytes wait in the page, not in the network, while the element's code loads. The taker reads
   * this, never `response`'s body again.
   */
  readonly payload: Promise<ArrayBuffer | undefined>;
  /**
   * The validity check of those bytes, run as soon as they and the check's code are here (often
   * before the element's own code has loaded); undefined when the check's code could not load.
   * The taker trusts only a dataset the check itself marked as produced.
   */
  readonly checked: Promise<{ readonly ok: boolean; readonly dataset?: unknown } | undefined>;
  /** Aborts the request (the taker's timeout). */
  readonly abort: AbortController;
  /** When it was started (performance.now()). */
  readonly started: number;
  /**
   * Whether `checked` has settled: an element that finds it so waits for the answer (promises
   * only) and shows the data in its first render, with no loading state painted before it.
   */
  done: boolean;
}

function requests(): Map<string, EarlyRequest> {
  const page = globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>;
  return (page[EARLY] ??= new Map());
}

/** A run of the check's steps this long (ms) is followed by a pause for input, as in-steps.ts does. */
const STEP_BUDGET_MS = 10;

/**
 * Runs the check's steps, pausing for a task only after a run of them has passed the budget: a
 * pause at every step lets the element's code be evaluated first, and the element waits for the
 * rest of the check after it (measured: a 1,000-unit chart paints later).
 */
async function runCheck(check: EarlyCheck, bytes: ArrayBuffer): Promise<{ ok: boolean; dataset?: unknown }> {
  const steps = check.validateInSteps(bytes);
  let since = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - since < STEP_BUDGET_MS) continue;
    await new Promise((resolve) => setTimeout(resolve));
    since = performance.now();
  }
}

/**
 * Starts the request for the absolute `url`, as loadDataset would make it (same URL, same
 * credentials), unless one is already waiting, reads its body and checks it with the code
 * `loadCheck` loads. Dropped and aborted if not taken over in time.
 */
export function startEarlyRequest(url: string, loadCheck: () => Promise<EarlyCheck>): void {
  const waiting = requests();
  if (waiting.has(url)) return;
  const abort = new AbortController();
  const response = fetch(url, { signal: abort.signal, credentials: 'same-origin' });
  const payload = response.then((r) => (r.ok ? r.arrayBuffer() : undefined));
  const checked = Promise.all([payload, loadCheck()]).then(
    ([body, check]) => (body ? runCheck(check, body) : undefined),
    () => undefined,
  );
  for (const promise of [response, payload, checked]) promise.catch(() => undefined);
  const request: EarlyRequest = { response, payload, checked, abort, started: performance.now(), done: false };
  void checked.then(() => (request.done = true));
  waiting.set(url, request);
  setTimeout(() => {
    if (waiting.get(url) !== request) return;
    waiting.delete(url);
    abort.abort();
  }, EARLY_REQUEST_MAX_AGE_MS);
}

/**
 * The `src` an element not yet upgraded will load: the property a script set before its code
 * loaded, or the attribute; undefined when it will not fetch (it has `data`, no `src`, or a `src`
 * that is no URL). Absolute, resolved as loadDataset resolves it.
 */
export function pendingSrc(el: Element): string | undefined {
  const own = (key: string): boolean => Object.prototype.hasOwnProperty.call(el, key);
  if (own('data') && (el as { data?: unknown }).data !== undefined) return undefined;
  const value = own('src') ? (el as { src?: unknown }).src : el.getAttribute('src');
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return undefined;
  }
}
