import type { ReactiveController } from 'lit';
import { UnitSelectEvent } from '../../events.js';
import { personById } from '../../model/queries.js';
import type { Dataset } from '../../model/types.js';
import { ChartLinkController, type ChartLinkHost } from '../shared/chart-link-controller.js';

/** Listeners a rendered card binds; stable functions, so re-renders do not rebind them. */
export interface LeaderHandlers {
  readonly onClick: (event: MouseEvent) => void;
  readonly onEnter: (event: MouseEvent) => void;
  readonly onLeave: (event: MouseEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
  readonly onFocusOut: (event: FocusEvent) => void;
}

const personOf = (event: Event): string | undefined => (event.currentTarget as HTMLElement | null)?.dataset['person'];

/**
 * What leader cards do with a linked `<org-chart>`: a unit link selects the unit there (or, with
 * no chart, announces `unit-select` and follows its `#unit=` href), and the card under the pointer
 * or holding focus highlights the units that person supervises.
 */
export class LeaderInteraction implements ReactiveController {
  /** The unit selected in the linked chart. */
  selectedUnit: string | undefined;
  readonly link: ChartLinkController;
  private hovered?: string;
  private focused?: string;
  /** Key of the highlight this element set, so it only ever clears its own. */
  private shown = '';

  /** @param dataset the host's dataset, once it is ready. */
  constructor(
    private readonly host: ChartLinkHost,
    private readonly dataset: () => Dataset | undefined,
  ) {
    // Added before the link controller, so on disconnect the highlight is cleared while the chart is still bound.
    host.addController(this);
    this.link = new ChartLinkController(host, (unitId) => {
      this.selectedUnit = unitId;
      host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.hovered = this.focused = undefined;
    this.apply();
  }

  /** Whether a chart was found for `for`. */
  get linked(): boolean {
    return this.link.chart !== undefined;
  }

  readonly handlers: LeaderHandlers = {
    onClick: (event) => {
      const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[data-unit]');
      // Ctrl/⌘/Shift-click opens the deep link elsewhere, as a link should.
      if (!anchor || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const unitId = anchor.dataset['unit']!;
      if (this.link.chart) {
        event.preventDefault();
        this.link.select(unitId);
      }
      this.host.dispatchEvent(new UnitSelectEvent(unitId));
    },
    onEnter: (event) => {
      this.hovered = personOf(event);
      this.apply();
    },
    onLeave: () => {
      this.hovered = undefined;
      this.apply();
    },
    onFocusIn: (event) => {
      this.focused = personOf(event);
      this.apply();
    },
    onFocusOut: (event) => {
      const card = event.currentTarget as HTMLElement;
      if (event.relatedTarget instanceof Node && card.contains(event.relatedTarget)) return;
      this.focused = undefined;
      this.apply();
    },
  };

  // The pointer wins over focus; leaving with the pointer falls back to the focused card.
  private apply(): void {
    const person = this.hovered ?? this.focused;
    const data = this.dataset();
    const ids = person && data ? (personById(data, person)?.supervises ?? []).map((s) => s.unitId) : [];
    const key = ids.join(' ');
    if (key === this.shown) return;
    this.shown = key;
    this.link.highlight(ids);
  }
}
