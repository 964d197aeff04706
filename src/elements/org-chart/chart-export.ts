import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartNode } from '../../chart/chart-tree.js';
import { allExpandable } from '../../chart/chart-visibility.js';
import type { BoxLook, Scene, TextLook } from '../../chart/export-scene.js';
import type * as DrawingsModule from '../../export/drawings.js';
import { pickText } from '../../model/localize.js';
import { ChartExportEvent, type ChartExportDetail } from '../../events.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';
import type { ChartNow } from './chart-actions.js';
import { whenIdle } from '../shared/when-idle.js';

/** The export code: the scene, its SVG (drawn with d3-selection) and its PNG. */
type Drawings = typeof DrawingsModule;

/**
 * Where the export code comes from: `import()` alone, so the bundle puts it, with d3-selection, in
 * a chunk the first view never loads. An object, so a test can watch the request or fail it.
 */
export const exportCode = {
  load: (): Promise<Drawings> => import('../../export/drawings.js'),
};

/** What the exporter reads of the chart, and whom it tells; given when it is created. */
export interface ExportSource {
  /** The chart now; undefined while it has no data. */
  readonly now: () => ChartNow | undefined;
  /** Re-render the chart (an export failed: its message is shown). */
  readonly changed: () => void;
}

type LookKey = ChartNode['type'] | 'selected';
const KEYS: readonly LookKey[] = ['organization', 'group', 'person', 'unit', 'selected'];
const px = (v: string): number => parseFloat(v) || 0;

/** A throwaway element inside the chart, styled by the chart's CSS and the page's own rules. */
function probe(parent: ParentNode, className: string, part: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  if (part) el.setAttribute('part', part);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  parent.append(el);
  return el;
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
    const { tree, index, selected } = now;
    this.layouts.checkStyle();
    const { layout } = this.layouts.compute(tree, open ?? now.expanded, now.orientation);
    // Colours per kind of box, as the theme and the page resolve them; sizes come from the one
    // reading of the box style the screen uses too.
    const root = probe(this.host, 'probe', '');
    const looks = {} as Record<LookKey, BoxLook>;
    for (const key of KEYS) {
      const type = key === 'selected' ? 'unit' : key;
      const box = probe(
        root,
        'node',
        `node node--${type}${key === 'selected' ? ' node--selected' : ''}`,
        key === 'selected' ? { 'data-type': type, 'aria-selected': 'true' } : { 'data-type': type },
      );
      const b = getComputedStyle(box);
      const small = getComputedStyle(probe(box, 'detail', 'detail'));
      looks[key] = {
        fill: b.backgroundColor,
        stroke: b.borderTopColor,
        strokeWidth: px(b.borderTopWidth),
        radius: px(b.borderTopLeftRadius),
        color: b.color,
        muted: small.color,
      };
    }
    const link = getComputedStyle(probe(root, 'probe', 'link'));
    const area = getComputedStyle(probe(root, 'probe', 'viewport'));
    const box = this.layouts.boxStyle;
    const style = {
      padX: box.padX,
      padY: box.padY,
      fontFamily: box.fontFamily,
      background: area.backgroundColor,
      linkColor: link.stroke,
      linkWidth: px(link.strokeWidth),
      label: textLook(box.labelSize, box.labelWeight, box.fontFamily, box.labelLineHeight),
      small: textLook(box.smallSize, box.smallWeight, box.fontFamily, box.smallLineHeight),
    };
    root.remove();
    return code.exportScene(
      layout,
      (id) => {
        const node = index.get(id)!.node;
        const c = this.layouts.content(node);
        const key = node.type === 'unit' && node.entityId === selected ? 'selected' : node.type;
        return { lines: c.lines, lang: c.labelLang, detail: c.detail, meta: c.meta, look: looks[key] };
      },
      style,
    );
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

/** Size, weight and line height of a text style, with its font's ascent and descent (for the baseline). */
function textLook(size: number, weight: string, family: string, lineHeight: number): TextLook {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${weight} ${size}px ${family}`;
  const m = ctx.measureText('x');
  // The font box is Chromium 87+; below it (the floor is 86), a CJK face's usual 0.88 and 0.12 em.
  const ascent = m.fontBoundingBoxAscent ?? size * 0.88;
  return { size, weight, lineHeight, ascent, descent: m.fontBoundingBoxDescent ?? size * 0.12 };
}
