import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { unitById } from '../../model/queries.js';
import type { DatasetState } from '../shared/dataset-controller.js';

export interface HashLinkHost extends ReactiveControllerHost, HTMLElement {
  readonly linkHash: boolean;
  selected?: string;
  rootUnit?: string;
  readonly dataState: DatasetState;
}

/** The `unit` parameter of a hash such as `#unit=x` or `#tab=2&unit=x`. */
export const hashUnit = (hash: string): string | null => hashParam(hash, 'unit');

/** A parameter of the hash (`unit`, `root`). */
export const hashParam = (hash: string, name: string): string | null => new URLSearchParams(hash.slice(1)).get(name);

/** The hash with `unit=id`; its other parts (`#section2`, `tab=2`) are kept as they are. */
export function withHashUnit(hash: string, id: string): string {
  return withHashParams(hash, { unit: id });
}

/**
 * The hash with these parameters set (or removed, for undefined); its other parts (`#section2`,
 * `tab=2`) are kept as they are, and the parameters come last in the order given.
 */
export function withHashParams(hash: string, params: Readonly<Record<string, string | undefined>>): string {
  const names = Object.keys(params);
  const parts = hash
    .slice(1)
    .split('&')
    .filter((p) => p && !names.some((name) => p.startsWith(`${name}=`)));
  for (const name of names) if (params[name] !== undefined) parts.push(`${name}=${encodeURIComponent(params[name]!)}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/**
 * Deep links (`link-hash`): `#unit=<id>` selects and reveals that unit, `#root=<id>` shows the chart
 * from that unit down (both may be given, `#root=a&unit=b`), once the data is ready and
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
  /** The selection and the root last read from or written to the hash. */
  private shown?: { unit?: string; root?: string };

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
      this.apply(true);
    }
  }

  hostUpdated(): void {
    if (!this.read || !this.host.linkHash) return;
    const { selected: unit, rootUnit: root } = this.host;
    if (unit === this.shown?.unit && root === this.shown?.root) return;
    this.shown = { unit, root };
    this.missing = undefined;
    // A selection is kept in the address once made; the root goes when the whole chart is shown.
    const next = withHashParams(location.hash, { ...(unit ? { unit } : {}), root });
    if (next !== location.hash && !(next === '' && location.hash === '#'))
      history.replaceState(history.state, '', next || location.pathname + location.search);
  }

  private apply(initial = false): void {
    const state = this.host.dataState;
    if (state.status !== 'ready') return;
    const [unit, root] = [hashParam(location.hash, 'unit'), hashParam(location.hash, 'root')];
    this.missing = [unit, root].find((id) => id !== null && !unitById(state.dataset, id)) ?? undefined;
    // A hash without a root shows the whole organisation, except on load (a `root-unit` attribute stays).
    if (root !== null && unitById(state.dataset, root)) this.host.rootUnit = root;
    else if (root === null && !initial) this.host.rootUnit = undefined;
    if (unit !== null && unitById(state.dataset, unit)) this.host.selected = unit;
    this.shown = { unit: this.host.selected, root: this.host.rootUnit };
  }

  private readonly onHashChange = (): void => {
    if (!this.host.linkHash) return;
    this.apply();
    this.host.requestUpdate();
  };
}
