import type * as Api from '../index.js';
import { pendingSrc, startEarlyRequest, type EarlyCheck } from '../data/early-requests.js';
import { LAZY_TAGS, loadElement, watchTags } from './load-tags.js';

/** What the module entry exports (the same object for every copy of the entry on a page). */
export interface LazyEntry {
  /** Loads and registers a tag now (before it appears), resolving to its class. */
  readonly loadElement: (tag: string) => Promise<CustomElementConstructor>;
  /** Every export of the npm entry (element classes, events, the model and layout functions). */
  readonly loadApi: () => Promise<typeof Api>;
}

const KEY = Symbol.for('gov-org-elements.loader');

/**
 * Starts per-tag loading once per page. A second copy of the script (another URL, or the build
 * with the dataset beside the one without) warns once and uses the first copy's loader, so no tag
 * is loaded twice and nothing throws.
 */
export function startLazyLoading(copy: string, bundledDataset?: () => Promise<unknown>): LazyEntry {
  const page = globalThis as unknown as Record<symbol, { copy: string; entry: LazyEntry } | undefined>;
  const first = page[KEY];
  if (first) {
    console.warn(
      `gov-org-elements: a second copy of the script (${copy}) is on this page; ` +
        `the first (${first.copy}) stays in charge.`,
    );
    return first.entry;
  }
  const entry: LazyEntry = { loadElement, loadApi: () => import('../index.js') };
  page[KEY] = { copy, entry };
  // Tags the parser has already passed load now; tags added later (by the parser or a script) are
  // seen. What an element found on the page will need starts loading beside its code: its `src`
  // data (read and checked as soon as it and the check's code are here), English text for an
  // English page, and (outside the library's other elements, which hand their data down) the
  // bundled dataset when it has no `src`. An element whose code is already here makes its own
  // requests.
  const selector = LAZY_TAGS.join(',');
  watchTags(document, (el) => {
    const nested = Boolean(el.parentElement?.closest(selector));
    const src = customElements.get(el.localName) ? undefined : pendingSrc(el);
    const check = (): Promise<EarlyCheck> => import('../model/validate-dataset.js');
    if (src) startEarlyRequest(src, check);
    else if (el.hasAttribute('src')) void check().catch(() => undefined);
    else if (bundledDataset && !nested) void bundledDataset().catch(() => undefined);
    if (/^en\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? ''))
      void import('../i18n/en.js').catch(() => undefined);
  });
  return entry;
}

export { LAZY_TAGS };
