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

export interface EarlyRequest {
  /** The response, as `fetch` gives it (a rejection is already handled). */
  readonly response: Promise<Response>;
  /** Aborts the request (the taker's timeout). */
  readonly abort: AbortController;
  /** When it was started (performance.now()). */
  readonly started: number;
}

function requests(): Map<string, EarlyRequest> {
  const page = globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>;
  return (page[EARLY] ??= new Map());
}

/**
 * Starts the request for the absolute `url`, as loadDataset would make it (same URL, same
 * credentials), unless one is already waiting. Dropped and aborted if not taken over in time.
 */
export function startEarlyRequest(url: string): void {
  const waiting = requests();
  if (waiting.has(url)) return;
  const abort = new AbortController();
  const response = fetch(url, { signal: abort.signal, credentials: 'same-origin' });
  response.catch(() => undefined);
  const request: EarlyRequest = { response, abort, started: performance.now() };
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
