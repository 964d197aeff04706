import { expect } from '@open-wc/testing';
import { buildChartTree, KIND_ORDER, type ChartNode } from '../../src/chart/chart-tree.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const data = parseDataset(smallDataset()).dataset as Dataset;
const all = (root: ChartNode): ChartNode[] => [root, ...root.children.flatMap(all)];

describe('buildChartTree, structure view', () => {
  const tree = buildChartTree(data, 'structure');

  it('puts the organisation at the root', () => {
    expect(tree).to.include({ id: 'demo-bureau', type: 'organization' });
    expect(tree.label).to.equal(data.organization.name);
  });

  it('groups the top-level units by kind, in the fixed kind order', () => {
    expect(tree.children.every((c) => c.type === 'group')).to.equal(true);
    const kinds = tree.children.map((c) => c.unitKind!);
    expect(kinds).to.deep.equal(['internal', 'dispatched']);
    expect(kinds).to.deep.equal(KIND_ORDER.filter((k) => kinds.includes(k)));
  });

  it('names each group in both interface languages, so find matches either', () => {
    expect(tree.children.map((group) => group.label)).to.deep.equal([
      { zh: '内设机构', en: 'Internal divisions' },
      { zh: '派出机构', en: 'Dispatched offices' },
    ]);
  });

  it('places each unit under its parent, in dataset order', () => {
    const internal = tree.children.find((c) => c.unitKind === 'internal')!;
    expect(internal.children.map((c) => c.id)).to.deep.equal(['office', 'planning-division']);
    expect(internal.children[1]!.children.map((c) => c.id)).to.deep.equal(['survey-team']);
  });

  it('shows every unit exactly once, with its duty count', () => {
    const units = all(tree).filter((n) => n.type === 'unit');
    expect(units.map((n) => n.entityId).sort()).to.deep.equal(data.units.map((u) => u.id).sort());
    expect(units.find((n) => n.id === 'planning-division')!.dutyCount).to.equal(2);
  });

  it('gives every box a unique id', () => {
    const ids = all(tree).map((n) => n.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('buildChartTree, leadership view', () => {
  const tree = buildChartTree(data, 'leadership');

  it('shows one box per leader, in dataset order, with the units each supervises', () => {
    expect(tree.children.map((c) => [c.type, c.entityId])).to.deep.equal([
      ['person', 'li-ming'],
      ['person', 'wang-fang'],
    ]);
    expect(tree.children[0]!.children.map((c) => c.entityId)).to.deep.equal(['office', 'east-branch']);
  });

  it('labels a unit as the source writes it there, still answering to its own name', () => {
    const box = tree.children[1]!.children[0]!;
    expect(box.label.zh).to.equal('规划处（科技处）');
    expect(box.aliases.map((a) => a.zh)).to.include('规划处');
  });

  it('gives every box a unique id, even for a unit two leaders share', () => {
    const ids = all(tree).map((n) => n.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('buildChartTree', () => {
  it('only reads the dataset', () => {
    const raw = smallDataset();
    const dataset = parseDataset(raw).dataset as Dataset;
    const before = JSON.stringify(dataset);
    buildChartTree(dataset, 'structure');
    buildChartTree(dataset, 'leadership');
    expect(JSON.stringify(dataset)).to.equal(before);
  });
});
