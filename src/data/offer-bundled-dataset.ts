/** Where the one-tag build leaves its bundled dataset's loader for the elements' chunks to find. */
export const BUNDLED_DATASET = Symbol.for('gov-org-elements.bundled-dataset');

/**
 * Offers the bundled dataset as the page default, loaded by the first element that has no data of
 * its own. A page-wide symbol rather than a shared module: the entry shares no module with the
 * chunks, so that an entry loaded under another URL (a `?v=` cache buster) never runs twice. The
 * first copy's offer stays.
 */
export function offerBundledDataset(load: () => Promise<unknown>): () => Promise<unknown> {
  const page = globalThis as unknown as Record<symbol, (() => Promise<unknown>) | undefined>;
  let loading: Promise<unknown> | undefined;
  // Once per page: the entry starts it early (see bundle.ts), the first element joins it.
  page[BUNDLED_DATASET] ??= () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return page[BUNDLED_DATASET];
}
