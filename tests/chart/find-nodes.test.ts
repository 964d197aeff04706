import { expect } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { buildChartTree } from '../../src/chart/chart-tree.js';
import { findNodes } from '../../src/chart/find-nodes.js';
import type { Dataset } from '../../src/model/types.js';

const data = parseDataset(json).dataset as Dataset;
const structure = buildChartTree(data, 'structure');

describe('findNodes', () => {
  it('finds units by part of their Chinese name, in tree order', () => {
    expect(findNodes(structure, '分局')).to.deep.equal([
      'canglang-branch',
      'jinchang-branch',
      'pingjiang-branch',
      'gusu-branch',
    ]);
  });

  it('finds a unit by an alias the leadership list uses', () => {
    expect(findNodes(structure, '规划科技')).to.deep.equal(['cultivated-land-protection-division']);
    expect(findNodes(structure, '监察室')).to.include('discipline-inspection-office');
  });

  it('finds by English name regardless of case, spaces and full-width letters', () => {
    expect(findNodes(structure, 'finance')).to.deep.equal(['finance-division']);
    expect(findNodes(structure, 'ＦＩＮＡＮＣＥ  division')).to.deep.equal(['finance-division']);
  });

  it('finds every box of a unit that appears under two leaders', () => {
    expect(findNodes(buildChartTree(data, 'leadership'), '地籍管理处')).to.deep.equal([
      'zhang-yan/cadastral-division',
      'shao-fanrong/cadastral-division',
    ]);
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(findNodes(structure, '   ')).to.deep.equal([]);
    expect(findNodes(structure, '教育局')).to.deep.equal([]);
  });
});
