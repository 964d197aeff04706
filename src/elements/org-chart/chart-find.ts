import { html, nothing, type TemplateResult } from 'lit';
import type { ChartNode } from '../../chart/chart-tree.js';
import { findNodes } from '../../chart/find-nodes.js';
import type { Messages } from '../../i18n/messages.js';

/** What the find box may read and do, given when it is created. */
export interface FindActions {
  readonly tree: () => ChartNode | undefined;
  /** Opens the way to a node, makes it the tree's tab stop and scrolls it into view. */
  readonly show: (id: string) => void;
  /** The query or its matches changed: render again. */
  readonly changed: () => void;
}

/**
 * The find box: Chinese names can be typed here with an input method, which a focused tree
 * item cannot receive (IMEs send no keydown per character). Enter steps through the matches.
 */
export class ChartFind {
  query = '';
  matches: readonly string[] = [];
  private current = -1;

  constructor(private readonly actions: FindActions) {}

  /** Node ids to mark as matching. */
  get found(): ReadonlySet<string> {
    return new Set(this.matches);
  }

  private readonly onInput = (event: InputEvent): void => {
    if (event.isComposing) return; // wait until the IME commits the characters
    this.search((event.target as HTMLInputElement).value);
  };

  private readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.search((event.target as HTMLInputElement).value);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing || this.matches.length === 0) return;
    event.preventDefault();
    this.current = (this.current + 1) % this.matches.length;
    this.actions.show(this.matches[this.current]!);
  };

  /** Re-runs the query on a new tree (view or data changed) without moving anything. */
  rematch(): void {
    const tree = this.actions.tree();
    this.matches = tree ? findNodes(tree, this.query) : [];
    this.current = this.matches.length > 0 ? 0 : -1;
  }

  search(query: string): void {
    this.query = query;
    const tree = this.actions.tree();
    this.matches = tree ? findNodes(tree, query) : [];
    this.current = this.matches.length > 0 ? 0 : -1;
    if (this.current === 0) this.actions.show(this.matches[0]!);
    this.actions.changed();
  }

  render(t: Messages): TemplateResult {
    return html`<span part="find">
      <input part="find-input" type="search" aria-label=${t.findLabel} placeholder=${t.findPlaceholder}
        .value=${this.query}
        @input=${this.onInput} @compositionend=${this.onCompositionEnd} @keydown=${this.onKeydown}>
      <span part="find-status" role="status">${this.query.trim() ? t.findResults(this.matches.length) : nothing}</span>
    </span>`;
  }
}
