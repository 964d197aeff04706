import type { ReactiveControllerHost } from 'lit';
import type { DataIssue, Dataset, ParseResult } from '../../model/types.js';
import { isProduced } from '../../model/trusted.js';
import { getDefaultDataset, loadDefaultDataset } from '../../data/default-dataset.js';
import { OrgErrorEvent } from '../../events.js';
import { loadDataset, type LoadResult } from './load-dataset.js';
import { arrivedEarly } from './take-early-request.js';
import { checkNow, loadCheckFor } from './load-check.js';

export type DatasetState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ready'; readonly dataset: Dataset }
  | { readonly status: 'invalid'; readonly issues: readonly DataIssue[] }
  | { readonly status: 'failed'; readonly url: string; readonly reason: string };

/** What an element offers for its data: the `data` property wins over `src`, then the page default. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  /** The dataset a prerendered fragment carried (shown until `src` answers, or for good without it). */
  readonly snapshot?: unknown;
}

/** The check of `data`, or undefined while a chunk the check needs is not loaded. */
function parseOnce(data: unknown): ParseResult | undefined {
  if (data !== null && typeof data === 'object' && isProduced(data))
    return { ok: true, dataset: data as Dataset, issues: [] };
  return checkNow(data);
}

/** Where the chunk that failed to load lives, as the browser's message says, for the error panel. */
function chunkFailure(error: unknown): DatasetState {
  const reason = error instanceof Error ? error.message : String(error);
  return { status: 'failed', url: /https?:\/\/\S+\.js/.exec(reason)?.[0] ?? 'gov-org-elements', reason };
}

/**
 * Resolves an element's dataset before each update (the element calls `sync()` in willUpdate) and
 * re-renders the host when a `src` request ends. The latest `src` always wins: answers to older
 * requests are dropped.
 *
 * The dataset check and the bundled dataset are chunks of their own: `prepare()` (called before an
 * update is rendered) says what the update must wait for, so the element renders its data at once
 * rather than a loading panel first, and `updateComplete` covers the wait.
 */
export class DatasetController {
  state: DatasetState = { status: 'empty' };
  /**
   * Whether `state` is the prerendered fragment's own snapshot: only then may the element adopt
   * the fragment's nodes, because hydration keeps their text as the server wrote it.
   */
  fromSnapshot = false;
  private request = 0;
  private seen: { data?: unknown; src?: string } | undefined;
  /** The answer prepare() waited for (the entry's early request), for the update it preceded. */
  private early: { src: string; result: LoadResult } | undefined;

  constructor(private readonly host: DatasetHost) {}

  /**
   * Starts loading what the element's inputs need and returns what its next update must wait for:
   * the check for a `data` object, the bundled dataset for no data at all. For `src` the check
   * loads beside the request (loadDataset waits for both), and the update shows the loading state,
   * unless the entry's early request has already answered and been checked: then the answer.
   */
  prepare(): Promise<unknown> | undefined {
    const { data, src, snapshot } = this.host;
    const given = data !== undefined ? data : src ? undefined : snapshot;
    if (given !== undefined) return parseOnce(given) ? undefined : loadCheckFor(given).catch(() => undefined);
    if (src) {
      if (snapshot !== undefined)
        return parseOnce(snapshot) ? undefined : loadCheckFor(snapshot).catch(() => undefined);
      return arrivedEarly(src) ? loadDataset(src).then((result) => (this.early = { src, result })) : undefined;
    }
    return loadDefaultDataset()?.catch(() => undefined);
  }

  /** Called from the element's willUpdate (which server rendering runs too): resolves changed inputs. */
  sync(): void {
    const { data, src } = this.host;
    if (this.seen && this.seen.data === data && this.seen.src === src) return;
    this.seen = { data, src };
    this.resolve();
  }

  /** Asks the network again after a failed `src` or chunk. */
  retry(): void {
    this.resolve();
    this.host.requestUpdate();
  }

  private resolve(): void {
    const { data, src } = this.host;
    const request = ++this.request;
    this.fromSnapshot = false;
    if (data !== undefined) {
      this.fromData(data, src ?? '');
    } else if (src && this.early?.src === src) {
      // Answered already (prepare() waited for the entry's early request): no loading state.
      const { result } = this.early;
      this.early = undefined;
      this.settle(result.status === 'invalid' ? { status: 'invalid', issues: result.issues } : result);
    } else if (src) {
      const { snapshot } = this.host;
      // Prerendered content stays on screen while `src` loads; what changed then renders as a change.
      const shown = snapshot !== undefined ? parseOnce(snapshot) : undefined;
      this.state = shown ? fromParse(shown) : { status: 'loading', url: src };
      this.fromSnapshot = shown !== undefined;
      void loadDataset(src).then((result) => {
        if (request !== this.request) return;
        this.fromSnapshot = false;
        this.settle(result.status === 'invalid' ? { status: 'invalid', issues: result.issues } : result);
        this.host.requestUpdate();
      });
    } else if (this.host.snapshot !== undefined) {
      this.fromData(this.host.snapshot, '');
      this.fromSnapshot = true;
    } else {
      const fallback = getDefaultDataset();
      const loading = fallback ? undefined : loadDefaultDataset();
      if (fallback) this.settle(fromParse(fallback));
      else if (!loading) this.settle({ status: 'empty' });
      else {
        this.state = { status: 'loading', url: '' };
        loading.then(
          (result) => this.later(request, fromParse(result)),
          (error: unknown) => this.later(request, chunkFailure(error)),
        );
      }
    }
  }

  /** A `data` object (or a prerendered snapshot): checked at once when the check is at hand. */
  private fromData(data: unknown, url: string): void {
    const parsed = parseOnce(data);
    if (parsed) {
      this.settle(fromParse(parsed));
      return;
    }
    // The check was still loading (prepare() normally waits for it): render once it is here.
    const request = this.request;
    this.state = { status: 'loading', url };
    loadCheckFor(data).then(
      () => this.later(request, fromParse(parseOnce(data)!)),
      (error: unknown) => this.later(request, chunkFailure(error)),
    );
  }

  private later(request: number, state: DatasetState): void {
    if (request !== this.request) return;
    this.settle(state);
    this.host.requestUpdate();
  }

  private settle(state: DatasetState): void {
    this.state = state;
    if (state.status === 'invalid' || state.status === 'failed') {
      const detail =
        state.status === 'invalid'
          ? { kind: 'data' as const, issues: state.issues }
          : { kind: 'network' as const, issues: [], url: state.url, reason: state.reason };
      // After the current update, so listeners see the error panel already rendered.
      void this.host.updateComplete.then(() => this.host.dispatchEvent(new OrgErrorEvent(detail)));
    }
  }
}

function fromParse(result: ParseResult): DatasetState {
  return result.ok ? { status: 'ready', dataset: result.dataset } : { status: 'invalid', issues: result.issues };
}
