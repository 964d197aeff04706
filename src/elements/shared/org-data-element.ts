import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../model/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { UiLang } from '../../model/localize.js';
import { DatasetController, type DatasetState } from './dataset-controller.js';
import { renderErrorPanel } from './error-panel.js';
import { LangController } from './lang-controller.js';

/**
 * What every element of the library shares: its data (the `data` property, else `src`, else the
 * page default) and its language (its own or the nearest ancestor's `lang`). Subclasses render a
 * ready dataset; loading, invalid data and network failures get the shared panel, never a blank.
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

  protected override render(): TemplateResult {
    const state = this.source.state;
    if (state.status === 'ready') return this.renderDataset(state.dataset);
    return renderErrorPanel(state, this.i18n.t, this.i18n.lang, () => this.source.retry()) as TemplateResult;
  }

  /** Renders the element for a valid dataset. */
  protected abstract renderDataset(data: Dataset): TemplateResult;
}
