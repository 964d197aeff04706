import { expect } from '@open-wc/testing';
import { DEFAULT_LAYOUT_OPTIONS, layoutTree } from '../../src/layout/layout-tree.js';
import type { LayoutInputNode, PositionedNode, TreeLayout } from '../../src/layout/types.js';
import { checkLayout } from '../helpers/layout-invariants.js';

// ---------------------------------------------------------------- builders

interface MutableNode {
  id: string;
  width: number;
  height: number;
  children: MutableNode[];
}

const box = (id: string, width: number, height: number, children: LayoutInputNode[] = []): LayoutInputNode => ({
  id,
  width,
  height,
  children,
});

/** Freezes the whole tree, iteratively, so any write by the layout throws (modules are strict). */
function deepFreeze(root: LayoutInputNode): LayoutInputNode {
  const todo = [root];
  for (let n = todo.pop(); n; n = todo.pop()) {
    Object.freeze(n);
    Object.freeze(n.children);
    for (const c of n.children) todo.push(c);
  }
  return root;
}

/** mulberry32: a tiny seeded PRNG, so every random tree is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random tree of `size` nodes with fractional box sizes 40–240 × 30–120. Parents are picked in a
 * mix of ways so the tree has long chains, bushy random parts and a few hubs with wide fan-outs.
 */
function randomTree(size: number, seed: number): LayoutInputNode {
  const rand = mulberry32(seed);
  const nodes: MutableNode[] = [];
  const hubs: number[] = [];
  for (let i = 0; i < size; i++) {
    const node: MutableNode = { id: `n${i}`, width: 40 + rand() * 200, height: 30 + rand() * 90, children: [] };
    nodes.push(node);
    if (i === 0) continue;
    const r = rand();
    let parent: number;
    if (r < 0.4 && hubs.length > 0) parent = hubs[Math.floor(rand() * hubs.length)] as number;
    else if (r < 0.6) parent = i - 1 - Math.floor(rand() * Math.min(i, 3));
    else parent = Math.floor(rand() * i);
    (nodes[parent] as MutableNode).children.push(node);
    if (rand() < 0.04) hubs.push(i);
  }
  return deepFreeze(nodes[0] as MutableNode);
}

function chain(length: number): LayoutInputNode {
  let node = box(`c${length - 1}`, 80, 30);
  for (let i = length - 2; i >= 0; i--) node = box(`c${i}`, 80, 30, [node]);
  return node;
}

const pick = (layout: TreeLayout, id: string) => layout.nodes.find((n) => n.id === id) as PositionedNode;
const rect = (n: PositionedNode) => [n.x, n.y, n.width, n.height];
const pointsOf = (layout: TreeLayout, id: string) => layout.links.find((l) => l.id === id)?.points;

// ---------------------------------------------------------------- tests

describe('layoutTree', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LAYOUT_OPTIONS).to.deep.equal({
      orientation: 'vertical',
      siblingGap: 16,
      levelGap: 48,
      stackThreshold: 4,
      stackRows: 6,
      stackGap: 10,
      stackIndent: 18,
    });
    expect(Object.isFrozen(DEFAULT_LAYOUT_OPTIONS)).to.equal(true);
  });

  it('places a single node at the origin with nothing else', () => {
    const layout = layoutTree(box('only', 120.5, 40));
    expect(layout).to.deep.equal({
      nodes: [{ id: 'only', parentId: null, depth: 0, x: 0, y: 0, width: 120.5, height: 40, stacked: false }],
      links: [],
      width: 120.5,
      height: 40,
    });
  });

  describe('vertical, hand-computed', () => {
    it('centres a root over two children of different widths', () => {
      const layout = layoutTree(box('r', 100, 40, [box('a', 60, 30), box('b', 80, 30)]));
      expect(rect(pick(layout, 'r'))).to.deep.equal([23, 0, 100, 40]);
      expect(rect(pick(layout, 'a'))).to.deep.equal([0, 88, 60, 30]);
      expect(rect(pick(layout, 'b'))).to.deep.equal([76, 88, 80, 30]);
      expect([layout.width, layout.height]).to.deep.equal([156, 118]);
      expect(pointsOf(layout, 'r->a')).to.deep.equal([
        [73, 40],
        [73, 64],
        [30, 64],
        [30, 88],
      ]);
      expect(pointsOf(layout, 'r->b')).to.deep.equal([
        [73, 40],
        [73, 64],
        [116, 64],
        [116, 88],
      ]);
      expect(layout.links[0]?.path).to.equal('M 73 40 L 73 64 L 30 64 L 30 88');
    });

    it('aligns each level on its top edge and starts the next one below its tallest box', () => {
      const layout = layoutTree(box('r', 120, 40, [box('a', 200, 30, [box('a1', 50, 20)]), box('b', 40, 60)]));
      expect(rect(pick(layout, 'r'))).to.deep.equal([108, 0, 120, 40]);
      expect(rect(pick(layout, 'a'))).to.deep.equal([0, 88, 200, 30]);
      expect(rect(pick(layout, 'b'))).to.deep.equal([216, 88, 40, 60]);
      // level 2 starts at 88 + 60 (b is the tallest on level 1) + 48
      expect(rect(pick(layout, 'a1'))).to.deep.equal([75, 196, 50, 20]);
      expect([layout.width, layout.height]).to.deep.equal([256, 216]);
      // The link leaves a's own bottom edge; a straight line needs no bends.
      expect(pointsOf(layout, 'a->a1')).to.deep.equal([
        [100, 118],
        [100, 196],
      ]);
      expect(layout.links.find((l) => l.id === 'a->a1')?.path).to.equal('M 100 118 L 100 196');
    });

    it('keeps cousins twice the sibling gap apart', () => {
      const layout = layoutTree(
        box('r', 40, 20, [box('a', 20, 20, [box('a1', 200, 20)]), box('b', 20, 20, [box('b1', 200, 20)])]),
      );
      const a1 = pick(layout, 'a1');
      const b1 = pick(layout, 'b1');
      expect(b1.x - (a1.x + a1.width)).to.equal(32);
      expect(pick(layout, 'b').x - (pick(layout, 'a').x + 20)).to.equal(212);
    });

    it('honours custom gaps', () => {
      const layout = layoutTree(box('r', 100, 40, [box('a', 60, 30), box('b', 80, 30)]), {
        siblingGap: 30,
        levelGap: 20,
      });
      expect(rect(pick(layout, 'b'))).to.deep.equal([90, 60, 80, 30]);
      expect(pointsOf(layout, 'r->a')).to.deep.equal([
        [80, 40],
        [80, 50],
        [30, 50],
        [30, 60],
      ]);
    });
  });

  describe('horizontal, hand-computed', () => {
    it('puts children to the right, centred on the root, with links from its right edge', () => {
      const layout = layoutTree(box('r', 100, 40, [box('a', 60, 30), box('b', 80, 30)]), { orientation: 'horizontal' });
      expect(rect(pick(layout, 'r'))).to.deep.equal([0, 18, 100, 40]);
      expect(rect(pick(layout, 'a'))).to.deep.equal([148, 0, 60, 30]);
      expect(rect(pick(layout, 'b'))).to.deep.equal([148, 46, 80, 30]);
      expect([layout.width, layout.height]).to.deep.equal([228, 76]);
      expect(pointsOf(layout, 'r->a')).to.deep.equal([
        [100, 38],
        [124, 38],
        [124, 15],
        [148, 15],
      ]);
      expect(pointsOf(layout, 'r->b')).to.deep.equal([
        [100, 38],
        [124, 38],
        [124, 61],
        [148, 61],
      ]);
    });

    it('aligns each level on its left edge and starts the next one after its widest box', () => {
      const layout = layoutTree(box('r', 40, 120, [box('a', 30, 200, [box('a1', 20, 50)]), box('b', 60, 40)]), {
        orientation: 'horizontal',
      });
      expect(rect(pick(layout, 'r'))).to.deep.equal([0, 108, 40, 120]);
      expect(rect(pick(layout, 'a'))).to.deep.equal([88, 0, 30, 200]);
      expect(rect(pick(layout, 'b'))).to.deep.equal([88, 216, 60, 40]);
      expect(rect(pick(layout, 'a1'))).to.deep.equal([196, 75, 20, 50]);
      expect(pointsOf(layout, 'a->a1')).to.deep.equal([
        [118, 100],
        [196, 100],
      ]);
    });
  });

  describe('compact stacks', () => {
    const fiveLeaves = (w: number, h: number) => Array.from({ length: 5 }, (_, i) => box(`k${i}`, w, h));

    it('stacks five leaves in one column with connectors in the indent (vertical)', () => {
      const layout = layoutTree(box('r', 100, 40, fiveLeaves(60, 20)));
      expect(layout.nodes.slice(1).map((n) => [n.x, n.y, n.stacked])).to.deep.equal([
        [29, 88, true],
        [29, 118, true],
        [29, 148, true],
        [29, 178, true],
        [29, 208, true],
      ]);
      expect([layout.width, layout.height]).to.deep.equal([100, 228]);
      expect(pointsOf(layout, 'r->k0')).to.deep.equal([
        [50, 40],
        [50, 64],
        [20, 64],
        [20, 98],
        [29, 98],
      ]);
      expect(pointsOf(layout, 'r->k4')).to.deep.equal([
        [50, 40],
        [50, 64],
        [20, 64],
        [20, 218],
        [29, 218],
      ]);
      expect(layout.links[4]?.path).to.equal('M 50 40 L 50 64 L 20 64 L 20 218 L 29 218');
    });

    it('stacks five leaves in one row with connectors above it (horizontal)', () => {
      const layout = layoutTree(box('r', 100, 40, fiveLeaves(60, 20)), { orientation: 'horizontal' });
      expect(layout.nodes.slice(1).map((n) => [n.x, n.y])).to.deep.equal([
        [148, 19],
        [218, 19],
        [288, 19],
        [358, 19],
        [428, 19],
      ]);
      expect([layout.width, layout.height]).to.deep.equal([488, 40]);
      expect(pointsOf(layout, 'r->k0')).to.deep.equal([
        [100, 20],
        [124, 20],
        [124, 10],
        [178, 10],
        [178, 19],
      ]);
    });

    it('counts a connector left of every box in the layout size', () => {
      const input = box('r', 40, 20, fiveLeaves(100, 20));
      const layout = layoutTree(input);
      // The stack (18 + 100 px) is centred under the root; its connector is the leftmost thing.
      expect(pick(layout, 'k0').x).to.equal(9);
      expect(pick(layout, 'r').x).to.equal(30);
      expect(pointsOf(layout, 'r->k2')?.[2]).to.deep.equal([0, 44]);
      expect(layout.width).to.equal(109);
      checkLayout(input, layout);
    });

    it('fits a bureau of twelve units into two columns well inside 1280 px', () => {
      const units = Array.from({ length: 12 }, (_, i) => box(`u${i}`, 100 + (100 * i) / 11, 40));
      const input = box('bureau', 160, 48, units);
      const stacked = layoutTree(input);
      const row = layoutTree(input, { stackThreshold: Infinity });
      checkLayout(input, stacked);
      checkLayout(input, row, { stackThreshold: Infinity });
      expect(stacked.nodes.slice(1).every((n) => n.stacked)).to.equal(true);
      expect(row.nodes.some((n) => n.stacked)).to.equal(false);
      const columns = [...new Set(stacked.nodes.slice(1).map((n) => n.x))];
      expect(columns.length).to.equal(2);
      expect(stacked.nodes.slice(1, 7).every((n) => n.x === columns[0])).to.equal(true);
      expect(stacked.nodes.slice(7).every((n) => n.x === columns[1])).to.equal(true);
      // each column as wide as its widest box (u5), then stackGap and the next column's indent
      expect((columns[1] as number) - (columns[0] as number)).to.be.closeTo(100 + 500 / 11 + 10 + 18, 1e-9);
      expect(stacked.width).to.be.below(1280);
      expect(row.width).to.be.above(1280);
      expect(stacked.width * 3).to.be.below(row.width);
      expect(stacked.height).to.equal(48 + 48 + 6 * 40 + 5 * 10);
    });

    it('stacks a bureau into rows when horizontal, much lower than a single column', () => {
      const units = Array.from({ length: 12 }, (_, i) => box(`u${i}`, 100, 30 + i));
      const input = box('bureau', 160, 48, units);
      const stacked = layoutTree(input, { orientation: 'horizontal' });
      const column = layoutTree(input, { orientation: 'horizontal', stackThreshold: Infinity });
      checkLayout(input, stacked, { orientation: 'horizontal' });
      expect(new Set(stacked.nodes.slice(1).map((n) => n.y)).size).to.equal(2);
      expect(stacked.height * 3).to.be.below(column.height);
    });

    it('balances the columns and honours stackRows', () => {
      const leaves = Array.from({ length: 7 }, (_, i) => box(`k${i}`, 50, 20));
      const layout = layoutTree(box('r', 50, 20, leaves));
      const columnOf = layout.nodes.slice(1).map((n) => n.x);
      expect(columnOf.filter((x) => x === columnOf[0]).length).to.equal(4);
      expect(columnOf.filter((x) => x === columnOf[6]).length).to.equal(3);
      const threes = layoutTree(box('r', 50, 20, leaves), { stackRows: 3 });
      expect(new Set(threes.nodes.slice(1).map((n) => n.x)).size).to.equal(3);
      checkLayout(box('r', 50, 20, leaves), threes, { stackRows: 3 });
    });

    it('stacks at exactly the threshold but not below it', () => {
      const at = layoutTree(
        box(
          'r',
          100,
          40,
          Array.from({ length: 4 }, (_, i) => box(`k${i}`, 80, 30)),
        ),
      );
      expect(at.nodes.slice(1).every((n) => n.stacked)).to.equal(true);
      const three = box('r', 100, 40, [box('a', 80, 30), box('b', 80, 30), box('c', 80, 30)]);
      const below = layoutTree(three);
      checkLayout(three, below);
      expect(below.nodes.some((n) => n.stacked)).to.equal(false);
      expect(new Set(below.nodes.slice(1).map((n) => n.y)).size).to.equal(1);
      expect(below.width).to.equal(3 * 80 + 2 * 16);
    });

    it('does not stack when any child has children of its own', () => {
      const input = box('r', 100, 40, [
        box('a', 80, 30),
        box('b', 80, 30, [box('b1', 60, 30)]),
        box('c', 80, 30),
        box('d', 80, 30),
        box('e', 80, 30),
      ]);
      const layout = layoutTree(input);
      checkLayout(input, layout);
      expect(layout.nodes.some((n) => n.stacked)).to.equal(false);
      expect(new Set(['a', 'b', 'c', 'd', 'e'].map((id) => pick(layout, id).y)).size).to.equal(1);
    });

    it('stacks the leaves of a deeper parent and keeps the next level below the stack', () => {
      const input = box('r', 100, 40, [
        box(
          'a',
          80,
          30,
          Array.from({ length: 6 }, (_, i) => box(`a${i}`, 70, 30)),
        ),
        box('b', 80, 30, [box('b0', 60, 30, [box('b00', 60, 30)])]),
      ]);
      const layout = layoutTree(input);
      checkLayout(input, layout);
      expect(layout.nodes.filter((n) => n.stacked).map((n) => n.id)).to.deep.equal([
        'a0',
        'a1',
        'a2',
        'a3',
        'a4',
        'a5',
      ]);
      // level 2 holds the stack (6 × 30 + 5 × 10 deep), so level 3 starts after it
      expect(pick(layout, 'b00').y).to.equal(pick(layout, 'b0').y + 230 + 48);
    });
  });

  describe('random trees', () => {
    const sizes = [1, 2, 10, 100, 1000, 3000];
    for (const orientation of ['vertical', 'horizontal'] as const) {
      for (const size of sizes) {
        it(`lays out ${size} random nodes (${orientation}) without overlaps, in order, with sound links`, () => {
          const input = randomTree(size, 1000 + size);
          const layout = layoutTree(input, { orientation });
          checkLayout(input, layout, { orientation });
          expect(layoutTree(input, { orientation })).to.deep.equal(layout);
          if (size >= 100) {
            expect(
              layout.nodes.some((n) => n.stacked),
              'exercises stacks',
            ).to.equal(true);
            expect(
              layout.nodes.some((n) => !n.stacked && n.depth > 3),
              'exercises depth',
            ).to.equal(true);
          }
        });
      }
    }

    it('holds its invariants with unusual options', () => {
      const options = { siblingGap: 3, levelGap: 20, stackThreshold: 2, stackRows: 3, stackGap: 0, stackIndent: 6 };
      for (const orientation of ['vertical', 'horizontal'] as const) {
        for (const seed of [1, 2, 3]) {
          const input = randomTree(400, seed);
          checkLayout(input, layoutTree(input, { ...options, orientation }), { ...options, orientation });
        }
      }
    });

    it('treats undefined options as defaults', () => {
      const input = randomTree(50, 7);
      expect(layoutTree(input, { siblingGap: undefined, orientation: undefined })).to.deep.equal(layoutTree(input));
    });
  });

  describe('extremes', () => {
    it('lays out a chain 5,000 deep', () => {
      for (const orientation of ['vertical', 'horizontal'] as const) {
        const input = chain(5000);
        const layout = layoutTree(input, { orientation });
        expect(layout.nodes.length).to.equal(5000);
        const last = layout.nodes[4999] as PositionedNode;
        expect([last.id, last.depth, last.parentId]).to.deep.equal(['c4999', 4999, 'c4998']);
        expect(orientation === 'vertical' ? [last.x, last.y] : [last.y, last.x]).to.deep.equal([
          0,
          4999 * (orientation === 'vertical' ? 78 : 128),
        ]);
        checkLayout(input, layout, { orientation });
      }
    });

    it('lays out a very wide fan-out of small subtrees in one row', () => {
      const input = box(
        'r',
        100,
        40,
        Array.from({ length: 2000 }, (_, i) => box(`k${i}`, 50, 20, [box(`g${i}`, 20, 20)])),
      );
      const layout = layoutTree(input);
      checkLayout(input, layout);
      expect(layout.width).to.equal(2000 * 50 + 1999 * 16);
    });

    it('stacks 3,000 leaves of one parent into 500 columns', () => {
      const input = box(
        'r',
        100,
        40,
        Array.from({ length: 3000 }, (_, i) => box(`k${i}`, 50, 20)),
      );
      const layout = layoutTree(input);
      checkLayout(input, layout);
      expect(new Set(layout.nodes.slice(1).map((n) => n.x)).size).to.equal(500);
      // the first column's connector, half an indent left of its boxes, is the left edge
      expect(layout.width).to.equal(500 * (18 + 50) + 499 * 10 - 9);
    });
  });

  describe('purity and input checks', () => {
    it('never mutates its input', () => {
      const input = randomTree(500, 42);
      const before = JSON.stringify(input);
      expect(Object.isFrozen(input.children)).to.equal(true);
      layoutTree(input);
      layoutTree(input, { orientation: 'horizontal' });
      expect(JSON.stringify(input)).to.equal(before);
    });

    it('returns plain data, with no d3 objects', () => {
      const layout = layoutTree(randomTree(30, 3));
      expect(JSON.parse(JSON.stringify(layout))).to.deep.equal(layout);
      for (const n of layout.nodes)
        expect(Object.keys(n).sort()).to.deep.equal([
          'depth',
          'height',
          'id',
          'parentId',
          'stacked',
          'width',
          'x',
          'y',
        ]);
    });

    it('throws a RangeError naming a duplicate id', () => {
      const input = box('r', 10, 10, [box('a', 10, 10), box('b', 10, 10, [box('a', 10, 10)])]);
      expect(() => layoutTree(input)).to.throw(RangeError, /duplicate.*"a"/);
      const stacked = box(
        'r',
        10,
        10,
        ['x', 'y', 'x', 'z'].map((id) => box(id, 10, 10)),
      );
      expect(() => layoutTree(stacked)).to.throw(RangeError, /"x"/);
    });

    it('throws a RangeError naming a node with a bad size', () => {
      for (const [w, h] of [
        [-1, 10],
        [10, Number.NaN],
        [Infinity, 10],
        [10, -0.5],
      ]) {
        expect(() => layoutTree(box('r', 10, 10, [box('bad-one', w as number, h as number)]))).to.throw(
          RangeError,
          /"bad-one"/,
        );
      }
      expect(() => layoutTree(box('root', Number.NaN, 10))).to.throw(RangeError, /"root"/);
    });

    it('refuses a cycle instead of looping forever', () => {
      const a: MutableNode = { id: 'a', width: 10, height: 10, children: [] };
      a.children.push({ id: 'b', width: 10, height: 10, children: [a] });
      expect(() => layoutTree(a)).to.throw(RangeError, /"a"/);
    });

    it('throws a RangeError for unusable options', () => {
      const input = box('r', 10, 10);
      expect(() => layoutTree(input, { stackRows: 0 })).to.throw(RangeError, /stackRows/);
      expect(() => layoutTree(input, { stackRows: 2.5 })).to.throw(RangeError, /stackRows/);
      expect(() => layoutTree(input, { siblingGap: -1 })).to.throw(RangeError, /siblingGap/);
      expect(() => layoutTree(input, { levelGap: Number.NaN })).to.throw(RangeError, /levelGap/);
      expect(() => layoutTree(input, { orientation: 'diagonal' as never })).to.throw(RangeError, /orientation/);
      expect(() => layoutTree(input, { stackThreshold: Number.NaN })).to.throw(RangeError, /stackThreshold/);
    });
  });

  it('stacks leaves in touching columns when the stack has no gap (found by the property test)', () => {
    const leaf = (id: string): LayoutInputNode => ({ id, width: 1, height: 1, children: [] });
    const tree: LayoutInputNode = { id: 'n0', width: 1, height: 1, children: ['n1', 'n2', 'n3', 'n4'].map(leaf) };
    const options = { orientation: 'vertical', stackRows: 1, stackGap: 0, stackIndent: 0 } as const;
    const layout = layoutTree(tree, options);
    checkLayout(tree, layout, options);
    expect(layout.nodes.filter((n) => n.stacked).map((n) => n.x)).to.deep.equal([0, 1, 2, 3]);
  });
});
