import { html, nothing, type TemplateResult } from 'lit';
import type { ChartNode } from '../../chart/chart-tree.js';
import { findIndex, findNodes } from '../../chart/find-nodes.js';
import type { Messages } from '../../i18n/messages.js';
import type { PickedText, UiLang } from '../../model/localize.js';
import { textNode } from '../shared/text-node.js';

/** What the find box may read and do, given when it is created. */
export interface FindActions {
  readonly tree: () => ChartNode | undefined;
  /** Opens the way to a node, makes it the tree's tab stop and scrolls it into view. */
  readonly show: (id: string) => void;
  /** The query, its matches or the list changed: render again. */
  readonly changed: () => void;
  /** A match's name, and the names of the nodes above it from the organisation down. */
  readonly describe: (id: string) => { readonly name: PickedText; readonly path: readonly PickedText[] };
}

/** At most this many matches are listed (the status line says how many there are). */
const LIST_LIMIT = 50;

/**
 * The find box, an editable combobox with a list (WAI-ARIA APG): Chinese names can be typed here
 * with an input method, which a focused tree item cannot receive. Each keystroke searches the
 * whole tree (a prebuilt index: one pass over an array); the list shows each match with the way
 * to it. ↓/↑ move in the list, Enter shows the highlighted match (or steps through the matches),
 * Escape closes the list, then clears the box.
 */
export class ChartFind {
  query = '';
  matches: readonly string[] = [];
  #found: ReadonlySet<string> = new Set();
  /** The match Enter showed last. */
  private current = -1;
  /** The option highlighted with ↓/↑, or -1. */
  private active = -1;
  private expanded = false;

  constructor(private readonly actions: FindActions) {}

  /** Node ids to mark as matching. */
  get found(): ReadonlySet<string> {
    return this.#found;
  }

  private readonly onInput = (event: InputEvent): void => {
    if (event.isComposing) return; // wait until the IME commits the characters
    this.search((event.target as HTMLInputElement).value);
  };

  private readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.search((event.target as HTMLInputElement).value);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const listed = Math.min(this.matches.length, LIST_LIMIT);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && listed > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.expanded = true;
      this.active = this.active < 0 ? (step > 0 ? 0 : listed - 1) : (this.active + step + listed) % listed;
    } else if (event.key === 'Enter' && this.matches.length > 0) {
      event.preventDefault();
      if (this.expanded && this.active >= 0) this.pick(this.matches[this.active]!);
      else this.step();
      return;
    } else if (event.key === 'Escape' && (this.expanded || this.query)) {
      event.preventDefault();
      if (this.expanded) this.close();
      else this.search('');
      return;
    } else return;
    this.actions.changed();
  };

  private readonly onFocus = (): void => {
    // Build the search index now, while the reader has not typed yet (not before the chart is shown).
    const tree = this.actions.tree();
    if (tree) findIndex(tree);
    if (this.expanded || this.matches.length === 0) return;
    this.expanded = true;
    this.actions.changed();
  };

  private readonly onBlur = (): void => this.close();

  private close(): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.active = -1;
    this.actions.changed();
  }

  /** Enter without a highlighted option: the next match. */
  private step(): void {
    this.current = (this.current + 1) % this.matches.length;
    this.actions.show(this.matches[this.current]!);
  }

  /** A match chosen from the list: shown in the chart; the list closes, focus stays in the box. */
  private pick(id: string): void {
    this.current = this.matches.indexOf(id);
    this.expanded = false;
    this.active = -1;
    this.actions.show(id);
    this.actions.changed();
  }

  private setMatches(matches: readonly string[]): void {
    this.matches = matches;
    this.#found = new Set(matches);
    this.current = matches.length > 0 ? 0 : -1;
    this.active = -1;
  }

  /** Re-runs the query on a new tree (view or data changed) without moving anything. */
  rematch(): void {
    const tree = this.actions.tree();
    this.setMatches(tree ? findNodes(tree, this.query) : []);
  }

  search(query: string): void {
    this.query = query;
    this.rematch();
    this.expanded = this.matches.length > 0;
    if (this.current === 0) this.actions.show(this.matches[0]!);
    this.actions.changed();
  }

  render(t: Messages, lang: UiLang, idPrefix: string): TemplateResult {
    const listId = `${idPrefix}find-list`;
    const open = this.expanded && this.matches.length > 0;
    const text = (p: PickedText): TemplateResult =>
      html`<span lang=${p.lang === lang ? nothing : p.lang}>${textNode(p.text)}</span>`;
    const option = (id: string, i: number): TemplateResult => {
      const { name, path } = this.actions.describe(id);
      return html`<li role="option" part="find-option" id="${idPrefix}find-${i}" aria-selected=${i === this.active}
        @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.pick(id)}
        ><span part="find-name">${text(name)}</span>${
          path.length > 0
            ? html`<span part="find-path">${path.map((p, j) => html`${j > 0 ? ' › ' : ''}${text(p)}`)}</span>`
            : nothing
        }</li>`;
    };
    return html`<span part="find">
      <input part="find-input" type="search" role="combobox" aria-label=${t.findLabel} placeholder=${t.findPlaceholder}
        aria-autocomplete="list" aria-expanded=${open} aria-controls=${listId}
        aria-activedescendant=${open && this.active >= 0 ? `${idPrefix}find-${this.active}` : nothing}
        .value=${this.query} @input=${this.onInput} @compositionend=${this.onCompositionEnd}
        @keydown=${this.onKeydown} @focus=${this.onFocus} @blur=${this.onBlur}>
      <span part="find-status" role="status">${this.query.trim() ? t.findResults(this.matches.length) : nothing}</span>
      <ul part="find-list" role="listbox" id=${listId} aria-label=${t.findLabel} ?hidden=${!open}
        >${open ? this.matches.slice(0, LIST_LIMIT).map(option) : nothing}</ul>
    </span>`;
  }
}
