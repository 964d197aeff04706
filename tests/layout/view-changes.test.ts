import { expect } from '@open-wc/testing';
import { nextTransform } from '../../src/layout/view-changes.js';
import type { PositionedNode } from '../../src/layout/types.js';

const box = (id: string, x: number, y: number): PositionedNode => ({
  id,
  parentId: null,
  depth: 0,
  x,
  y,
  width: 100,
  height: 40,
  stacked: false,
});
const view = { width: 800, height: 600 };
const at = (...nodes: PositionedNode[]): Map<string, PositionedNode> => new Map(nodes.map((n) => [n.id, n]));

describe('nextTransform', () => {
  it('leaves the view alone when nothing was asked', () => {
    const t = { x: 10, y: 20, k: 1.5 };
    expect(nextTransform(t, {}, { width: 400, height: 300 }, at(box('a', 0, 0)), view)).to.equal(t);
  });

  it('centres small content at natural size when asked to fit', () => {
    expect(nextTransform({ x: 0, y: 0, k: 2 }, { fit: true }, { width: 400, height: 300 }, at(), view)).to.deep.equal({
      x: 200,
      y: 150,
      k: 1,
    });
  });

  it('does not shrink below a minimum scale when fitting: it starts at the root instead', () => {
    const root = box('root', 1400, 0);
    const next = nextTransform(
      { x: 0, y: 0, k: 1 },
      { fit: true },
      { width: 3000, height: 2000 },
      at(root, box('b', 0, 500)),
      view,
      1,
    );
    expect(next.k).to.equal(1);
    // The root's centre is in the middle of the view, its top at the padding.
    expect(1400 + 50 + next.x).to.be.closeTo(400, 1e-9);
    expect(next.y).to.equal(16);
  });

  it('keeps an opened node where it was on screen after the tree moves under it', () => {
    const t = { x: 0, y: 0, k: 2 };
    const moved = nextTransform(
      t,
      { anchor: { id: 'a', x: 100, y: 50 } },
      { width: 2000, height: 2000 },
      at(box('a', 300, 50)),
      view,
    );
    // content x 300 must land where content x 100 was: 100 * 2 + 0 = 200 → 300 * 2 + x = 200.
    expect(moved).to.deep.equal({ x: -400, y: 0, k: 2 });
  });

  it('pans to reveal a node after fitting or anchoring', () => {
    const t = { x: 0, y: 0, k: 1 };
    const next = nextTransform(t, { reveal: 'far' }, { width: 3000, height: 600 }, at(box('far', 2000, 100)), view);
    expect(2000 * next.k + next.x + 100).to.be.at.most(800 - 24 + 1e-9);
    expect(2000 * next.k + next.x).to.be.at.least(0);
    expect(next.k).to.equal(1);
  });

  it('ignores an anchor or reveal for a node that is no longer laid out', () => {
    const t = { x: 5, y: 5, k: 1 };
    expect(
      nextTransform(t, { anchor: { id: 'gone', x: 0, y: 0 }, reveal: 'gone' }, { width: 10, height: 10 }, at(), view),
    ).to.deep.equal(t);
  });
});
