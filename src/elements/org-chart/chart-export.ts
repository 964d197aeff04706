import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { allExpandable } from '../../chart/chart-visibility.js';
import type { Scene } from '../../chart/export-scene.js';
import type * as DrawingsModule from './chart-drawing.js';
import { pickText } from '../../model/localize.js';
import { ChartExportEvent, type ChartExportDetail } from '../../events.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';
import type { ChartNow } from './chart-actions.js';
import { whenIdle } from '../shared/when-idle.js';

/** The export code: the chart's scene, its SVG (drawn with d3-selection) and its PNG. */
type Drawings = typeof DrawingsModule;

/**
 * Where the export code comes from: `import()` alone, so the bundle puts it, with d3-selection, in
 * a chunk the first view never loads. An object, so a test can watch the request or fail it.
 */
export const exportCode = {
  load: (): Promise<Drawings> => import('./chart-drawing.js'),
};

/** What the exporter reads of the chart, and whom it tells; given when it is created. */
export interface ExportSource {
  /** The chart now; undefined while it has no data. */
  readonly now: () => ChartNow | undefined;
  /** Re-render the chart (an export failed: its message is shown). */
  readonly changed: () => void;
}

/**
 * Exports the whole chart (SVG, PNG) and prints it: a drawing of every box, built from the
 * layout the chart already has and the colours its CSS resolves to, so themes carry over.
 *
 * The code that draws loads when the page is first idle after the chart is shown, so that it is
 * there when the reader prints (beforeprint cannot wait for a request), or at once when an export
 * is asked for sooner.
 */
export class ChartExport implements ReactiveController {
  private copy?: Element;
  /** The export code, once loaded; print draws with it synchronously. */
  #code?: Drawings;
  #loading?: Promise<Drawings>;
  /** Cancels the idle load still to come; set once it is scheduled for this connection. */
  #cancelIdle?: () => void;
  #idleDone = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly layouts: ChartLayoutCache,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  /**
   * beforeprint rather than a matchMedia('print') listener: every current browser fires it
   * synchronously before laying the page out for print, while a media query change is reported
   * asynchronously, possibly after that layout.
   */
  hostConnected(): void {
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    this.afterPrint();
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  /** Once the chart has been shown, load the export code when the page is next idle. */
  hostUpdated(): void {
    if (this.#code || this.#cancelIdle || this.#idleDone || !this.source.now()) return;
    this.#cancelIdle = whenIdle(() => {
      this.#cancelIdle = undefined;
      this.#idleDone = true;
      // A failure is for an export to report; print falls back to the chart in view.
      this.load().catch(() => undefined);
    });
  }

  /** The export code: at once if the idle load brought it, else requested now (again after a failure). */
  load(): Promise<Drawings> {
    if (this.#code) return Promise.resolve(this.#code);
    this.#loading ??= exportCode.load().then(
      (code) => (this.#code = code),
      (error: unknown) => {
        this.#loading = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`org-chart: the export code could not be loaded (${reason})`);
      },
    );
    return this.#loading;
  }

  /** The drawing of the tree with the given nodes open (the chart's own open nodes by default). */
  scene(code: Drawings, open?: ReadonlySet<string>): Scene {
    const now = this.source.now();
    if (!now) throw new Error('org-chart: no data to export');
    return code.chartScene(this.host, this.layouts, now, open);
  }

  svgElement(code: Drawings, open?: ReadonlySet<string>): SVGSVGElement {
    const scene = this.scene(code, open);
    const { tree, lang, messages } = this.source.now()!;
    return code.sceneSvg(scene, lang, messages.chartLabel(pickText(tree.label, lang).text));
  }

  async svg(): Promise<string> {
    const code = await this.load();
    return code.svgDocument(this.svgElement(code));
  }

  async png(scale: number): Promise<Blob> {
    const code = await this.load();
    return code.scenePng(this.scene(code), scale);
  }

  /** Why the last export button press made no file (shown under the toolbar), if it failed. */
  failure?: string;

  /**
   * Makes the file, has the browser download it and tells the page (a user action). A failure
   * (e.g. a canvas too large for this device) is shown in the chart, not left in the console.
   */
  async save(format: ChartExportDetail['format']): Promise<void> {
    const now = this.source.now();
    if (!now) return;
    const { tree, lang, messages: t } = now;
    let blob: Blob;
    try {
      blob = format === 'svg' ? new Blob([await this.svg()], { type: 'image/svg+xml' }) : await this.png(2);
      this.failure = undefined;
    } catch (error) {
      this.failure = t.exportFailed(format, error instanceof Error ? error.message : String(error));
      return;
    } finally {
      this.source.changed();
    }
    const name = t.exportFileName(pickText(tree.label, lang).text);
    const filename = `${name.replace(/[\\/:*?"<>|]/g, '_')}.${format}`;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    // The download has started from the URL by then; a second's grace covers slower browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.host.dispatchEvent(new ChartExportEvent({ format, filename }));
  }

  /**
   * Printing shows a drawing of the whole tree, every node open, scaled by CSS to the page
   * (the screen chart only renders the boxes in view). Inserted synchronously: `window.print()`
   * fires beforeprint and lays out the page before any microtask (a Lit update) could run, so it
   * cannot wait for the export code either: without it (the page was never idle, or the load
   * failed) the chart in view prints, and the code is requested for the next time.
   */
  private readonly beforePrint = (): void => {
    const tree = this.source.now()?.tree;
    if (this.copy || !tree) return;
    if (!this.#code) {
      this.load().catch(() => undefined);
      return;
    }
    this.copy = this.svgElement(this.#code, allExpandable(tree));
    this.copy.setAttribute('part', 'print');
    // First in the element: the print CSS hides whatever follows it (toolbar, chart, list).
    this.host.prepend(this.copy);
  };

  private readonly afterPrint = (): void => {
    this.copy?.remove();
    this.copy = undefined;
  };
}
