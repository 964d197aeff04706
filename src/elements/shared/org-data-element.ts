import { isServer, LitElement, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../model/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { UiLang } from '../../model/localize.js';
import { DatasetController, type DatasetState } from './dataset-controller.js';
import { renderErrorPanel } from './error-panel.js';
import { LangController } from './lang-controller.js';
import { nextTask } from './next-task.js';
import { PageStylesController } from './page-styles-controller.js';
import { adoptScopedStyles } from './scoped-styles.js';
import {
  hydrateOwnContent,
  loadHydrate,
  markAdopted,
  outerHydrated,
  prerenderedContent,
  serverLang,
  type Prerendered,
} from './prerendered.js';

let instances = 0;

/**
 * What every element of the library shares: its data (the `data` property, else `src`, else the
 * page default) and its language (its own or the nearest ancestor's `lang`). Subclasses render a
 * ready dataset; loading, invalid data and network failures get the shared panel, never a blank.
 *
 * Everything renders into the element's light DOM, not a shadow root: the page's accessibility
 * toolbars (read-aloud, caption bar, recolouring, text size), crawlers and find-in-page walk the
 * document and must reach every text. The styles are the class's `static styles`, scoped to the
 * tag name and adopted into the document (or the portal's shadow root) the element lives in.
 */
export abstract class OrgDataElement extends LitElement {
  /** A dataset object (property only); wins over `src`. */
  @property({ attribute: false }) data?: unknown;
  /** URL of a dataset JSON file; elements with the same `src` share one request and one parse. */
  @property() src?: string;
  /** Elder-friendly sizing (适老化): larger text, 60 px targets, stronger focus ring. */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) largeText = false;

  protected readonly source = new DatasetController(this);
  protected readonly i18n = new LangController(this);
  /** Whether the page's styles (and so ours) are switched off by a text-only mode. */
  protected readonly pageStyles = new PageStylesController(this);
  #idPrefix?: string;
  /** Content rendered on a server (`renderElement`) that the first update adopts instead of redrawing. */
  #prerendered?: Prerendered;

  /** The dataset a prerendered fragment carried with it (see `renderElement`). */
  get snapshot(): unknown {
    return this.#prerendered?.snapshot;
  }

  /**
   * Prefix of every id this element renders: ids are unique per page, whatever the number of
   * elements; a prerendered element keeps the prefix its server gave it.
   */
  protected get idPrefix(): string {
    return (this.#idPrefix ??= `${this.getAttribute('data-goe-id') ?? `goe${++instances}`}-`);
  }

  protected override createRenderRoot(): HTMLElement {
    // Server-rendered content (adopted in place), or whatever the page put inside (a pasted
    // fragment whose markers a rich-text editor stripped, a no-script fallback): it stays on
    // screen until the element has data to show instead.
    this.#prerendered = prerenderedContent(this) ?? (this.textContent?.trim() ? { hydratable: false } : undefined);
    return this;
  }

  override connectedCallback(): void {
    adoptScopedStyles(this, (this.constructor as typeof LitElement).elementStyles);
    super.connectedCallback();
  }

  /**
   * An update waits for the chunks it needs (English text, the dataset check for `data`, the
   * bundled dataset, Lit's hydrate for prerendered content), so the element renders them at once
   * instead of a placeholder first; `updateComplete` includes the wait. Each wait ends even when
   * its chunk fails: the update then shows what failed (or falls back) instead of hanging.
   * Adopting prerendered content starts in a task of its own: the content is already on screen,
   * and a page of nested elements then adopts them one task each instead of in one long task
   * that blocks input.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const hydratable = this.#prerendered?.hydratable;
    const waits = [this.i18n.pending, this.source.prepare(), hydratable ? loadHydrate() : undefined].filter(
      (wait) => wait !== undefined,
    );
    if (!hydratable && waits.length === 0) return super.scheduleUpdate();
    // The task comes after the other waits: elements whose chunks arrive together still adopt apart.
    const ready = Promise.all(waits);
    return (hydratable ? ready.then(nextTask) : ready).then(() => super.scheduleUpdate());
  }

  /**
   * The first update adopts prerendered nodes (Lit's hydration: the same text nodes stay, nothing
   * flashes). Until the data is ready, prerendered content stays as it is.
   */
  protected override update(changed: PropertyValues): void {
    const prerendered = this.#prerendered;
    if (!prerendered || isServer) {
      super.update(changed);
      return;
    }
    const { status } = this.source.state;
    // A nested element (e.g. a profile's duty list) waits for the element around it, whose
    // hydration walks past its markers and then hands it its data; one the element around it
    // dropped (rendering afresh) has nothing to show.
    const waiting = prerendered.hydratable && !outerHydrated(this);
    if (status === 'loading' || status === 'empty' || waiting || (prerendered.nested && !this.isConnected)) {
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    this.#prerendered = undefined;
    markAdopted(this);
    // Hydration keeps the fragment's text as written, so only the data it was rendered from may
    // adopt it: a `data` object set before then (or a damaged snapshot) renders afresh instead.
    if (prerendered.hydratable && status === 'ready' && (prerendered.nested || this.source.fromSnapshot)) {
      const value = this.render();
      this.renderOptions.isConnected = this.isConnected;
      ReactiveElement.prototype['update'].call(this, changed);
      if (hydrateOwnContent(this, value, this.renderOptions)) return;
    } else {
      this.replaceChildren();
    }
    super.update(changed);
  }

  /** Interface language: `zh-CN` or `en`. */
  get uiLang(): UiLang {
    return this.i18n.lang;
  }

  /** Interface strings in the element's language. */
  get messages(): Messages {
    return this.i18n.t;
  }

  /** Where loading the data stands. */
  get dataState(): DatasetState {
    return this.source.state;
  }

  /** Resolves the data first, so subclasses derive their view from it in their own willUpdate. */
  protected override willUpdate(_changed: PropertyValues): void {
    if (isServer) this.i18n.readOwn(serverLang());
    this.source.sync();
  }

  /** True while the element's first render adopts server-rendered content. */
  protected get hydrating(): boolean {
    return isServer || (this.#prerendered?.hydratable ?? false);
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    if (state.status === 'ready') return this.renderDataset(state.dataset);
    return renderErrorPanel(state, this.i18n.t, this.i18n.lang, () => this.source.retry()) as TemplateResult;
  }

  /** Renders the element for a valid dataset. */
  protected abstract renderDataset(data: Dataset): TemplateResult;
}
