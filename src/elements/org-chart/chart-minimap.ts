import { html, nothing, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Messages } from '../../i18n/messages.js';
import { atLeast, centreOn, keepInContent, overviewScale, viewInContent } from '../../layout/overview.js';
import type { OverviewScale } from '../../layout/overview.js';
import { panBy, type Size, type ViewTransform } from '../../layout/viewport.js';
import { styleProps } from '../shared/style-props.js';
import type { ChartLayout } from '../../chart/chart-layout.js';
import { whenIdle } from '../shared/when-idle.js';

/** The most room the overview takes in the chart's corner (CSS px). */
const BOX: Size = { width: 176, height: 132 };
/**
 * Its shortest side (CSS px): a chart much wider than deep is stretched to it rather than drawn as a
 * line (twice the 24 px a pointer target needs, and room for the levels to show apart).
 */
const MIN_SIDE = 48;
/** The frame of the view is never narrower or shorter than this (CSS px), however far out it is. */
const MIN_FRAME = 8;
/** The longest the drawing waits for an idle moment (ms). */
const PAINT_WITHIN = 500;
/** An arrow key moves the view by this part of its size (Shift: three times as far). */
const KEY_STEP = 0.2;

/** The view the overview shows and moves; given when it is created. */
export interface MinimapView {
  readonly shown: ViewTransform;
  setShown(transform: ViewTransform): void;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * The overview (minimap) of a chart larger than its area: every open box drawn small on a canvas,
 * and a frame where the view is. Click or drag in it to move the view there; focused, the arrow
 * keys move the view. It comes after the tree, so reading the chart never passes through it; the
 * drawing is hidden from assistive technology, the control itself is a labelled group.
 */
export class ChartMinimap {
  readonly #canvas = createRef<HTMLCanvasElement>();
  /** What was drawn last: the layout and the canvas it was drawn on. */
  #painted?: { frame: ChartLayout; canvas: HTMLCanvasElement; scale: OverviewScale };
  #frame?: ChartLayout;
  #pending = false;
  #scale: OverviewScale = { x: 1, y: 1 };
  #size: Size = { width: 0, height: 0 };

  constructor(
    private readonly view: MinimapView,
    private readonly area: () => Size,
  ) {}

  render(frame: ChartLayout | undefined, show: boolean, t: Messages): TemplateResult | typeof nothing {
    if (!frame || !show) return nothing;
    const scale = overviewScale(frame.layout, BOX, MIN_SIDE);
    [this.#frame, this.#scale] = [frame, scale];
    const w = Math.max(1, Math.round(frame.layout.width * scale.x));
    const h = Math.max(1, Math.round(frame.layout.height * scale.y));
    this.#size = { width: w, height: h };
    const r = viewInContent(this.view.shown, this.area());
    const span = (from: number, to: number, size: number): [number, number] =>
      atLeast(clamp(from, 0, size), clamp(to, 0, size), Math.min(MIN_FRAME, size), size);
    const [x0, x1] = span(r.x * scale.x, (r.x + r.width) * scale.x, w);
    const [y0, y1] = span(r.y * scale.y, (r.y + r.height) * scale.y, h);
    const px = (v: number): string => `${v}px`;
    const where = { left: px(x0), top: px(y0), width: px(x1 - x0), height: px(y1 - y0) };
    return html`<div part="minimap" role="group" tabindex="0" aria-roledescription=${t.minimapRole}
      aria-label=${t.minimapLabel} ${styleProps({ width: px(w), height: px(h) })}
      @pointerdown=${this.onDown} @pointermove=${this.onMove} @pointerup=${this.onUp} @keydown=${this.onKey}>
      <canvas aria-hidden="true" ${ref(this.#canvas)}></canvas>
      <div part="minimap-view" aria-hidden="true" ${styleProps(where)}></div>
    </div>`;
  }

  /**
   * After a render: draws the boxes again when the layout or the canvas changed, once the page is
   * idle (every open box, so not on the way to a first paint; the frame of the view is HTML).
   */
  paint(): void {
    if (this.#pending || this.#current()) return;
    this.#pending = true;
    whenIdle(() => {
      this.#pending = false;
      this.#draw();
    }, PAINT_WITHIN);
  }

  /** Whether the canvas shows the layout as it is now (or there is nothing to draw). */
  #current(): boolean {
    const [canvas, frame, p] = [this.#canvas.value, this.#frame, this.#painted];
    if (!canvas || !frame || !canvas.isConnected) return true;
    return (
      !!p && p.frame === frame && p.canvas === canvas && p.scale.x === this.#scale.x && p.scale.y === this.#scale.y
    );
  }

  #draw(): void {
    if (this.#current()) return;
    const [canvas, frame] = [this.#canvas.value!, this.#frame!];
    this.#painted = { frame, canvas, scale: this.#scale };
    const ratio = devicePixelRatio || 1;
    canvas.width = Math.round(this.#size.width * ratio);
    canvas.height = Math.round(this.#size.height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    // The colour comes from the chart's CSS (themes, forced colours), read once per drawing.
    ctx.fillStyle = getComputedStyle(canvas).color;
    const [sx, sy] = [this.#scale.x * ratio, this.#scale.y * ratio];
    frame.eachBox((x, y, w, h) => ctx.fillRect(x * sx, y * sy, Math.max(1, w * sx), Math.max(1, h * sy)));
  }

  /** Moves the view, never past the content's edges. */
  #go(next: ViewTransform): void {
    if (this.#frame) this.view.setShown(keepInContent(next, this.#frame.layout, this.area()));
  }

  /** Centres the view on the content under a point of the overview. */
  #moveTo(event: PointerEvent): void {
    const map = event.currentTarget as HTMLElement;
    const box = map.getBoundingClientRect();
    // From the drawing's corner, inside the border.
    const [x, y] = [event.clientX - box.left - map.clientLeft, event.clientY - box.top - map.clientTop];
    const p = { x: x / this.#scale.x, y: y / this.#scale.y };
    this.#go(centreOn(this.view.shown, p, this.area()));
  }

  private readonly onDown = (event: PointerEvent): void => {
    // The chart area around it would start a pan of its own.
    event.stopPropagation();
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    (event.currentTarget as HTMLElement).focus({ preventScroll: true });
    this.#moveTo(event);
  };

  private readonly onMove = (event: PointerEvent): void => {
    if ((event.currentTarget as HTMLElement).hasPointerCapture?.(event.pointerId)) this.#moveTo(event);
  };

  private readonly onUp = (event: PointerEvent): void => {
    (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.#frame) return;
    const t = this.view.shown;
    const { width, height } = this.area();
    // Page Up/Down and Home/End go along the chart's long side (across a wide one, down a deep one).
    const wide = this.#frame.layout.width * height >= this.#frame.layout.height * width;
    const along = (by: number): ViewTransform => (wide ? { ...t, x: t.x + by } : { ...t, y: t.y + by });
    const page = wide ? width : height;
    const jump = {
      Home: along(Infinity),
      End: along(-Infinity),
      PageUp: along(page),
      PageDown: along(-page),
    }[event.key];
    const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!jump && !dir) return;
    event.preventDefault();
    const step = KEY_STEP * (event.shiftKey ? 3 : 1);
    // Moving the view right moves the content left; keepInContent stops an end at the edge.
    this.#go(jump ?? panBy(t, -dir![0]! * width * step, -dir![1]! * height * step));
  };
}
