import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { panBy, pinchTransform, wheelFactor, zoomAt, type Point, type ViewTransform } from '../../layout/viewport.js';

/** Movement (px) before a press becomes a drag; below it, the press stays a click. */
const DRAG_THRESHOLD = 4;

export interface PanZoomHost extends ReactiveControllerHost {
  transform: ViewTransform;
  /** Called while the user pans or zooms, so the host can stop animating the transform. */
  setInteracting(active: boolean): void;
}

/**
 * Pan by dragging, zoom with Ctrl/⌘ + wheel (and trackpad pinch, which browsers report that way),
 * two-finger pinch on touch screens. Plain wheel scrolls the page, as visitors expect of an
 * embedded chart. Hand-written instead of d3-zoom: the math lives in layout/viewport.ts, and this
 * saves the ~17 KB gzip that d3-zoom with d3-transition, d3-drag and d3-interpolate would add.
 */
export class PanZoomController implements ReactiveController {
  private element?: HTMLElement;
  private readonly pointers = new Map<number, Point>();
  private start?: { transform: ViewTransform; points: Point[] };
  private dragged = false;

  constructor(private readonly host: PanZoomHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  /** Attaches to the viewport element (called from a `ref`). */
  attach(element: HTMLElement | undefined): void {
    if (element === this.element) return;
    this.element?.removeEventListener('pointerdown', this.onDown);
    this.element?.removeEventListener('wheel', this.onWheel);
    this.element?.removeEventListener('click', this.onClickCapture, true);
    this.element = element;
    element?.addEventListener('pointerdown', this.onDown);
    element?.addEventListener('wheel', this.onWheel, { passive: false });
    element?.addEventListener('click', this.onClickCapture, true);
  }

  private local(event: PointerEvent | WheelEvent): Point {
    const box = this.element!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (event.button !== 0 || (event.target as Element).closest?.('[part~="toolbar"]')) return;
    this.pointers.set(event.pointerId, this.local(event));
    this.element!.addEventListener('pointermove', this.onMove);
    this.element!.addEventListener('pointerup', this.onUp);
    this.element!.addEventListener('pointercancel', this.onUp);
    this.restart();
    if (this.pointers.size === 1) this.dragged = false;
  };

  private restart(): void {
    this.start = { transform: this.host.transform, points: [...this.pointers.values()] };
  }

  private readonly onMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.start) return;
    this.pointers.set(event.pointerId, this.local(event));
    const now = [...this.pointers.values()];
    const [a, b] = this.start.points;
    if (now.length >= 2 && a && b) {
      this.begin(event);
      this.host.transform = pinchTransform(this.start.transform, [a, b], [now[0]!, now[1]!]);
    } else if (a && now[0]) {
      const dx = now[0].x - a.x;
      const dy = now[0].y - a.y;
      if (!this.dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      this.begin(event);
      this.host.transform = panBy(this.start.transform, dx, dy);
    }
  };

  private begin(event: PointerEvent): void {
    if (this.dragged) return;
    this.dragged = true;
    this.element!.setPointerCapture?.(event.pointerId);
    this.host.setInteracting(true);
  }

  private readonly onUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size > 0) {
      this.restart();
      return;
    }
    this.element!.removeEventListener('pointermove', this.onMove);
    this.element!.removeEventListener('pointerup', this.onUp);
    this.element!.removeEventListener('pointercancel', this.onUp);
    this.start = undefined;
    this.host.setInteracting(false);
  };

  /** A press that became a drag must not also select the node it started on. */
  private readonly onClickCapture = (event: MouseEvent): void => {
    if (this.dragged) {
      event.stopPropagation();
      event.preventDefault();
      this.dragged = false;
    }
  };

  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.host.transform = zoomAt(this.host.transform, wheelFactor(event.deltaY, event.deltaMode), this.local(event));
  };
}
