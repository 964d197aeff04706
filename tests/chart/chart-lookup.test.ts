import { expect } from '@open-wc/testing';
import { firstUnitBoxes, indexedChart, withAncestors } from '../../src/chart/chart-lookup.js';
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
