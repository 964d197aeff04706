import { nothing, type TemplateResult } from 'lit';
import type { ChartLayout } from '../../chart/chart-layout.js';
import type { Messages } from '../../i18n/messages.js';
import type { Size } from '../../layout/viewport.js';
import type * as MinimapModule from './chart-minimap.js';
import type { ChartMinimap, MinimapView } from './chart-minimap.js';

/**
 * Where the overview's code comes from: `import()` alone, so the bundle puts it in a chunk of its
 * own that a first paint never waits for, and that a chart whose boxes all fit never loads. An
 * object, so a test can watch the request or fail it.
 */
export const minimapCode = {
  load: (): Promise<typeof MinimapModule> => import('./chart-minimap.js'),
};

/** After a failed load, the overview is asked for again no sooner than this (ms). */
const RETRY_AFTER = 10_000;
/** The overview's code once any chart on the page has loaded it: later charts show it at once. */
let loaded: typeof MinimapModule | undefined;

/**
 * The chart's place for its overview. The overview is only there while boxes are outside the
 * view, so its code loads after the render that first needs it, and it shows from the render
 * after that (one render more, once per page: later charts find the code loaded). It is an aid
 * beside the keyboard, the find box and panning: if its code cannot be loaded, the chart goes on
 * without it and asks again on a later render.
 */
export class MinimapSlot {
  #minimap?: ChartMinimap;
  #wanted = false;
  #loading = false;
  #retryAt = 0;

  constructor(
    private readonly view: MinimapView,
    private readonly area: () => Size,
    /** The chart, rendered again once the overview's code has come. */
    private readonly host: { requestUpdate(): void },
  ) {}

  render(frame: ChartLayout | undefined, show: boolean, t: Messages): TemplateResult | typeof nothing {
    this.#wanted = !!frame && show;
    if (this.#wanted && loaded) this.#minimap ??= new loaded.ChartMinimap(this.view, this.area);
    return this.#minimap ? this.#minimap.render(frame, show, t) : nothing;
  }

  /** After a render: loads the overview's code if that render needed it, or has it drawn. */
  paint(): void {
    if (this.#minimap) return this.#minimap.paint();
    if (!this.#wanted || this.#loading || performance.now() < this.#retryAt) return;
    this.#loading = true;
    minimapCode.load().then(
      (code) => {
        loaded = code;
        this.host.requestUpdate();
      },
      () => {
        this.#loading = false;
        this.#retryAt = performance.now() + RETRY_AFTER;
      },
    );
  }
}
