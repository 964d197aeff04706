import { expect } from '@open-wc/testing';
import {
  addUnit,
  descendantsOf,
  moveUnit,
  removeUnit,
  renameUnit,
  setUnitAliases,
  setUnitKind,
} from '../../src/authoring/index.js';
import { frozen, issuesOf, personByName, suzhou, unitByName } from './helpers.js';

describe('unit edits', () => {
  it('adds a top-level internal unit with a new unique id and leaves the input untouched', () => {
    const before = frozen(suzhou());
    const { dataset, id } = addUnit(before, ' 审计科 ');
    expect(dataset.units).to.have.length(before.units.length + 1);
    const unit = dataset.units.at(-1)!;
    expect(unit).to.deep.equal({ id, parentId: before.organization.id, kind: 'internal', name: { zh: '审计科' } });
    expect(before.units.some((u) => u.id === id)).to.equal(false);
    expect(issuesOf(dataset)).to.deep.equal([]);
  });

  it('never reuses an id already taken anywhere in the dataset', () => {
    const first = addUnit(suzhou(), '甲');
    const second = addUnit(first.dataset, '乙');
    expect(second.id).to.not.equal(first.id);
  });

  it('renames a unit and keeps its English name, unless a new one is given', () => {
    const kept = renameUnit(suzhou(), 'general-office', '综合办公室');
    expect(kept.units[0]!.name).to.deep.equal({ zh: '综合办公室', en: 'General Office' });
    const replaced = renameUnit(suzhou(), 'general-office', '综合办公室', 'Executive Office');
    expect(replaced.units[0]!.name).to.deep.equal({ zh: '综合办公室', en: 'Executive Office' });
    const removed = renameUnit(suzhou(), 'general-office', '综合办公室', '');
    expect(removed.units[0]!.name).to.deep.equal({ zh: '综合办公室' });
  });

  it('sets aliases in order, keeping the English of those kept and dropping duplicates and the own name', () => {
    const d = setUnitAliases(suzhou(), 'land-use-division', [
      '调控和监测处',
      '新牌子',
      '调控和监测处',
      '土地利用管理处',
      ' ',
    ]);
    expect(unitByName(d, '土地利用管理处').aliases).to.deep.equal([
      { zh: '调控和监测处', en: 'Regulation and Monitoring Division' },
      { zh: '新牌子' },
    ]);
  });

  it('removes the aliases field when no alias is left', () => {
    const d = setUnitAliases(suzhou(), 'land-use-division', []);
    expect('aliases' in unitByName(d, '土地利用管理处')).to.equal(false);
    expect(issuesOf(d)).to.deep.equal([]);
  });

  it('changes a unit kind', () => {
    expect(unitByName(setUnitKind(suzhou(), 'archives-division', 'other'), '档案管理处').kind).to.equal('other');
  });

  it('moves a unit under another unit, and back under the organisation', () => {
    const moved = moveUnit(suzhou(), 'archives-division', 'general-office');
    expect(moved.ok).to.equal(true);
    if (!moved.ok) return;
    expect(unitByName(moved.dataset, '档案管理处').parentId).to.equal('general-office');
    expect(issuesOf(moved.dataset)).to.deep.equal([]);
    const back = moveUnit(moved.dataset, 'archives-division', moved.dataset.organization.id);
    expect(back.ok && back.dataset).to.deep.equal(suzhou());
  });

  it('refuses to move a unit under itself or under its own descendant, saying why in both languages', () => {
    const step = moveUnit(suzhou(), 'archives-division', 'general-office');
    if (!step.ok) throw new Error('setup');
    const self = moveUnit(step.dataset, 'general-office', 'general-office');
    const cycle = moveUnit(step.dataset, 'general-office', 'archives-division');
    expect(self.ok).to.equal(false);
    expect(cycle.ok).to.equal(false);
    if (cycle.ok) return;
    expect(cycle.reason.zh).to.contain('下级机构');
    expect(cycle.reason.en).to.contain('sub-unit');
  });

  it('refuses a move to a parent that does not exist', () => {
    expect(moveUnit(suzhou(), 'archives-division', 'nowhere').ok).to.equal(false);
    expect(moveUnit(suzhou(), 'nowhere', 'general-office').ok).to.equal(false);
  });

  it('lists descendants at every depth', () => {
    let d = suzhou();
    for (const [id, parent] of [
      ['archives-division', 'general-office'],
      ['finance-division', 'archives-division'],
    ]) {
      const r = moveUnit(d, id!, parent!);
      if (r.ok) d = r.dataset;
    }
    expect(descendantsOf(d, 'general-office')).to.deep.equal(['archives-division', 'finance-division']);
  });

  it('removes a unit: its sub-units move up, leaders stop supervising it, notes stay valid', () => {
    const step = moveUnit(suzhou(), 'archives-division', 'cadastral-division');
    if (!step.ok) throw new Error('setup');
    const d = removeUnit(step.dataset, 'cadastral-division');
    expect(d.units.some((u) => u.id === 'cadastral-division')).to.equal(false);
    expect(unitByName(d, '档案管理处').parentId).to.equal(d.organization.id);
    expect(personByName(d, '张焱').supervises!.map((s) => s.unitId)).to.not.include('cadastral-division');
    expect(issuesOf(d)).to.deep.equal([]);
    // The note about the cadastral alias pointed at /people/5/supervises/2, which is gone.
    const note = d.notes!.find((n) => n.id === 'cadastral-surveying-alias')!;
    expect(note.about).to.not.include('cadastral-division');
    expect(note.about).to.include('/people/5/supervises');
  });

  it('carries pointers into later units along when an earlier one is removed', () => {
    const base = suzhou();
    const withNote = {
      ...base,
      notes: [
        ...base.notes!,
        { id: 'test-note', kind: 'editorial' as const, about: ['/units/3/name'], text: { zh: '测试' } },
      ],
    };
    const d = removeUnit(withNote, 'general-office');
    expect(d.notes!.at(-1)!.about).to.deep.equal(['/units/2/name']);
    expect(d.units[2]!.name.zh).to.equal(base.units[3]!.name.zh);
  });
});

describe('unit edits on version-2 relations', () => {
  it('keeps a 联系 to a removed unit as its name, and re-anchors a 分管 item that followed it', () => {
    const base = suzhou() as any;
    base.schemaVersion = 2;
    const zhang = base.people.find((p: any) => p.id === 'zhang-yan');
    zhang.liaisons = [{ unitId: 'information-division' }];
    zhang.supervisesOther = [{ text: { zh: '信息化工作' }, kind: 'area', afterUnitId: 'information-division' }];
    const d = removeUnit(base, 'information-division') as any;
    const after = d.people.find((p: any) => p.id === 'zhang-yan');
    expect(after.liaisons).to.deep.equal([{ text: { zh: '信息处', en: 'Information Division' } }]);
    expect(after.supervisesOther[0].afterUnitId).to.equal('cadastral-division');
    expect(issuesOf(d)).to.deep.equal([]);
  });
});
