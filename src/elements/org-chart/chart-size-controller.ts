import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Size } from '../../layout/viewport.js';

/** Below this element width (px) the chart becomes an indented list that works on a phone. */
export const NARROW_WIDTH = 600;

export interface SizeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The element crossed NARROW_WIDTH, or the chart area got its first size: show the whole tree. */
  sizeChanged(firstArea: boolean): void;
  /** The hidden probe box changed size (fonts, text zoom, padding tokens): measure boxes again. */
  typographyMayHaveChanged(): void;
}

/**
 * Watches the element (narrow or not), the chart area (for fitting and culling) and the hidden
 * probe box. Measured in the next frame: changing the DOM inside a ResizeObserver callback would
 * re-trigger it (a "ResizeObserver loop" error).
 */
export class ChartSizeController implements ReactiveController {
  narrow = false;
  view: Size = { width: 0, height: 0 };
  private readonly observer = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
  private readonly observed = new Set<Element>();

  constructor(private readonly host: SizeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed.clear();
  }

  hostUpdated(): void {
    for (const part of this.host.renderRoot.querySelectorAll('[part~="toolbar"], [part~="viewport"], .probe')) {
      if (!this.observed.has(part)) {
        this.observed.add(part);
        this.observer.observe(part);
      }
    }
    for (const part of this.observed) {
      if (!part.isConnected) {
        this.observer.unobserve(part);
        this.observed.delete(part);
      }
    }
    // The first chart frame needs the area's size to cull and fit: read it now, not a frame later.
    if (!this.narrow && this.view.width === 0) this.measure();
  }

  private measure(): void {
    // The print layout (the chart hidden behind its printed drawing) is not a new screen size.
    if (!this.host.isConnected || matchMedia('print').matches) return;
    // A page may force the element inline (a CSS reset): an inline box has no client width, but
    // its toolbar is a block as wide as the element's room.
    const toolbar = this.host.renderRoot.querySelector<HTMLElement>('[part~="toolbar"]');
    const narrow = (this.host.clientWidth || toolbar?.clientWidth || 0) < NARROW_WIDTH;
    const modeChanged = narrow !== this.narrow;
    let changed = modeChanged;
    let first = false;
    this.narrow = narrow;
    const viewport = this.host.renderRoot.querySelector<HTMLElement>('[part~="viewport"]');
    if (viewport && (viewport.clientWidth !== this.view.width || viewport.clientHeight !== this.view.height)) {
      first = this.view.width === 0;
      this.view = { width: viewport.clientWidth, height: viewport.clientHeight };
      changed = true;
    }
    if (changed) this.host.sizeChanged(first || modeChanged);
    this.host.typographyMayHaveChanged();
  }
}
