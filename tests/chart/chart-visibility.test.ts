import { expect } from '@open-wc/testing';
import { buildChartTree, type ChartNode } from '../../src/chart/chart-tree.js';
import {
  allExpandable,
  ancestorIds,
  indexChart,
  initialExpanded,
  layoutInput,
  subtreeBounds,
} from '../../src/chart/chart-visibility.js';
import { visibleList } from '../../src/chart/visible-list.js';
import { layoutTree } from '../../src/layout/layout-tree.js';
import { navList, type NavList } from '../../src/layout/nav-list.js';
import { keyAction } from '../../src/layout/tree-navigation.js';
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

describe('visibleList', () => {
  const ids = (list: NavList): string[] => Array.from({ length: list.length }, (_, k) => list.id(k));

  it('lists the shown nodes in pre-order, hiding the children of closed ones', () => {
    const list = visibleList(tree, new Set(['demo-bureau', 'kind:internal']), 'zh-CN');
    expect(ids(list)).to.deep.equal(['demo-bureau', 'kind:internal', 'office', 'planning-division', 'kind:dispatched']);
    expect([list.parentId(0), list.parentId(2), list.depth(2)]).to.deep.equal([null, 'kind:internal', 2]);
    expect([list.expanded(1), list.hasChildren(4), list.expanded(4)]).to.deep.equal([true, true, false]);
    expect([list.indexOf('planning-division'), list.indexOf('kind:dispatched')]).to.deep.equal([3, 4]);
    // Hidden below a closed node, or not in the chart: no place in the list.
    const hidden = tree.children.find((c) => c.id === 'kind:dispatched')!.children[0]!.id;
    expect([list.indexOf(hidden), list.indexOf('nowhere')]).to.deep.equal([-1, -1]);
  });

  it('reads as the list of NavNode objects it stands for, for every key', () => {
    const open = allExpandable(tree);
    open.delete('kind:dispatched');
    const list = visibleList(tree, open, 'en');
    const nodes = Array.from({ length: list.length }, (_, k) => ({
      ...{ id: list.id(k), parentId: list.parentId(k), depth: list.depth(k) },
      ...{ hasChildren: list.hasChildren(k), expanded: list.expanded(k), labels: list.labels(k) },
    }));
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', '*', 'Enter'])
      for (const { id } of nodes)
        expect(keyAction(key, list, id, 'vertical', 'chart'), `${key} on ${id}`).to.deep.equal(
          keyAction(key, navList(nodes), id, 'vertical', 'chart'),
        );
  });

  it('gives type-ahead both names and the aliases, the interface language first', () => {
    const en = visibleList(tree, allExpandable(tree), 'en');
    const office = en.labels(en.indexOf('office'));
    expect(office[0]).to.equal('General Office');
    expect(office).to.include('办公室');
    const zh = visibleList(tree, allExpandable(tree), 'zh-CN');
    expect(zh.labels(zh.indexOf('planning-division'))).to.include('科技处');
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
