import type { EarlyRequest } from '../../data/early-requests.js';

/** The key src/data/early-requests.ts writes (the entry's half; this is the chunks'). */
const EARLY = Symbol.for('gov-org-elements.early-requests');

const waiting = (): Map<string, EarlyRequest> | undefined =>
  (globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>)[EARLY];

/**
 * Whether the one-tag entry has already fetched and checked `src` (relative to the page) while
 * the element's code loaded: then the element's first update waits for the answer (promises
 * only, no network) and shows the data, instead of painting a loading state first.
 */
export function arrivedEarly(src: string): boolean {
  try {
    return waiting()?.get(new URL(src, document.baseURI).href)?.done === true;
  } catch {
    return false;
  }
}

/** Takes over (once) the request the one-tag entry started for the absolute `url`, if any. */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const request = waiting()?.get(url);
  if (request) waiting()!.delete(url);
  return request;
}
