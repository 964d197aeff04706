import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { leaders, supervised, unplaced } from './dataset-helpers.js';

// Bilingual leaders pages (state-owned companies, development zones): an English heading, the
// name's pinyin beside it, and the titles again in English under the Chinese ones.

describe('importText: bilingual leaders pages', () => {
  const text =
    'Our Leaders 公司领导\n某某港务集团有限公司\n\n' +
    '许某明  XU Mouming\n党委书记、董事长\nParty Secretary, Chairman of the Board\n主持集团党委和董事会全面工作。\n\n' +
    '欧阳某华 ｜ Ouyang Mouhua\n董事、总经理\nDirector, President\n主持集团经营管理工作，分管运营部、财务部。\n\n' +
    '戴　某  Dai Mou\n党委委员、副总经理\nVice President\n负责港口安全生产工作。\n';

  it('reads each leader under a name with its pinyin, whatever stands between them', () => {
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal([
      '许某明：党委书记、董事长',
      '欧阳某华：董事、总经理',
      '戴某：党委委员、副总经理',
    ]);
    expect(dataset.people.map((p) => p.name.en)).to.deep.equal(['XU Mouming', 'Ouyang Mouhua', 'Dai Mou']);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal([
      '主持集团党委和董事会全面工作。',
      '主持集团经营管理工作',
      '负责港口安全生产工作。',
    ]);
    expect(supervised(dataset, '欧阳某华')).to.deep.equal(['运营部', '财务部']);
  });

  it('gives each post its English where the English line has one title per post, else reports the line', () => {
    const { dataset, report } = importText(text);
    expect(dataset.people[0]!.posts.map((p) => p.title)).to.deep.equal([
      { zh: '党委书记', en: 'Party Secretary' },
      { zh: '董事长', en: 'Chairman of the Board' },
    ]);
    expect(dataset.people[1]!.posts.map((p) => p.title.en)).to.deep.equal(['Director', 'President']);
    // One English title for two posts: which one it translates is not guessed.
    expect(dataset.people[2]!.posts.map((p) => p.title.en)).to.deep.equal([undefined, undefined]);
    expect(unplaced(report)).to.include('Vice President');
  });

  it('names the body from the line under an English heading, and reports the heading', () => {
    const { dataset, report } = importText(text);
    expect(dataset.organization.name.zh).to.equal('某某港务集团有限公司');
    expect(unplaced(report)).to.include('Our Leaders 公司领导');
  });
});

describe("importText: a leader's titles, then a 负责 line", () => {
  it("reads the 负责 line under an organisation leader's titles as what the leader does", () => {
    const text =
      '某某县文化馆领导\n\n' +
      '孙某平\n党支部书记、馆长\n负责馆全面工作。\n\n' +
      '郑某\n副馆长\n负责群众文化活动组织工作。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['孙某平：党支部书记、馆长', '郑某：副馆长']);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal([
      '负责馆全面工作。',
      '负责群众文化活动组织工作。',
    ]);
  });
});
