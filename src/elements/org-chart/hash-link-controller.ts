import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { unitById } from '../../model/queries.js';
import type { DatasetState } from '../shared/dataset-controller.js';

export interface HashLinkHost extends ReactiveControllerHost, HTMLElement {
  readonly linkHash: boolean;
  selected?: string;
  readonly dataState: DatasetState;
}

/** The `unit` parameter of a hash such as `#unit=x` or `#tab=2&unit=x`. */
export const hashUnit = (hash: string): string | null => new URLSearchParams(hash.slice(1)).get('unit');

/** The hash with `unit=id`; its other parts (`#section2`, `tab=2`) are kept as they are. */
export function withHashUnit(hash: string, id: string): string {
  const parts = hash
    .slice(1)
    .split('&')
    .filter((p) => p && !p.startsWith('unit='));
  return `#${[...parts, `unit=${encodeURIComponent(id)}`].join('&')}`;
}

/**
 * Deep links (`link-hash`): `#unit=<id>` selects and reveals that unit once the data is ready and
 * on every hashchange; every later change of the selection (the reader's, a linked leader card's
 * 分管 link, or a script's) writes it back. Written with history.replaceState:
 * clicking through units adds no history entries (Back leaves the chart's page, as visitors
 * expect), fires no hashchange and never scrolls the page, yet the address is always a link to
 * the unit on screen. Without `link-hash` the hash is neither read nor written.
 */
export class HashLinkController implements ReactiveController {
  /** A unit id the hash asked for that the dataset does not have (the chart says so). */
  missing?: string;
  private read = false;
  /** The selection last read from or written to the hash. */
  private shown?: string;

  constructor(private readonly host: HashLinkHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read = false;
    addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * Called by the chart in willUpdate, before it opens the way to the selection: on the update
   * that first has data, a selection read from the hash is part of that same update.
   */
  beforeUpdate(): void {
    if (!this.read && this.host.linkHash && this.host.dataState.status === 'ready') {
      this.read = true;
      this.apply();
    }
  }

  hostUpdated(): void {
    if (!this.read || !this.host.linkHash) return;
    const selected = this.host.selected;
    if (selected === this.shown) return;
    this.shown = selected;
    this.missing = undefined;
    if (selected && hashUnit(location.hash) !== selected)
      history.replaceState(history.state, '', withHashUnit(location.hash, selected));
  }

  private apply(): void {
    const state = this.host.dataState;
    const id = hashUnit(location.hash);
    if (state.status !== 'ready') return;
    this.missing = id !== null && !unitById(state.dataset, id) ? id : undefined;
    if (id !== null && !this.missing) this.host.selected = id;
    this.shown = this.host.selected;
  }

  private readonly onHashChange = (): void => {
    if (!this.host.linkHash) return;
    this.apply();
    this.host.requestUpdate();
  };
}
