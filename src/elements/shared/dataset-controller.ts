import type { ReactiveControllerHost } from 'lit';
import type { DataIssue, Dataset, ParseResult } from '../../model/types.js';
import { parseDataset } from '../../model/parse-dataset.js';
import { getDefaultDataset } from '../../data/default-dataset.js';
import { OrgErrorEvent } from '../../events.js';
import { loadDataset } from './load-dataset.js';

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

// Several elements given the same object parse it once.
const parsedObjects = new WeakMap<object, ParseResult>();

function parseOnce(data: unknown): ParseResult {
  if (data === null || typeof data !== 'object') return parseDataset(data);
  let result = parsedObjects.get(data);
  if (!result) {
    result = parseDataset(data);
    parsedObjects.set(data, result);
  }
  return result;
}

/**
 * Resolves an element's dataset before each update (the element calls `sync()` in willUpdate) and
 * re-renders the host when a `src` request ends. The latest `src` always wins: answers to older
 * requests are dropped.
 */
export class DatasetController {
  state: DatasetState = { status: 'empty' };
  private request = 0;
  private seen: { data?: unknown; src?: string } | undefined;

  constructor(private readonly host: DatasetHost) {}

  /** Called from the element's willUpdate (which server rendering runs too): resolves changed inputs. */
  sync(): void {
    const { data, src } = this.host;
    if (this.seen && this.seen.data === data && this.seen.src === src) return;
    this.seen = { data, src };
    this.resolve();
  }

  /** Asks the network again after a failed `src`. */
  retry(): void {
    this.resolve();
    this.host.requestUpdate();
  }

  private resolve(): void {
    const { data, src } = this.host;
    const request = ++this.request;
    if (data !== undefined) {
      this.settle(fromParse(parseOnce(data)));
    } else if (src) {
      const { snapshot } = this.host;
      // Prerendered content stays on screen while `src` loads; what changed then renders as a change.
      this.state = snapshot !== undefined ? fromParse(parseOnce(snapshot)) : { status: 'loading', url: src };
      void loadDataset(src).then((result) => {
        if (request !== this.request) return;
        this.settle(result.status === 'invalid' ? { status: 'invalid', issues: result.issues } : result);
        this.host.requestUpdate();
      });
    } else if (this.host.snapshot !== undefined) {
      this.settle(fromParse(parseOnce(this.host.snapshot)));
    } else {
      const fallback = getDefaultDataset();
      this.settle(fallback ? fromParse(fallback) : { status: 'empty' });
    }
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
