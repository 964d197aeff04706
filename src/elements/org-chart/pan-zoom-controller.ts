import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { panBy, pinchTransform, wheelFactor, zoomAt, type Point, type ViewTransform } from '../../layout/viewport.js';

/** Movement (px) before a press becomes a drag; below it, the press stays a click. */
const DRAG_THRESHOLD = 4;

/** The view the controller moves, and how it tells the chart; given when it is created. */
export interface PanZoomActions {
  readonly transform: () => ViewTransform;
  readonly setTransform: (transform: ViewTransform) => void;
  /** The user started or stopped panning or zooming (the chart stops animating the transform). */
  readonly interacting: (active: boolean) => void;
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

  constructor(
    host: ReactiveControllerHost,
    private readonly actions: PanZoomActions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  /** Attaches to the viewport element (the chart passes it with a `ref`). */
  readonly attach = (target: Element | undefined): void => {
    const element = target as HTMLElement | undefined;
    if (element === this.element) return;
    this.element?.removeEventListener('pointerdown', this.onDown);
    this.element?.removeEventListener('wheel', this.onWheel);
    this.element?.removeEventListener('click', this.onClickCapture, true);
    this.element = element;
    element?.addEventListener('pointerdown', this.onDown);
    element?.addEventListener('wheel', this.onWheel, { passive: false });
    element?.addEventListener('click', this.onClickCapture, true);
  };

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
    this.start = { transform: this.actions.transform(), points: [...this.pointers.values()] };
  }

  private readonly onMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.start) return;
    this.pointers.set(event.pointerId, this.local(event));
    const now = [...this.pointers.values()];
    const [a, b] = this.start.points;
    if (now.length >= 2 && a && b) {
      this.begin(event);
      this.actions.setTransform(pinchTransform(this.start.transform, [a, b], [now[0]!, now[1]!]));
    } else if (a && now[0]) {
      const dx = now[0].x - a.x;
      const dy = now[0].y - a.y;
      if (!this.dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      this.begin(event);
      this.actions.setTransform(panBy(this.start.transform, dx, dy));
    }
  };

  private begin(event: PointerEvent): void {
    if (this.dragged) return;
    this.dragged = true;
    this.element!.setPointerCapture?.(event.pointerId);
    this.actions.interacting(true);
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
    this.actions.interacting(false);
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
    this.actions.setTransform(
      zoomAt(this.actions.transform(), wheelFactor(event.deltaY, event.deltaMode), this.local(event)),
    );
  };
}
