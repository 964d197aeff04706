import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../model/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { UiLang } from '../../model/localize.js';
import { DatasetController, type DatasetState } from './dataset-controller.js';
import { renderErrorPanel } from './error-panel.js';
import { LangController } from './lang-controller.js';
import { adoptScopedStyles } from './scoped-styles.js';

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
  /** Prefix of every id this element renders: ids are unique per page, whatever the number of elements. */
  protected readonly idPrefix = `goe${++instances}-`;

  protected override createRenderRoot(): HTMLElement {
    // Whatever the page put inside (a no-script fallback) gives way to the rendered content.
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    adoptScopedStyles(this, (this.constructor as typeof LitElement).elementStyles);
    super.connectedCallback();
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
    this.source.sync();
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    if (state.status === 'ready') return this.renderDataset(state.dataset);
    return renderErrorPanel(state, this.i18n.t, this.i18n.lang, () => this.source.retry()) as TemplateResult;
  }

  /** Renders the element for a valid dataset. */
  protected abstract renderDataset(data: Dataset): TemplateResult;
}
