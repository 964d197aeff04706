import type { EarlyRequest } from '../../data/early-requests.js';

/** The key src/data/early-requests.ts writes (the entry's half; this is the chunks'). */
const EARLY = Symbol.for('gov-org-elements.early-requests');

/**
 * Whether the one-tag entry has already fetched and checked `src` (relative to the page) while
 * the element's code loaded: then the element's first update waits for the answer (promises
 * only, no network) and shows the data, instead of painting a loading state first.
 */
export function arrivedEarly(src: string): boolean {
  const page = globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>;
  try {
    return page[EARLY]?.get(new URL(src, document.baseURI).href)?.done === true;
  } catch {
    return false;
  }
}

/** Takes over (once) the request the one-tag entry started for the absolute `url`, if any. */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const page = globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>;
  const request = page[EARLY]?.get(url);
  if (request) page[EARLY]!.delete(url);
  return request;
}
