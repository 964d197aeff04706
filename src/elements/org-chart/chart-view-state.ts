import type { ReactiveControllerHost } from 'lit';
import { nextTransform, type ViewRequest } from '../../layout/view-changes.js';
import { visibleContentRect, zoomAt, type Size, type ViewTransform } from '../../layout/viewport.js';
import type { ChartLayout } from '../../chart/chart-layout.js';

/** A view request, plus moving keyboard focus to the tab stop once it is rendered. */
export type ChartRequest = ViewRequest & { readonly focus?: boolean };

/**
 * The chart's view: what it was asked to do (fit, keep a node in place, reveal one, focus), the
 * layout of the next render and the pan and zoom. Requests pile up until the element's
 * `willUpdate` settles them together, so a fit, a reveal or a toggle renders once.
 */
export class ChartViewState {
  /** The pan and zoom on screen. */
  shown: ViewTransform = { x: 0, y: 0, k: 1 };
  /** True while the reader drags or pinches (the transform is not animated then). */
  interacting = false;
  /** The layout of the open tree for the next render; undefined when the chart is shown as a list. */
  frame?: ChartLayout;
  #request: ChartRequest = {};
  #outside = { key: [] as unknown[], count: 0 };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Adds to what the next update does to the view, and asks for that update. */
  request(request: ChartRequest): void {
    this.add(request);
    this.host.requestUpdate();
  }

  /** Adds to the request from inside an update (which settles it). */
  add(request: ChartRequest): void {
    this.#request = { ...this.#request, ...request };
  }

  setShown(transform: ViewTransform): void {
    this.shown = transform;
    this.host.requestUpdate();
  }

  /** Zooms by `factor` around the centre of an area of this size. */
  zoomBy(factor: number, { width, height }: Size): void {
    this.setShown(zoomAt(this.shown, factor, { x: width / 2, y: height / 2 }));
  }

  setInteracting(active: boolean): void {
    this.interacting = active;
    this.host.requestUpdate();
  }

  /**
   * In `willUpdate`: keeps the layout for the render and moves the view as requested. A fit never
   * shrinks boxes below `floor.readable` (the top levels are shown and the reader pans), unless the
   * reader asked for the whole tree; then only below `floor.whole`.
   */
  settle(frame: ChartLayout | undefined, view: Size, floor: { readable: number; whole: number }): void {
    this.frame = frame;
    if (!frame || view.width === 0) return;
    const { focus, ...request } = this.#request;
    this.#request = focus ? { focus } : {};
    const minScale = request.whole ? floor.whole : floor.readable;
    this.shown = nextTransform(this.shown, request, frame.layout, frame.positions, view, minScale);
  }

  /**
   * How many drawn boxes lie (partly) outside the chart area. Not recounted while the reader drags
   * or pinches: the last count stands until the view comes to rest.
   */
  outside(view: Size): number {
    const key = [this.frame, this.shown, view.width, view.height];
    if (!this.frame || this.interacting || key.every((v, i) => v === this.#outside.key[i])) return this.#outside.count;
    this.#outside = { key, count: this.frame.outside(visibleContentRect(this.shown, view)) };
    return this.#outside.count;
  }

  /** In `updated`: true once after a request to move keyboard focus. */
  takeFocus(): boolean {
    if (!this.#request.focus) return false;
    this.#request = { ...this.#request, focus: false };
    return true;
  }
}
