import { expect } from '@open-wc/testing';
import { BoxSizes, openFlags, toggledOrdinals } from '../../src/chart/chart-boxes.js';
import { chartLayout } from '../../src/chart/chart-layout.js';
import { buildChartTree, type ChartNode } from '../../src/chart/chart-tree.js';
import {
  allExpandable,
  indexChart,
  initialExpanded,
  layoutInput,
  subtreeBounds,
} from '../../src/chart/chart-visibility.js';
import { resolveLayoutOptions } from '../../src/layout/check-layout-input.js';
import { IncrementalLayout } from '../../src/layout/incremental-layout.js';
import { LayoutFrame } from '../../src/layout/layout-frame.js';
import { polylineBounds } from '../../src/layout/link-path.js';
import type { Orientation } from '../../src/layout/types.js';
import { countOutside, intersects } from '../../src/layout/viewport.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
import { referenceLayout } from '../helpers/reference-layout.js';

const tree = buildChartTree(parseDataset(syntheticOrg(400, 9)).dataset as Dataset, 'structure');
const index = indexChart(tree);
const size = (node: ChartNode) => ({
  width: 60 + ((node.id.length * 13) % 70),
  height: 30 + (node.id.length % 3) * 18,
});
const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

function laidOut(expanded: ReadonlySet<string>, orientation: Orientation) {
  const options = resolveLayoutOptions({ orientation, stackThreshold: 2, stackRows: 4 });
  const boxes = new BoxSizes(index, size, []).boxes(openFlags(index, expanded), orientation);
  const engine = new IncrementalLayout(index, boxes, options);
  const view = chartLayout(index, new LayoutFrame(index, boxes, engine, options));
  const reference = referenceLayout(layoutInput(tree, expanded, size), options);
  return { view, reference };
}

describe('chartLayout', () => {
  for (const orientation of ['vertical', 'horizontal'] as const) {
    it(`places every shown box where layoutTree does (${orientation}), and no hidden one`, () => {
      const expanded = initialExpanded(tree, 3);
      const { view, reference } = laidOut(expanded, orientation);
      expect([...view.positions.keys()]).to.deep.equal(reference.nodes.map((n) => n.id));
      for (const node of reference.nodes) {
        const p = view.positions.get(node.id)!;
        for (const key of ['x', 'y', 'width', 'height'] as const) expect(near(p[key], node[key]), key).to.equal(true);
        expect([p.id, p.parentId, p.depth, p.stacked]).to.deep.equal([
          node.id,
          node.parentId,
          node.depth,
          node.stacked,
        ]);
      }
      expect(view.layout.nodes.length).to.equal(reference.nodes.length);
      expect([near(view.layout.width, reference.width), near(view.layout.height, reference.height)]).to.deep.equal([
        true,
        true,
      ]);
      const hidden = index.nodes.find((n) => !view.positions.has(n.id))!;
      expect(view.positions.get(hidden.id)).to.equal(undefined);
      expect(view.bounds.get(hidden.id)).to.equal(undefined);
    });
  }

  it('draws the links layoutTree draws; in a rectangle, those whose polyline comes within it', () => {
    const { view, reference } = laidOut(allExpandable(tree), 'vertical');
    expect(view.layout.links.map((l) => l.id)).to.deep.equal(reference.links.map((l) => l.id));
    view.layout.links.forEach((link, i) => {
      const ref = reference.links[i]!;
      expect([link.sourceId, link.targetId]).to.deep.equal([ref.sourceId, ref.targetId]);
      expect(link.path).to.equal(ref.path);
    });
    const { width, height } = view.layout;
    for (const rect of [
      { x: 0, y: 0, width, height },
      { x: width / 3, y: height / 4, width: 300, height: 200 },
      { x: -50, y: -50, width: 10, height: 10 },
    ]) {
      const want = reference.links.filter((l) => intersects(polylineBounds(l.points), rect)).map((l) => l.path);
      expect(view.linksIn(rect).map((l) => l.path)).to.deep.equal(want);
    }
  });

  it('counts the shown boxes outside a rectangle, and reads every shown box', () => {
    const { view, reference } = laidOut(initialExpanded(tree, 3), 'horizontal');
    const boxes: number[][] = [];
    view.eachBox((x, y, width, height) => boxes.push([x, y, width, height]));
    expect(boxes.length).to.equal(reference.nodes.length);
    reference.nodes.forEach((n, i) =>
      expect(
        boxes[i]!.every((v, k) => near(v, [n.x, n.y, n.width, n.height][k]!)),
        n.id,
      ).to.equal(true),
    );
    const rect = { x: view.layout.width / 4, y: 0, width: view.layout.width / 2, height: view.layout.height / 2 };
    expect(view.outside(rect)).to.equal(countOutside(reference.nodes, rect));
  });

  it("gives each shown node a rectangle covering its subtree's boxes (for culling)", () => {
    const { view, reference } = laidOut(allExpandable(tree), 'horizontal');
    const exact = subtreeBounds(reference);
    for (const [id, b] of exact) {
      const got = view.bounds.get(id)!;
      // Float32 and level bands: as large as the exact rectangle, never smaller by more than a hair.
      expect(got.x <= b.x + 0.01 && got.y <= b.y + 0.01, id).to.equal(true);
      expect(got.x + got.width >= b.x + b.width - 0.01 && got.y + got.height >= b.y + b.height - 0.01, id).to.equal(
        true,
      );
    }
  });
});

describe('BoxSizes, openFlags, toggledOrdinals', () => {
  it('measures a box the first time the layout asks for it, and only then', () => {
    const measured: string[] = [];
    const sizes = new BoxSizes(index, (node) => (measured.push(node.id), size(node)), ['key']);
    const boxes = sizes.boxes(openFlags(index, new Set()), 'vertical');
    expect(measured).to.deep.equal([]);
    expect([boxes.breadth(3), boxes.extent(3), sizes.height(3)]).to.deep.equal([
      size(index.nodes[3]!).width,
      size(index.nodes[3]!).height,
      size(index.nodes[3]!).height,
    ]);
    expect(measured).to.deep.equal([index.nodes[3]!.id]);
    expect(sizes.sameAs(index, ['key']) && !sizes.sameAs(index, ['other'])).to.equal(true);
  });

  it('flags the open nodes, and lists the nodes with children that opened or closed', () => {
    const open = openFlags(index, new Set([tree.id, 'kind:internal', 'nowhere']));
    expect([...open].filter(Boolean).length).to.equal(2);
    const leaf = index.nodes.find((n) => n.children.length === 0)!.id;
    const changed = toggledOrdinals(index, new Set([tree.id, 'kind:internal']), new Set([tree.id, leaf, 'unit-0']));
    expect(changed.map((i) => index.nodes[i]!.id).sort()).to.deep.equal(['kind:internal', 'unit-0']);
  });
});
