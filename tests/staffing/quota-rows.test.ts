import { expect } from '@open-wc/testing';
import { groupQuotas } from '../../src/staffing/quota-rows.js';
import type { Quota, QuotaCategory } from '../../src/model/types.js';

const quota = (id: string, category: QuotaCategory, partOf?: string, count?: number): Quota => ({
  id,
  category,
  label: { zh: id },
  count,
  partOf,
});
const rowsOf = (quotas: Quota[]) =>
  groupQuotas(quotas).flatMap((g) => g.rows.map((r) => ({ id: r.quota.id, depth: r.depth, whole: r.whole?.id })));

describe('groupQuotas', () => {
  it('nests each part right under its whole, parts of parts one level deeper', () => {
    const rows = rowsOf([
      quota('admin', 'establishment', undefined, 31),
      quota('other', 'establishment', undefined, 4),
      quota('admin-a', 'establishment', 'admin', 15),
      quota('admin-a-1', 'establishment', 'admin-a', 2),
      quota('admin-b', 'establishment', 'admin', 16),
    ]);
    expect(rows).to.deep.equal([
      { id: 'admin', depth: 0, whole: undefined },
      { id: 'admin-a', depth: 1, whole: 'admin' },
      { id: 'admin-a-1', depth: 2, whole: 'admin-a' },
      { id: 'admin-b', depth: 1, whole: 'admin' },
      { id: 'other', depth: 0, whole: undefined },
    ]);
  });

  it('orders the groups establishment, leadership posts, other, whatever the dataset order', () => {
    const groups = groupQuotas([
      quota('x', 'other'),
      quota('heads', 'leadership-posts'),
      quota('posts', 'establishment'),
    ]);
    expect(groups.map((g) => g.category)).to.deep.equal(['establishment', 'leadership-posts', 'other']);
  });

  it('leaves out categories without quotas', () => {
    expect(groupQuotas([quota('heads', 'leadership-posts')]).map((g) => g.category)).to.deep.equal([
      'leadership-posts',
    ]);
    expect(groupQuotas([])).to.deep.equal([]);
  });

  it("keeps a part in its whole's group even when its own category differs", () => {
    const groups = groupQuotas([quota('posts', 'establishment'), quota('heads', 'leadership-posts', 'posts')]);
    expect(groups.map((g) => g.category)).to.deep.equal(['establishment']);
    expect(groups[0]!.rows.map((r) => r.quota.id)).to.deep.equal(['posts', 'heads']);
  });

  it('shows a part of an unknown whole as a whole of its own', () => {
    expect(rowsOf([quota('orphan', 'establishment', 'missing')])).to.deep.equal([
      { id: 'orphan', depth: 0, whole: undefined },
    ]);
  });

  it('shows every quota of a longer partOf loop once instead of dropping them', () => {
    const loop = [quota('a', 'other', 'c'), quota('b', 'other', 'a'), quota('c', 'other', 'b')];
    const ids = rowsOf(loop).map((r) => r.id);
    expect([...ids].sort()).to.deep.equal(['a', 'b', 'c']);
  });
});
