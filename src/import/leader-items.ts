import type { Block } from './segment.js';

/** A list item's label: 二、, （三）, 4., 5）, ④ (its number, as a leader's list or duties write it). */
export const ITEM =
  '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]|[（(]?\\d{1,2}[)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[①-⑳])';

/** 1. / 2、 / （3） / ④ before a clause: a leader's duties as numbered items (placed as labels). */
export const LEADING_ITEM = new RegExp(`^\\s*${ITEM}\\s*`, 'u');

/** What a leader's numbered duty item opens with (1. 主持…；2. 分管…；3. 联系…). */
const DUTY_ITEM = /^\s*(?:全面|具体|主要|同时|并|另)?(?:主持|负责|分管|协助|联系|主管|协管|统筹|兼管|牵头|抓好|做好)/u;

/**
 * A leader's duties written as numbered items under the leader (一、局长　张三⏎工作职责：⏎1. 主持…；
 * ⏎2. 分管…): the blocks after `index` that are those items (nested in it, or, after an unnumbered
 * block, numbered on their own), up to the first that is not. Their text belongs to the leader of
 * block `index`; the segmenter cut it at their labels.
 */
export function dutyItemsAfter(text: string, blocks: readonly Block[], index: number): number[] {
  const block = blocks[index]!;
  const items: number[] = [];
  let style: string | undefined;
  for (let j = index + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.section !== block.section || !next.label) break;
    const nested = block.label ? next.parent === index : next.parent === undefined;
    if (!nested || (style !== undefined && next.label.style !== style)) break;
    if (!DUTY_ITEM.test(text.slice(next.body.start, next.body.end))) break;
    style = next.label.style;
    items.push(j);
  }
  return items;
}
