import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartNode } from '../../chart/chart-tree.js';
import { allExpandable } from '../../chart/chart-visibility.js';
import { exportScene, type BoxLook, type Scene, type TextLook } from '../../chart/export-scene.js';
import { pickText } from '../../model/localize.js';
import { ChartExportEvent, type ChartExportDetail } from '../../events.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';
import { scenePng } from './scene-png.js';
import { sceneSvg, svgDocument } from './scene-svg.js';
import type { ChartNow } from './chart-actions.js';

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
 */
export class ChartExport implements ReactiveController {
  private copy?: Element;

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
  }

  /** The drawing of the tree with the given nodes open (the chart's own open nodes by default). */
  scene(open?: ReadonlySet<string>): Scene {
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
    return exportScene(
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

  svgElement(open?: ReadonlySet<string>): SVGSVGElement {
    const scene = this.scene(open);
    const { tree, lang, messages } = this.source.now()!;
    return sceneSvg(scene, lang, messages.chartLabel(pickText(tree.label, lang).text));
  }

  svg(): string {
    return svgDocument(this.svgElement());
  }

  png(scale: number): Promise<Blob> {
    return scenePng(this.scene(), scale);
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
      blob = format === 'svg' ? new Blob([this.svg()], { type: 'image/svg+xml' }) : await this.png(2);
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
   * fires beforeprint and lays out the page before any microtask (a Lit update) could run.
   */
  private readonly beforePrint = (): void => {
    const tree = this.source.now()?.tree;
    if (this.copy || !tree) return;
    this.copy = this.svgElement(allExpandable(tree));
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
