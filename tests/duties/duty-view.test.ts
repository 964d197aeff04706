import { expect } from '@open-wc/testing';
import { dutyView } from '../../src/duties/duty-view.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const dataset = (change: (d: Record<string, any>) => void = () => {}): Dataset => {
  const raw = smallDataset();
  change(raw);
  return parseDataset(raw).dataset as Dataset;
};

describe('dutyView', () => {
  const data = dataset();

  it("shows the organisation's duties when no unit is given", () => {
    const view = dutyView(data, undefined, 'duties');
    expect(view.status).to.equal('ready');
    if (view.status !== 'ready') return;
    expect(view.ownerId).to.equal('demo-bureau');
    expect(view.groups.flatMap((g) => g.items)).to.deep.equal(data.organization.duties);
    expect(view.groups.every((g) => g.heading === undefined)).to.equal(true);
  });

  it("treats the organisation's own id like no unit", () => {
    expect(dutyView(data, 'demo-bureau', 'duties')).to.deep.equal(dutyView(data, undefined, 'duties'));
  });

  it("shows a unit's duties, in dataset order", () => {
    const view = dutyView(data, 'planning-division', 'duties');
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.owner.zh).to.equal('规划处');
    expect(view.groups.flatMap((g) => g.items).map((d) => d.text.zh)).to.deep.equal(['编制规划；', '推进科技。']);
  });

  it('shows a unit its duties even when adjustments are asked for: adjustments belong to the organisation', () => {
    const view = dutyView(data, 'planning-division', 'adjustments');
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.kind).to.equal('duties');
    expect(view.ownerId).to.equal('planning-division');
  });

  it('groups adjustments under a heading that names their kind', () => {
    const view = dutyView(data, undefined, 'adjustments');
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.kind).to.equal('adjustments');
    expect(view.groups.map((g) => g.heading?.kind)).to.deep.equal(['strengthened']);
    expect(view.groups[0]!.items.map((d) => d.text.zh)).to.deep.equal(['加强耕地保护。']);
  });

  it('leaves out adjustments without items', () => {
    const data = dataset((d) => d.organization.adjustments.push({ kind: 'cancelled', items: [] }));
    const view = dutyView(data, undefined, 'adjustments');
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.groups.map((g) => g.heading?.kind)).to.deep.equal(['strengthened']);
  });

  it('has no groups for a unit without duties, so the list can say so', () => {
    const view = dutyView(data, 'office', 'duties');
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.groups).to.deep.equal([]);
  });

  it('reports an unknown unit id instead of showing something else', () => {
    expect(dutyView(data, 'no-such-unit', 'duties')).to.deep.equal({ status: 'unknown-unit', id: 'no-such-unit' });
  });
});
