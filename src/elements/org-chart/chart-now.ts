import type { IndexedChart } from '../../chart/chart-lookup.js';
import type { Messages } from '../../i18n/messages.js';
import type { Orientation } from '../../layout/types.js';
import type { UiLang } from '../../model/localize.js';

/** The chart as it is now, as its helpers (keyboard, export) read it when they act. */
export interface ChartNow extends IndexedChart {
  /** The open nodes. */
  readonly expanded: ReadonlySet<string>;
  /** The tree's tab stop. */
  readonly focused: string;
  readonly lang: UiLang;
  readonly messages: Messages;
  readonly orientation: Orientation;
  /** The selected unit's id. */
  readonly selected?: string;
  /** Shown as the indented list of a narrow container. */
  readonly narrow: boolean;
}
