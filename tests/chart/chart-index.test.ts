import { expect } from '@open-wc/testing';
import { ChartIndex, type NodeInfo } from '../../src/chart/chart-index.js';
import { buildChartTree, type ChartNode } from '../../src/chart/chart-tree.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';

const tree = buildChartTree(parseDataset(syntheticOrg(300, 4)).dataset as Dataset, 'structure');

/** Every node's NodeInfo, by a plain recursive walk: what the index must answer. */
function reference(root: ChartNode): Map<string, NodeInfo> {
  const out = new Map<string, NodeInfo>();
  const visit = (node: ChartNode, parentId: string | null, depth: number, posInSet: number, setSize: number): void => {
    out.set(node.id, { node, parentId, depth, posInSet, setSize });
    node.children.forEach((c, i) => visit(c, node.id, depth + 1, i + 1, node.children.length));
  };
  visit(root, null, 0, 1, 1);
  return out;
}

describe('ChartIndex', () => {
  const index = new ChartIndex(tree);
  const expected = reference(tree);

  it('answers as a map of every node to where it sits, in pre-order', () => {
    expect(index.size).to.equal(expected.size);
    expect([...index.keys()]).to.deep.equal([...expected.keys()]);
    for (const [id, info] of expected) expect(index.get(id), id).to.deep.equal(info);
    expect([...index.values()].map((v) => v.node.id)).to.deep.equal([...expected.keys()]);
    expect([...index].map(([id]) => id)).to.deep.equal([...expected.keys()]);
    expect(index.has('kind:internal') && !index.has('nowhere') && index.get('nowhere') === undefined).to.equal(true);
  });

  it('numbers the nodes in pre-order: a subtree is the run from its node to its end', () => {
    index.nodes.forEach((node, i) => {
      expect(index.ordinal(node.id)).to.equal(i);
      const ids = [...reference(node).keys()];
      expect(index.nodes.slice(i, index.end[i]).map((n) => n.id)).to.deep.equal(ids);
      expect(index.depth[i]).to.equal(expected.get(node.id)!.depth);
      expect(index.parent[i]).to.equal(i === 0 ? -1 : index.ordinal(expected.get(node.id)!.parentId!));
    });
  });

  it('walks a chain thousands deep without running out of stack', () => {
    let chain: ChartNode = { ...tree, id: 'n0', children: [] };
    for (let k = 1; k < 20_000; k++) chain = { ...tree, id: `n${k}`, children: [chain] };
    const deep = new ChartIndex(chain);
    expect(deep.depth[deep.size - 1]).to.equal(19_999);
    expect(deep.end[0]).to.equal(20_000);
  });
});
