import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartNode } from '../../layout/chart-tree.js';
import { allExpandable, type NodeInfo } from '../../layout/chart-visibility.js';
import { exportScene, type BoxLook, type Scene, type TextLook } from '../../layout/export-scene.js';
import type { Orientation } from '../../layout/types.js';
import { pickText, type UiLang } from '../../model/localize.js';
import type { Messages } from '../../i18n/messages.js';
import { ChartExportEvent, type ChartExportDetail } from '../../events.js';
import type { ChartLayoutCache } from './chart-layout-cache.js';
import { scenePng } from './scene-png.js';
import { sceneSvg, svgDocument } from './scene-svg.js';

export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly chart: { tree?: ChartNode; index: ReadonlyMap<string, NodeInfo>; expanded: ReadonlySet<string>; lang: UiLang };
  readonly orientation: Orientation;
  readonly selected?: string;
  readonly messages: Messages;
}

type LookKey = ChartNode['type'] | 'selected';
const KEYS: readonly LookKey[] = ['organization', 'group', 'person', 'unit', 'selected'];
const px = (v: string): number => parseFloat(v) || 0;

/** A throwaway element in the shadow root, styled by the chart's CSS and the page's ::part rules. */
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

  constructor(private readonly host: ExportHost, private readonly layouts: ChartLayoutCache) {
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
    const { tree, index, expanded } = this.host.chart;
    if (!tree) throw new Error('org-chart: no data to export');
    this.layouts.checkStyle();
    const { layout } = this.layouts.compute(tree, open ?? expanded, this.host.orientation);
    const root = probe(this.host.renderRoot, 'probe', '');
    const looks = {} as Record<LookKey, BoxLook>;
    const text: Partial<Record<'label' | 'small', CSSStyleDeclaration>> = {};
    for (const key of KEYS) {
      const type = key === 'selected' ? 'unit' : key;
      const box = probe(root, 'node', `node node--${type}${key === 'selected' ? ' node--selected' : ''}`,
        key === 'selected' ? { 'data-type': type, 'aria-selected': 'true' } : { 'data-type': type });
      const b = getComputedStyle(box);
      const small = getComputedStyle(probe(box, 'detail', 'detail'));
      text.label ??= getComputedStyle(probe(box, 'label', 'label'));
      text.small ??= small;
      looks[key] = { fill: b.backgroundColor, stroke: b.borderTopColor, strokeWidth: px(b.borderTopWidth), radius: px(b.borderTopLeftRadius), color: b.color, muted: small.color };
    }
    const link = getComputedStyle(probe(root, 'probe', 'link'));
    const area = getComputedStyle(probe(root, 'probe', 'viewport'));
    const family = text.label!.fontFamily;
    const box = this.layouts.boxStyle;
    const style = {
      padX: box.padX, padY: box.padY, fontFamily: family, background: area.backgroundColor, linkColor: link.stroke, linkWidth: px(link.strokeWidth),
      label: textLook(text.label!, family, box.labelLineHeight), small: textLook(text.small!, family, box.smallLineHeight),
    };
    root.remove();
    return exportScene(layout, (id) => {
      const node = index.get(id)!.node;
      const c = this.layouts.content(node);
      const key = node.type === 'unit' && node.entityId === this.host.selected ? 'selected' : node.type;
      return { lines: c.lines, lang: c.labelLang, detail: c.detail, meta: c.meta, look: looks[key] };
    }, style);
  }

  svgElement(open?: ReadonlySet<string>): SVGSVGElement {
    const { tree, lang } = this.host.chart;
    return sceneSvg(this.scene(open), lang, this.host.messages.chartLabel(tree ? pickText(tree.label, lang).text : ''));
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
    const { tree, lang } = this.host.chart;
    let blob: Blob;
    try {
      blob = format === 'svg' ? new Blob([this.svg()], { type: 'image/svg+xml' }) : await this.png(2);
      this.failure = undefined;
    } catch (error) {
      this.failure = this.host.messages.exportFailed(format, error instanceof Error ? error.message : String(error));
      return;
    } finally {
      this.host.requestUpdate();
    }
    const name = this.host.messages.exportFileName(tree ? pickText(tree.label, lang).text : '');
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
    const { tree } = this.host.chart;
    if (this.copy || !tree) return;
    this.copy = this.svgElement(allExpandable(tree));
    this.copy.setAttribute('part', 'print');
    // First in the shadow root: the print CSS hides whatever follows it (toolbar, chart, list).
    this.host.renderRoot.prepend(this.copy);
  };

  private readonly afterPrint = (): void => {
    this.copy?.remove();
    this.copy = undefined;
  };
}

/** Size, weight and line height of a text style, with its font's ascent and descent (for the baseline). */
function textLook(c: CSSStyleDeclaration, family: string, lineHeight: number): TextLook {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${c.fontWeight} ${c.fontSize} ${family}`;
  const m = ctx.measureText('x');
  return { size: px(c.fontSize), weight: c.fontWeight, lineHeight, ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
}
