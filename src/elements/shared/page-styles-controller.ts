import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchPageStyles } from './page-styles.js';
import { setScopedStylesDisabled } from './scoped-styles.js';

/**
 * Follows the page's styles: when a toolbar's text-only mode (纯文本) switches them off, ours go
 * off too and the element shows everything as plain text (folded items open, the chart as the
 * list of every unit); when they come back, so do ours and the element's usual view.
 */
export class PageStylesController implements ReactiveController {
  /** True while the page's style sheets are switched off. */
  off = false;
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const doc = this.host.ownerDocument;
    const watch = watchPageStyles(doc, (off) => {
      setScopedStylesDisabled(doc, off);
      this.off = off;
      this.host.requestUpdate();
    });
    this.#stop = watch.stop;
    if (watch.off !== this.off) {
      setScopedStylesDisabled(doc, watch.off);
      this.off = watch.off;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
