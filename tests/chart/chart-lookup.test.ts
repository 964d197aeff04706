import { expect } from '@open-wc/testing';
import {
  firstUnitBoxes,
  indexedChart,
  partOfChart,
  pathTo,
  shownChart,
  withAncestors,
} from '../../src/chart/chart-lookup.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const data = parseDataset(smallDataset()).dataset as Dataset;

describe('indexedChart', () => {
  it('builds a dataset and view once: the same object comes back', () => {
    expect(indexedChart(data, 'structure')).to.equal(indexedChart(data, 'structure'));
    expect(indexedChart(data, 'leadership')).to.not.equal(indexedChart(data, 'structure'));
  });

  it('builds again for another dataset', () => {
    const other = parseDataset(smallDataset()).dataset as Dataset;
    expect(indexedChart(other, 'structure')).to.not.equal(indexedChart(data, 'structure'));
  });

  it('indexes every node of its tree', () => {
    const chart = indexedChart(data, 'structure');
    expect(chart.index.get(chart.tree.id)?.node).to.equal(chart.tree);
  });
});

describe('firstUnitBoxes', () => {
  it('maps each unit to its box in the structure view', () => {
    const boxes = firstUnitBoxes(indexedChart(data, 'structure').index);
    expect([...boxes.keys()].sort()).to.deep.equal(data.units.map((u) => u.id).sort());
    for (const [unit, box] of boxes) expect(box).to.equal(unit);
  });

  it("maps a unit in the leadership view to a box under its leader's", () => {
    const { index } = indexedChart(data, 'leadership');
    const box = firstUnitBoxes(index).get('office')!;
    expect(index.get(box)!.node.entityId).to.equal('office');
    expect(index.get(box)!.parentId).to.equal('person:li-ming');
  });
});

describe('withAncestors', () => {
  it('keeps the given nodes and every node above them, skipping missing ids', () => {
    const { index } = indexedChart(data, 'structure');
    expect([...withAncestors(index, ['survey-team', undefined])].sort()).to.deep.equal([
      'demo-bureau',
      'kind:internal',
      'planning-division',
      'survey-team',
    ]);
  });
});

describe('shownChart (drill-down)', () => {
  const whole = indexedChart(data, 'structure');

  it('is the whole chart without a root unit, and undefined for a unit the dataset does not have', () => {
    expect(shownChart(whole, undefined)).to.equal(whole);
    expect(shownChart(whole, 'no-such-unit')).to.equal(undefined);
  });

  it("is the unit's part of the chart, indexed from that unit as level one", () => {
    const part = shownChart(whole, 'planning-division')!;
    expect(part.tree.entityId).to.equal('planning-division');
    expect(part.index.get(part.tree.id)!.depth).to.equal(0);
    expect(part.index.get('survey-team')!.depth).to.equal(1);
    expect([...part.unitBoxes.keys()].sort()).to.deep.equal(['planning-division', 'survey-team']);
    expect(part.index.has('office'), 'nothing outside the part').to.equal(false);
  });

  it('builds a part once per node', () => {
    expect(shownChart(whole, 'planning-division')).to.equal(shownChart(whole, 'planning-division'));
    expect(partOfChart(whole.tree)).to.not.equal(whole);
  });

  it("drills into a unit's first box in the leadership view", () => {
    const leadership = indexedChart(data, 'leadership');
    const part = shownChart(leadership, 'office')!;
    expect(part.tree.entityId).to.equal('office');
    expect(part.tree.id).to.equal(leadership.unitBoxes.get('office'));
  });
});

describe('pathTo', () => {
  const { index, tree } = indexedChart(data, 'structure');

  it('lists the nodes from the organisation down to the node, the node last', () => {
    const path = pathTo(index, 'survey-team').map((n) => n.entityId);
    expect(path[0]).to.equal(tree.entityId);
    expect(path.slice(-2)).to.deep.equal(['planning-division', 'survey-team']);
    expect(pathTo(index, tree.id)).to.deep.equal([tree]);
  });

  it('is empty for an id the chart does not have', () => {
    expect(pathTo(index, 'nowhere')).to.deep.equal([]);
  });
});
