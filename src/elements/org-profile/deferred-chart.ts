import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../shared/when-idle.js';

/** How far below the view a chart starts loading: a fast scroll still finds it drawn. */
const AHEAD = '150% 0px';

/**
 * Asks for the code of a profile's `<org-chart>` once the profile has shown its data, if nobody
 * has defined the tag: when the browser is idle, or at once when the chart comes within a screen
 * and a half of the view, whichever is first. The chart is the largest part of a profile and sits
 * below its first screen (facts, documents, main duties), so the first view does not wait for it.
 * A failed request is the loader's to show (its notice with Retry, inside the chart's tag).
 */
export class DeferredChartController implements ReactiveController {
  #asked = false;
  #near?: IntersectionObserver;

  /**
   * @param chart the profile's `<org-chart>` once it has rendered one for ready data, else null.
   * @param load what loads and registers the chart.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly chart: () => Element | null,
    private readonly load: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#asked || this.#near) return;
    const chart = this.chart();
    if (!chart || customElements.get(chart.localName)) return;
    whenIdle(this.#ask);
    // A print asked for before then cannot wait for the chart: it asks now, for the next print.
    addEventListener('beforeprint', this.#ask, { once: true });
    if (typeof IntersectionObserver === 'function') {
      this.#near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#ask(), {
        rootMargin: AHEAD,
      });
      this.#near.observe(chart);
    }
  }

  hostDisconnected(): void {
    this.#near?.disconnect();
    this.#near = undefined;
  }

  readonly #ask = (): void => {
    this.#near?.disconnect();
    removeEventListener('beforeprint', this.#ask);
    if (this.#asked) return;
    this.#asked = true;
    void this.load().catch(() => undefined);
  };
}
