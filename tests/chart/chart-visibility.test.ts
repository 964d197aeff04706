import { expect } from '@open-wc/testing';
import { buildChartTree, type ChartNode } from '../../src/chart/chart-tree.js';
import {
  allExpandable,
  ancestorIds,
  indexChart,
  initialExpanded,
  layoutInput,
  subtreeBounds,
  visibleNodes,
} from '../../src/chart/chart-visibility.js';
import { layoutTree } from '../../src/layout/layout-tree.js';
import type { LayoutInputNode } from '../../src/layout/types.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const data = parseDataset(smallDataset()).dataset as Dataset;
const tree = buildChartTree(data, 'structure');
const all = (root: ChartNode): ChartNode[] => [root, ...root.children.flatMap(all)];
const inputIds = (node: LayoutInputNode): string[] => [node.id, ...node.children.flatMap(inputIds)];

describe('indexChart and ancestorIds', () => {
  const index = indexChart(tree);

  it('indexes every node with its parent, depth and place among its siblings', () => {
    expect(index.size).to.equal(all(tree).length);
    const planning = index.get('planning-division')!;
    expect(planning).to.include({ parentId: 'kind:internal', depth: 2, posInSet: 2, setSize: 2 });
    expect(index.get('demo-bureau')).to.include({ parentId: null, depth: 0, posInSet: 1, setSize: 1 });
  });

  it('lists the ancestors nearest first, up to the root', () => {
    expect(ancestorIds(index, 'survey-team')).to.deep.equal(['planning-division', 'kind:internal', 'demo-bureau']);
    expect(ancestorIds(index, 'demo-bureau')).to.deep.equal([]);
    expect(ancestorIds(index, 'nowhere')).to.deep.equal([]);
  });
});

describe('which nodes are open', () => {
  it('opens the nodes above the given depth that have children', () => {
    expect([...initialExpanded(tree, 0)]).to.deep.equal([]);
    expect([...initialExpanded(tree, 1)]).to.deep.equal(['demo-bureau']);
    expect(initialExpanded(tree, 2)).to.include('kind:internal').and.not.include('planning-division');
  });

  it('expands all: every node with children, no leaf', () => {
    const open = allExpandable(tree);
    for (const node of all(tree)) expect(open.has(node.id), node.id).to.equal(node.children.length > 0);
  });
});

describe('visibleNodes', () => {
  it('lists the shown nodes in pre-order, hiding the children of closed ones', () => {
    const shown = visibleNodes(tree, new Set(['demo-bureau', 'kind:internal']), 'zh-CN').map((n) => n.id);
    expect(shown).to.deep.equal(['demo-bureau', 'kind:internal', 'office', 'planning-division', 'kind:dispatched']);
  });

  it('gives type-ahead both names and the aliases, the interface language first', () => {
    const office = visibleNodes(tree, allExpandable(tree), 'en').find((n) => n.id === 'office')!;
    expect(office.labels[0]).to.equal('General Office');
    expect(office.labels).to.include('办公室');
    const planning = visibleNodes(tree, allExpandable(tree), 'zh-CN').find((n) => n.id === 'planning-division')!;
    expect(planning.labels).to.include('科技处');
  });
});

describe('layoutInput and subtreeBounds', () => {
  const size = (node: ChartNode) => ({ width: node.id.length * 10, height: 40 });

  it('passes on only the open part of the tree, with each box measured', () => {
    const input = layoutInput(tree, new Set(['demo-bureau']), size);
    expect(inputIds(input)).to.deep.equal(['demo-bureau', 'kind:internal', 'kind:dispatched']);
    expect(input).to.include({ width: 'demo-bureau'.length * 10, height: 40 });
  });

  it("gives each node a rectangle that covers its own box and every shown descendant's", () => {
    const layout = layoutTree(layoutInput(tree, allExpandable(tree), size), { orientation: 'vertical' });
    const bounds = subtreeBounds(layout);
    const index = indexChart(tree);
    for (const node of layout.nodes) {
      for (const id of [node.id, ...ancestorIds(index, node.id)]) {
        const b = bounds.get(id)!;
        expect(
          node.x >= b.x &&
            node.y >= b.y &&
            node.x + node.width <= b.x + b.width &&
            node.y + node.height <= b.y + b.height,
          `${node.id} in ${id}`,
        ).to.equal(true);
      }
    }
  });
});
