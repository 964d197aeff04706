import type { EarlyRequest } from '../../data/early-requests.js';

/** The key src/data/early-requests.ts writes (the entry's half; this is the chunks'). */
const EARLY = Symbol.for('gov-org-elements.early-requests');

/** Takes over (once) the request the one-tag entry started for the absolute `url`, if any. */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const page = globalThis as unknown as Record<symbol, Map<string, EarlyRequest> | undefined>;
  const request = page[EARLY]?.get(url);
  if (request) page[EARLY]!.delete(url);
  return request;
}
