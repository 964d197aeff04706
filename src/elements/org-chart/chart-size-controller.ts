import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Size } from '../../layout/viewport.js';

/** Below this element width (px) the chart becomes an indented list that works on a phone. */
export const NARROW_WIDTH = 600;

/** The rendered parts the controller watches (passed by `ref`, never looked up by name). */
export interface SizedParts {
  readonly toolbar?: Element;
  readonly viewport?: Element;
  /** The hidden box whose computed typography sizes every real box. */
  readonly probe?: Element;
}

/** What the controller reads and whom it tells; given when it is created. */
export interface SizeActions {
  readonly parts: () => SizedParts;
  /** The element crossed NARROW_WIDTH, or the chart area got its first size (`refit`), or resized. */
  readonly resized: (refit: boolean) => void;
  /** The probe box may have changed size (fonts, text zoom, padding tokens): measure boxes again. */
  readonly probeMayHaveChanged: () => void;
}

/**
 * Watches the element (narrow or not), the chart area (for fitting and culling) and the hidden
 * probe box. Measured in the next frame: changing the DOM inside a ResizeObserver callback would
 * re-trigger it (a "ResizeObserver loop" error). Observers exist only while the element is
 * connected (nothing runs for an element rendered on a server).
 */
export class ChartSizeController implements ReactiveController {
  narrow = false;
  view: Size = { width: 0, height: 0 };
  private observer?: ResizeObserver;
  private readonly observed = new Set<Element>();
  private firstMeasure = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: SizeActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
  }

  hostUpdated(): void {
    const { toolbar, viewport, probe } = this.actions.parts();
    for (const part of [toolbar, viewport, probe]) {
      if (part && !this.observed.has(part)) {
        this.observed.add(part);
        this.observer?.observe(part);
      }
    }
    for (const part of this.observed) {
      if (!part.isConnected) {
        this.observer?.unobserve(part);
        this.observed.delete(part);
      }
    }
    // The first chart frame needs the area's size to cull and fit: measure right after this
    // update (a microtask, before the browser paints), not a frame later.
    if (!this.narrow && this.view.width === 0 && viewport && !this.firstMeasure) {
      this.firstMeasure = true;
      queueMicrotask(() => {
        this.firstMeasure = false;
        this.measure();
      });
    }
  }

  private measure(): void {
    // The print layout (the chart hidden behind its printed drawing) is not a new screen size.
    if (!this.host.isConnected || matchMedia('print').matches) return;
    const { toolbar, viewport } = this.actions.parts();
    // A page may force the element inline (a CSS reset): an inline box has no client width, but
    // its toolbar is a block as wide as the element's room.
    const narrow = (this.host.clientWidth || toolbar?.clientWidth || 0) < NARROW_WIDTH;
    const modeChanged = narrow !== this.narrow;
    let changed = modeChanged;
    let first = false;
    this.narrow = narrow;
    // The list has no chart area: forget the last one's size, so a chart drawn when the room
    // grows is measured and fitted afresh (not fitted to the narrow area of a loading frame).
    if (narrow) this.view = { width: 0, height: 0 };
    else if (viewport && (viewport.clientWidth !== this.view.width || viewport.clientHeight !== this.view.height)) {
      first = this.view.width === 0;
      this.view = { width: viewport.clientWidth, height: viewport.clientHeight };
      changed = true;
    }
    if (changed) this.actions.resized(first || modeChanged);
    this.actions.probeMayHaveChanged();
  }
}
