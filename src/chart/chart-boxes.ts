/**
 * What the layout reads of a chart's boxes, by node number: whether each is open, and its size,
 * measured the first time the layout asks (a closed branch's boxes are never measured).
 */
import type { LayoutBoxes } from '../layout/ordinal-tree.js';
import type { Orientation } from '../layout/types.js';
import type { ChartIndex } from './chart-index.js';
import type { ChartNode } from './chart-tree.js';

export interface MeasuredSize {
  readonly width: number;
  readonly height: number;
}

/** Every box's width and height in px (whole numbers), measured on first use. */
export class BoxSizes {
  readonly #width: Float32Array;
  readonly #height: Float32Array;

  constructor(
    readonly index: ChartIndex,
    private readonly measure: (node: ChartNode) => MeasuredSize,
    /** What the sizes were measured with (typography, language, messages): compared, never read. */
    private readonly key: readonly unknown[],
  ) {
    this.#width = new Float32Array(index.size).fill(NaN);
    this.#height = new Float32Array(index.size);
  }

  /** Whether these are the sizes of this tree's boxes measured with this key. */
  sameAs(index: ChartIndex, key: readonly unknown[]): boolean {
    return index === this.index && key.length === this.key.length && key.every((k, i) => k === this.key[i]);
  }

  width(i: number): number {
    if (Number.isNaN(this.#width[i]!)) this.#measure(i);
    return this.#width[i]!;
  }

  height(i: number): number {
    if (Number.isNaN(this.#width[i]!)) this.#measure(i);
    return this.#height[i]!;
  }

  #measure(i: number): void {
    const { width, height } = this.measure(this.index.nodes[i]!);
    this.#width[i] = width;
    this.#height[i] = height;
  }

  /** The boxes as the layout reads them, for these open flags and this orientation. */
  boxes(open: Uint8Array, orientation: Orientation): LayoutBoxes {
    const vertical = orientation === 'vertical';
    return {
      open: (i) => open[i] === 1,
      breadth: vertical ? (i) => this.width(i) : (i) => this.height(i),
      extent: vertical ? (i) => this.height(i) : (i) => this.width(i),
    };
  }
}

/** One flag per node: 1 when its id is in `expanded`. */
export function openFlags(index: ChartIndex, expanded: ReadonlySet<string>): Uint8Array {
  const open = new Uint8Array(index.size);
  for (const id of expanded) {
    const i = index.ordinal(id);
    if (i !== undefined) open[i] = 1;
  }
  return open;
}

/** The nodes with children that are open in one set and not in the other. */
export function toggledOrdinals(index: ChartIndex, before: ReadonlySet<string>, after: ReadonlySet<string>): number[] {
  const changed: number[] = [];
  const note = (id: string): void => {
    const i = index.ordinal(id);
    if (i !== undefined && index.end[i]! > i + 1) changed.push(i);
  };
  for (const id of before) if (!after.has(id)) note(id);
  for (const id of after) if (!before.has(id)) note(id);
  return changed;
}
