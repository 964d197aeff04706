import { expect } from '@open-wc/testing';
import {
  addLeader,
  moveLeader,
  removeLeader,
  setLeaderName,
  setLeaderPosts,
  setPortfolio,
  setResume,
  setSupervision,
} from '../../src/authoring/index.js';
import { frozen, issuesOf, personByName, suzhou } from './helpers.js';

const ids = (list: readonly { unitId: string }[] | undefined) => (list ?? []).map((s) => s.unitId);

describe('leader edits', () => {
  it('adds a leader with a name and no posts, valid as it is', () => {
    const { dataset, id } = addLeader(frozen(suzhou()), '林 娟');
    expect(dataset.people.at(-1)).to.deep.equal({ id, name: { zh: '林 娟' }, posts: [] });
    expect(issuesOf(dataset)).to.deep.equal([]);
  });

  it('removes a leader: assists naming them go, notes about them stay valid', () => {
    const d = removeLeader(frozen(suzhou()), 'wu-weiqun');
    expect(d.people.some((p) => p.id === 'wu-weiqun')).to.equal(false);
    expect(personByName(d, '张焱').assists).to.equal(undefined);
    expect(issuesOf(d)).to.deep.equal([]);
    // "/people/6/supervises/0" (张晓莘) is now "/people/5/supervises/0".
    expect(d.notes!.find((n) => n.id === 'supervision-office-name')!.about).to.include('/people/5/supervises/0');
  });

  it('renames a leader, keeping the English name unless given', () => {
    expect(personByName(setLeaderName(suzhou(), 'zhou-chun', '周 春'), '周 春').name).to.deep.equal({
      zh: '周 春',
      en: 'Zhou Chun',
    });
  });

  it('sets posts in order, keeping the English of unchanged posts and carrying notes along', () => {
    const d = setLeaderPosts(frozen(suzhou()), 'zhang-xiaoshen', [
      { kind: 'administrative', zh: '副局长' },
      { kind: 'party', zh: '纪检组长' },
      { kind: 'party', zh: ' ' },
    ]);
    const person = personByName(d, '张晓莘');
    expect(person.posts.map((p) => p.title.zh)).to.deep.equal(['副局长', '纪检组长']);
    expect(person.posts[1]!.title.en).to.equal(suzhou().people[6]!.posts[0]!.title.en);
    expect(d.notes!.find((n) => n.id === 'discipline-group-post')!.about).to.include('/people/6/posts/1');
    expect(issuesOf(d)).to.deep.equal([]);
  });

  it('sets the portfolio and removes it when emptied', () => {
    expect(personByName(setPortfolio(suzhou(), 'zhou-chun', '负责机关党建。'), '周春').portfolio).to.deep.equal({
      zh: '负责机关党建。',
      en: 'Responsible for the work of the Land Reserve Center.',
    });
    expect('portfolio' in personByName(setPortfolio(suzhou(), 'zhou-chun', ''), '周春')).to.equal(false);
  });

  it('sets a résumé with its line breaks, makes the dataset version 2, and removes it when emptied', () => {
    const before = frozen(suzhou());
    expect(before.schemaVersion).to.equal(1);
    const d = setResume(before, 'zhou-chun', '  男，1965年2月生。\n1987.07—1995.03　苏州市土地管理局科员\n');
    expect(personByName(d, '周春').resume).to.deep.equal({
      zh: '男，1965年2月生。\n1987.07—1995.03　苏州市土地管理局科员',
    });
    // A version 1 dataset cannot hold a résumé: it says version 2 now, and the check agrees.
    expect(d.schemaVersion).to.equal(2);
    expect(issuesOf(d)).to.deep.equal([]);
    expect('resume' in personByName(setResume(d, 'zhou-chun', ' '), '周春')).to.equal(false);
  });

  it('sets 分管: kept units keep their place and asWritten, new ones follow', () => {
    const d = setSupervision(frozen(suzhou()), 'shao-fanrong', [
      'party-committee',
      'general-office',
      'cadastral-division',
      'mineral-resources-division',
    ]);
    const list = personByName(d, '邵繁荣').supervises!;
    expect(ids(list)).to.deep.equal([
      'mineral-resources-division',
      'cadastral-division',
      'party-committee',
      'general-office',
    ]);
    expect(list[1]!.asWritten!.zh).to.equal('测绘管理处');
    // The note on the cadastral alias pointed at /people/5/supervises/2, now index 1.
    expect(d.notes!.find((n) => n.id === 'cadastral-surveying-alias')!.about).to.include('/people/5/supervises/1');
    expect(issuesOf(d)).to.deep.equal([]);
  });

  it('removes the supervises field when nothing is picked, keeping notes valid', () => {
    const d = setSupervision(suzhou(), 'zhou-chun', []);
    expect('supervises' in personByName(d, '周春')).to.equal(false);
    expect(issuesOf(d)).to.deep.equal([]);
  });

  it('moves a leader up and down, carrying pointers, and not past either end', () => {
    const down = moveLeader(suzhou(), 'wu-weiqun', 1);
    expect(down.people.map((p) => p.id).slice(0, 2)).to.deep.equal(['zhou-chun', 'wu-weiqun']);
    expect(down.notes!.find((n) => n.id === 'wu-weiqun-ascii-comma')!.about).to.deep.equal(['/people/1/portfolio']);
    expect(issuesOf(down)).to.deep.equal([]);
    expect(moveLeader(down, 'wu-weiqun', -1)).to.deep.equal(suzhou());
    expect(moveLeader(suzhou(), 'wu-weiqun', -1)).to.deep.equal(suzhou());
  });
});

describe('leader edits on version-2 relations', () => {
  it('keeps a removed leader as the named head of a unit, and 协助 of them by name', () => {
    const base = suzhou() as any;
    base.schemaVersion = 2;
    base.units[0].heads = [{ personId: 'zhou-chun', title: { zh: '主任' } }];
    base.people
      .find((p: any) => p.id === 'zhang-yan')
      .assists.push({ personId: 'zhou-chun', scope: { zh: '储备工作' } });
    const d = removeLeader(base, 'zhou-chun') as any;
    expect(d.units[0].heads).to.deep.equal([{ title: { zh: '主任' }, name: { zh: '周春', en: 'Zhou Chun' } }]);
    expect(d.people.find((p: any) => p.id === 'zhang-yan').assists[1]).to.deep.equal({
      scope: { zh: '储备工作' },
      whom: { zh: '周春', en: 'Zhou Chun' },
    });
    expect(issuesOf(d)).to.deep.equal([]);
  });

  it('makes the dataset version 2 when a post kind only version 2 knows is picked', () => {
    const d = setLeaderPosts(suzhou(), 'zhou-chun', [{ kind: 'non-leadership', zh: '副巡视员' }]);
    expect(d.schemaVersion).to.equal(2);
    expect(issuesOf(d)).to.deep.equal([]);
    expect(setLeaderPosts(suzhou(), 'zhou-chun', [{ kind: 'party', zh: '党组成员' }]).schemaVersion).to.equal(1);
  });
});
