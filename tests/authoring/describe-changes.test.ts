import { expect } from '@open-wc/testing';
import {
  addLeader,
  addUnit,
  changeLines,
  describeChanges,
  mergeDuties,
  moveUnit,
  removeLeader,
  renameUnit,
  setAsOf,
  setLeaderPosts,
  setOrganizationText,
  setSupervision,
} from '../../src/authoring/index.js';
import { suzhou } from './helpers.js';

describe('describeChanges', () => {
  it('says nothing changed for an identical dataset', () => {
    expect(describeChanges(suzhou(), suzhou())).to.deep.equal([]);
  });

  it('names leaders added and removed, in both languages', () => {
    const added = addLeader(removeLeader(suzhou(), 'zhou-chun'), '林娟');
    const withPost = setLeaderPosts(added.dataset, added.id, [{ kind: 'administrative', zh: '副局长' }]);
    const changes = describeChanges(suzhou(), withPost);
    expect(changeLines(changes, 'zh')).to.include.members(['删除领导 周春', '新增领导 林娟（副局长）']);
    expect(changeLines(changes, 'en')).to.include.members(['Leader removed: Zhou Chun', 'Leader added: 林娟 (副局长)']);
  });

  it('says from whom to whom 分管 moved', () => {
    let d = setSupervision(suzhou(), 'zhou-chun', []);
    d = setSupervision(d, 'yan-xindong', ['finance-division', 'enforcement-detachment', 'land-reserve-center']);
    const lines = changeLines(describeChanges(suzhou(), d), 'zh');
    expect(lines).to.include('“土地储备中心” 的分管领导：周春 → 严新东');
    expect(changeLines(describeChanges(suzhou(), d), 'en')).to.include(
      '“Land Reserve Center” supervised by: Zhou Chun → Yan Xindong',
    );
  });

  it('reports units moved, renamed and added', () => {
    const moved = moveUnit(suzhou(), 'archives-division', 'general-office');
    if (!moved.ok) throw new Error('setup');
    const renamed = renameUnit(moved.dataset, 'information-division', '信息中心');
    const { dataset } = addUnit(renamed, '审计科', { parentId: 'finance-division' });
    const lines = changeLines(describeChanges(suzhou(), dataset), 'zh');
    expect(lines).to.include('“档案管理处” 从 “苏州市国土资源局” 下移到 “办公室” 下');
    expect(lines).to.include('机构 “信息处” 改名为 “信息中心”');
    expect(lines).to.include('新增机构 “审计科”（在 “财务处” 下）');
  });

  it('reports edited duties per owner with counts', () => {
    const merged = mergeDuties(suzhou(), { unitId: 'general-office' }, 0);
    if (!merged.ok) throw new Error('setup');
    const changes = describeChanges(suzhou(), merged.dataset);
    expect(changes.map((c) => c.kind)).to.deep.equal(['duties']);
    expect(changes[0]!.text.zh).to.equal('“办公室”的职责：删去或改写 2 条，新写 1 条，现共 3 条');
    expect(changes[0]!.text.en).to.equal('Duties of “General Office”: 2 removed or rewritten, 1 new, now 3 in all');
  });

  it('reports organisation facts, the as-of date and posts', () => {
    let d = setOrganizationText(suzhou(), 'rank', '副厅级');
    d = setAsOf(d, '2024-01-01');
    d = setLeaderPosts(d, 'zhou-chun', [{ kind: 'party', zh: '党组副书记' }]);
    expect(describeChanges(suzhou(), d).map((c) => c.kind)).to.deep.equal(['organization', 'as-of', 'leader-posts']);
  });
});
