import type { ReactiveControllerHost } from 'lit';
import { ancestorIds, type NodeInfo } from '../../chart/chart-visibility.js';

/**
 * Which nodes of the chart are open, and which box is the tree's one tab stop (APG treeview).
 * Owned here so the element keeps only its user API and the view; a change renders the host.
 */
export class ChartOpenState {
  #expanded: ReadonlySet<string> = new Set();
  #focused = '';
  /** The open nodes before every node was shown for a text-only page. */
  #saved?: ReadonlySet<string>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chartIndex: () => ReadonlyMap<string, NodeInfo> | undefined,
  ) {}

  private index(): ReadonlyMap<string, NodeInfo> {
    return this.chartIndex() ?? new Map();
  }

  /** The open nodes (a new set on every change: layouts are cached by it). */
  get expanded(): ReadonlySet<string> {
    return this.#expanded;
  }

  /** The node that has (or gets) keyboard focus. */
  get focused(): string {
    return this.#focused;
  }

  set focused(id: string) {
    if (id === this.#focused) return;
    this.#focused = id;
    this.host.requestUpdate();
  }

  /** Opens exactly these nodes; focus climbs to its nearest shown ancestor. */
  set(next: ReadonlySet<string>): void {
    this.#expanded = next;
    let id = this.#focused;
    for (const p of ancestorIds(this.index(), id)) if (!next.has(p)) id = p;
    this.#focused = id;
    this.host.requestUpdate();
  }

  /**
   * Shows every node open while the page is text-only, and the nodes open before once it is not.
   * Returns true when that changed what is open.
   */
  showAll(on: boolean, all: () => ReadonlySet<string>): boolean {
    if (on === (this.#saved !== undefined)) return false;
    const next = on ? all() : this.#saved!;
    this.#saved = on ? this.#expanded : undefined;
    this.set(next);
    return true;
  }

  /** Opens the way to a node and makes it the tab stop. */
  openTo(id: string): void {
    const open = new Set(this.#expanded);
    ancestorIds(this.index(), id).forEach((p) => open.add(p));
    if (open.size !== this.#expanded.size) this.#expanded = open;
    this.focused = id;
    this.host.requestUpdate();
  }

  /** The open nodes with one more opened or closed; undefined when that would change nothing. */
  toggled(id: string, open: boolean): ReadonlySet<string> | undefined {
    const node = this.index().get(id)?.node;
    if (!node || node.children.length === 0 || this.#expanded.has(id) === open) return undefined;
    const next = new Set(this.#expanded);
    if (open) next.add(id);
    else next.delete(id);
    return next;
  }
}
