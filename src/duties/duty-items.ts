import { pickText, type PickedText, type UiLang } from '../model/localize.js';
import type { Duty } from '../model/types.js';
import type { DutyGroup } from './duty-view.js';
import { collapseLongText } from '../text/collapse-long-text.js';
import { matchRanges, type TextRange } from '../text/match-text.js';

/** One duty as shown: the text in the interface language, where it collapses and what the filter matched. */
export interface DutyItem {
  /** Stable for this list and position; used for element ids and the expanded state. */
  readonly key: string;
  readonly duty: Duty;
  readonly number?: PickedText;
  readonly text: PickedText;
  /** Offset where the collapsed rest starts; undefined when the item is short. */
  readonly collapseAt?: number;
  readonly ranges: readonly TextRange[];
}

export interface ShownGroup {
  readonly group: DutyGroup;
  readonly key: string;
  readonly items: readonly DutyItem[];
}

/** Picks the language, collapse point and filter matches of every item in the groups. */
export function shownGroups(groups: readonly DutyGroup[], listKey: string, lang: UiLang, query: string): ShownGroup[] {
  return groups.map((group, g) => ({
    group,
    key: `${listKey}-${g}`,
    items: group.items.map((duty, i) => {
      const text = pickText(duty.text, lang);
      return {
        key: `${listKey}-${g}-${i}`,
        duty,
        number: duty.number ? pickText(duty.number, lang) : undefined,
        text,
        collapseAt: collapseLongText(text.text),
        ranges: matchRanges(text.text, query),
      };
    }),
  }));
}
