import { ordinalTree } from '../layout/ordinal-tree.js';
import type { ChartNode } from './chart-tree.js';

/** Where a chart node sits in the tree, for ARIA (level, set size, position) and navigation. */
export interface NodeInfo {
  readonly node: ChartNode;
  readonly parentId: string | null;
  readonly depth: number;
  /** 1-based position among its siblings, and their number. */
  readonly posInSet: number;
  readonly setSize: number;
}

/**
 * Every node of a chart tree, numbered in pre-order (the root is 0): the numbers index flat
 * arrays, so a 20,000-unit chart costs a few typed arrays and one map of ids, not an object per
 * node. A node's subtree is the run of numbers from it up to `end`; its children are `i + 1`,
 * then `end[i + 1]`, and so on while below `end[i]`. Read as a map, it gives each id's NodeInfo,
 * made when asked for.
 */
export class ChartIndex implements ReadonlyMap<string, NodeInfo> {
  readonly nodes: readonly ChartNode[];
  readonly parent: Int32Array;
  readonly depth: Int32Array;
  readonly end: Int32Array;
  readonly #ordinals = new Map<string, number>();
  readonly #posInSet: Int32Array;

  constructor(root: ChartNode) {
    const nodes: ChartNode[] = [];
    const parents: number[] = [];
    const places: number[] = [];
    // Iterative pre-order (trees can be thousands deep), with one stack per field: no object per node.
    const stack: ChartNode[] = [root];
    const stackParent: number[] = [-1];
    const stackPlace: number[] = [1];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const i = nodes.push(node) - 1;
      this.#ordinals.set(node.id, i);
      parents.push(stackParent.pop()!);
      places.push(stackPlace.pop()!);
      for (let k = node.children.length - 1; k >= 0; k--) {
        stack.push(node.children[k]!);
        stackParent.push(i);
        stackPlace.push(k + 1);
      }
    }
    this.nodes = nodes;
    ({ parent: this.parent, depth: this.depth, end: this.end } = ordinalTree(parents));
    this.#posInSet = Int32Array.from(places);
  }

  /** The number of the node with this id. */
  ordinal(id: string): number | undefined {
    return this.#ordinals.get(id);
  }

  /** Where node `i` sits, as NodeInfo. */
  info(i: number): NodeInfo {
    const p = this.parent[i]!;
    return {
      node: this.nodes[i]!,
      parentId: p < 0 ? null : this.nodes[p]!.id,
      depth: this.depth[i]!,
      posInSet: this.#posInSet[i]!,
      setSize: p < 0 ? 1 : this.nodes[p]!.children.length,
    };
  }

  get size(): number {
    return this.nodes.length;
  }

  get(id: string): NodeInfo | undefined {
    const i = this.#ordinals.get(id);
    return i === undefined ? undefined : this.info(i);
  }

  has(id: string): boolean {
    return this.#ordinals.has(id);
  }

  *entries(): MapIterator<[string, NodeInfo]> {
    for (let i = 0; i < this.nodes.length; i++) yield [this.nodes[i]!.id, this.info(i)];
  }

  *keys(): MapIterator<string> {
    for (const node of this.nodes) yield node.id;
  }

  *values(): MapIterator<NodeInfo> {
    for (let i = 0; i < this.nodes.length; i++) yield this.info(i);
  }

  [Symbol.iterator](): MapIterator<[string, NodeInfo]> {
    return this.entries();
  }

  forEach(each: (value: NodeInfo, key: string, map: ReadonlyMap<string, NodeInfo>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.nodes.length; i++) each.call(thisArg, this.info(i), this.nodes[i]!.id, this);
  }
}
