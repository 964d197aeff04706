import { expect } from '@open-wc/testing';
import { groupQuotas } from '../../src/staffing/quota-rows.js';
import { MAX_DOTS, planVisual } from '../../src/staffing/quota-visual.js';
import type { Quota } from '../../src/model/types.js';

const quota = (id: string, count?: number, partOf?: string): Quota => ({
  id,
  category: 'establishment',
  label: { zh: id },
  count,
  partOf,
});
const plan = (quotas: Quota[]) => planVisual(groupQuotas(quotas)).flatMap((g) => g.items);

describe('planVisual', () => {
  it('draws a whole with numbered parts as a bar split into those parts', () => {
    const bar = plan([quota('posts', 31), quota('admin', 15, 'posts'), quota('service', 16, 'posts')])[0]!;
    expect(bar.kind).to.equal('stack');
    if (bar.kind !== 'stack') return;
    expect(bar.quota.id).to.equal('posts');
    expect(bar.segments.map((s) => s.quota.id)).to.deep.equal(['admin', 'service']);
    expect(bar.segments.reduce((sum, s) => sum + s.share, 0)).to.be.closeTo(1, 1e-9);
  });

  it('leaves the unmarked rest of a whole empty when the parts do not add up to it', () => {
    const bar = plan([quota('posts', 45), quota('retiree', 1, 'posts')])[0]!;
    if (bar.kind !== 'stack') throw new Error(bar.kind);
    expect(bar.segments.map((s) => s.share)).to.deep.equal([1 / 45]);
  });

  it('does not draw the parts of a bar again as dots', () => {
    const items = plan([quota('posts', 10), quota('admin', 4, 'posts'), quota('service', 6, 'posts')]);
    expect(items.map((i) => `${i.kind}:${i.quota.id}`)).to.deep.equal(['stack:posts']);
  });

  it('draws a small count without parts as one dot per post', () => {
    const items = plan([quota('heads', 5)]);
    expect(items).to.have.length(1);
    expect(items[0]).to.include({ kind: 'dots', total: 5 });
  });

  it('draws nothing for a large count without parts, which would be a smear of dots', () => {
    expect(plan([quota('posts', MAX_DOTS + 1)])).to.deep.equal([]);
    expect(plan([quota('posts', MAX_DOTS)])).to.have.length(1);
  });

  it('draws nothing for quotas without a number or with none', () => {
    expect(plan([quota('later'), quota('none', 0)])).to.deep.equal([]);
  });

  it('leaves out groups with nothing to draw', () => {
    expect(planVisual(groupQuotas([quota('later')]))).to.deep.equal([]);
  });
});
