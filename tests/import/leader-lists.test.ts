import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { leaders, supervised, unplaced } from './dataset-helpers.js';

// Lists of leaders as portals lay them out: bullets, lined-up titles, a vacant post, brackets after
// a name given after its title's colon, and a 分工 section of name-and-duty lines below the list.

describe('importText: lists of leaders', () => {
  it('reads a leader after a bullet (◎, ●, ▲), the name before the posts, in brackets, or glued after them', () => {
    const text =
      '某某市体育局\n\n◎郑某东　党组书记、局长\n主持局全面工作，分管办公室。\n\n' +
      '● 钱某华（党组成员、副局长）\n负责群众体育工作，分管群众体育科。\n\n' +
      '▲党组成员、副局长闵某燕\n负责竞技体育工作，分管竞技体育科。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal([
      '郑某东：党组书记、局长',
      '钱某华：党组成员、副局长',
      '闵某燕：党组成员、副局长',
    ]);
    expect(supervised(dataset, '闵某燕')).to.deep.equal(['竞技体育科']);
  });

  it('reads titles spaced out to line up with several names after them, and a 分工 section of name lines', () => {
    const text =
      '某某县林业局\n\n局　　长：程某福\n副 局 长：康　宁　　倪某国　　白某华\n总 农 艺 师：汤　斌\n\n分工情况：\n' +
      '程某福　主持全面工作。\n康　宁　负责营林工作，分管营林股。\n倪某国　负责林政工作，分管林政股。\n' +
      '白某华　负责森林防火工作，分管防火办。\n汤　斌　负责技术推广工作。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal([
      '程某福：局长',
      '康宁：副局长',
      '倪某国：副局长',
      '白某华：副局长',
      '汤斌：总农艺师',
    ]);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal([
      '主持全面工作。',
      '负责营林工作',
      '负责林政工作',
      '负责森林防火工作',
      '负责技术推广工作。',
    ]);
    expect(supervised(dataset, '倪某国')).to.deep.equal(['林政股']);
  });

  it('makes no leader of a vacant post, and reports the row', () => {
    const text =
      '某某医院\n\n职务\t姓名\t分管工作\n院长\t卜某平\t主持行政全面工作，分管院办\n纪委书记\t（空缺）\t\n' +
      '副院长\t毛某红\t负责护理工作，分管护理部\n';
    const { dataset, report } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['卜某平：院长', '毛某红：副院长']);
    expect(unplaced(report).some((t) => t.includes('（空缺）'))).to.equal(true);
  });

  it("takes a bracket after a name given after the title's colon: the person's into the résumé", () => {
    const text =
      '某某乡人民政府\n\n党委副书记：尹　红（女）\n负责党建工作。\n副乡长：柏　杨（挂职）\n负责农业工作，分管农业办。\n' +
      '纪检组长：孙某英（县纪委派驻）\n负责纪检监察工作。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['尹红：党委副书记', '柏杨：副乡长', '孙某英：纪检组长']);
    expect(dataset.people.map((p) => p.resume?.zh)).to.deep.equal(['女', undefined, undefined]);
    expect(supervised(dataset, '柏杨')).to.deep.equal(['农业办']);
  });

  it('reads a 分管科室： list without its label in the first unit', () => {
    const { dataset } = importText('某某医院\n\n院长　杜某平\n主持医院全面工作。分管科室：院长办公室、医务部。\n');
    expect(supervised(dataset, '杜某平')).to.deep.equal(['院长办公室', '医务部']);
  });

  it('reads what a leader does after a comma on a 职务：姓名 line, under a 领导班子成员 heading', () => {
    const text =
      '某某市公共资源交易中心\n领导班子成员\n\n主任：王某华，主持中心全面工作，分管综合科、财务科。\n' +
      '副主任：李某，负责交易服务工作，分管交易服务科。\n副主任：赵某明\n';
    const { dataset, report } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['王某华：主任', '李某：副主任', '赵某明：副主任']);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal([
      '主持中心全面工作',
      '负责交易服务工作',
      undefined,
    ]);
    expect(supervised(dataset, '王某华')).to.deep.equal(['综合科', '财务科']);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("keeps a list's last unit whose name ends in 科室, and a court's 审判第一庭", () => {
    const school = importText('某某中学\n\n副校长　司马某云\n负责教学工作，分管教务处、教科室。\n').dataset;
    expect(supervised(school, '司马某云')).to.deep.equal(['教务处', '教科室']);
    const court = importText(
      '某某县人民法院\n\n副院长　邵某群\n协助院长负责审判工作，分管刑事审判第一庭、民事审判第二庭、立案庭等部门。\n',
    ).dataset;
    expect(supervised(court, '邵某群')).to.deep.equal(['刑事审判第一庭', '民事审判第二庭', '立案庭']);
  });

  it("knows a company's 职工董事, 外部董事 and 独立董事 as titles", () => {
    const text =
      '某某水务集团有限公司\n\n党委副书记、工会主席、职工董事　欧阳某敏\n负责党群、工会工作，分管党群工作部。\n\n' +
      '独立董事　任某刚\n负责董事会审计委员会工作。\n';
    expect(leaders(importText(text).dataset)).to.deep.equal([
      '欧阳某敏：党委副书记、工会主席、职工董事',
      '任某刚：独立董事',
    ]);
  });

  it('reads a 职务　姓名——分工 row whose text opens with 全面负责, the title and name spaced out', () => {
    const text =
      '某某市实验小学\n\n校　长　刘　洋　——　全面负责学校工作，分管校长办公室。\n' +
      '副校长　韩　梅　——　负责教育教学工作，分管教导处。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['刘洋：校长', '韩梅：副校长']);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['全面负责学校工作', '负责教育教学工作']);
    expect(supervised(dataset, '刘洋')).to.deep.equal(['校长办公室']);
  });

  it('reads numbered leaders (二、职务　姓名) over a 工作职责 label, under a …局局领导工作职责 title', () => {
    const text =
      '某某县住房和城乡建设局局领导工作职责\n\n一、党组书记、局长　范某强\n工作职责：主持局全面工作，分管办公室。\n\n' +
      '二、党组成员、副局长　邱某燕\n工作职责：负责建筑业管理工作，分管建筑业管理股。\n';
    const { dataset } = importText(text);
    expect(dataset.organization.name.zh).to.equal('某某县住房和城乡建设局');
    expect(leaders(dataset)).to.deep.equal(['范某强：党组书记、局长', '邱某燕：党组成员、副局长']);
    expect(supervised(dataset, '邱某燕')).to.deep.equal(['建筑业管理股']);
  });

  it('reads titles, a space and a list of names (外部董事　甲、季　红), and a bracket of titles ending in 挂职', () => {
    const board = importText(
      '某某水务集团有限公司\n\n董事长　司徒某华\n负责董事会全面工作。\n外部董事　任某刚、季　红\n',
    ).dataset;
    expect(leaders(board)).to.deep.equal(['司徒某华：董事长', '任某刚：外部董事', '季红：外部董事']);
    const seconded = importText(
      '某某市中医医院\n\n● 关某华（党委副书记、院长）\n主持医院行政全面工作。\n● 钟某荣（副院长，挂职）\n负责中医药传承工作。\n',
    ).dataset;
    expect(leaders(seconded)).to.deep.equal(['关某华：党委副书记、院长', '钟某荣：副院长']);
    expect(seconded.people.map((p) => p.portfolio?.zh)).to.deep.equal([
      '主持医院行政全面工作。',
      '负责中医药传承工作。',
    ]);
  });

  it("takes a name in Latin letters in the bracket after a name as the name's English", () => {
    const text =
      '某某市图书馆\n\n钟某博（Zhong Moubo）｜党总支书记、馆长\n主持全馆全面工作，分管办公室。\n\n' +
      '姚　芳（Yao Fang，女）｜副馆长\n负责读者服务工作，分管借阅部。\n';
    const { dataset } = importText(text);
    expect(dataset.people.map((p) => [p.name.zh, p.name.en])).to.deep.equal([
      ['钟某博', 'Zhong Moubo'],
      ['姚芳', 'Yao Fang'],
    ]);
    expect(leaders(dataset)).to.deep.equal(['钟某博：党总支书记、馆长', '姚芳：副馆长']);
    expect(dataset.people.map((p) => p.resume?.zh)).to.deep.equal([undefined, '女']);
    // The same after a title's colon.
    const colon = importText('某某市图书馆\n\n副馆长：温某新（Wen Mouxin）\n负责古籍保护工作。\n').dataset;
    expect(colon.people.map((p) => [p.name.zh, p.name.en, p.resume?.zh])).to.deep.equal([
      ['温某新', 'Wen Mouxin', undefined],
    ]);
  });

  it("ends the last leader's text before a note on the list, which the report gives whole", () => {
    const text =
      '某某市文化和旅游局\n\n▲党组书记、局长刘某\n主持局全面工作。\n▲党组成员、副局长柴某庆\n负责文化市场执法工作。\n' +
      '（以上排名不分先后）\n';
    const { dataset, report } = importText(text);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持局全面工作。', '负责文化市场执法工作。']);
    // Reported whole, its opening bracket kept.
    expect(unplaced(report)).to.deep.equal(['（以上排名不分先后）']);
  });

  it("reads a leader's duties written as numbered items under a numbered leader", () => {
    const text =
      '某某市统计局领导工作分工\n\n一、党组书记、局长　覃某宇\n工作职责：\n1. 主持市统计局全面工作；\n' +
      '2. 分管办公室、综合科；\n3. 联系市统计学会。\n\n二、副局长　韦某\n工作职责：\n（1）负责统计执法监督工作；\n' +
      '（2）分管执法监督科。\n';
    const { dataset, report } = importText(text);
    expect(dataset.organization.name.zh).to.equal('某某市统计局');
    expect(leaders(dataset)).to.deep.equal(['覃某宇：党组书记、局长', '韦某：副局长']);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal([
      '主持市统计局全面工作；',
      '负责统计执法监督工作；',
    ]);
    expect(supervised(dataset, '覃某宇')).to.deep.equal(['办公室', '综合科']);
    expect(supervised(dataset, '韦某')).to.deep.equal(['执法监督科']);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("reads a leader's duties written as numbered items after the leader's line", () => {
    const text =
      '某某县档案馆领导分工\n\n馆长　黎某\n1、主持馆全面工作；\n2、分管办公室。\n\n' +
      '副馆长　陆某平\n1、负责档案接收征集工作；\n2、分管接收征集股、保管利用股。\n';
    const { dataset, report } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['黎某：馆长', '陆某平：副馆长']);
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持馆全面工作；', '负责档案接收征集工作；']);
    expect(supervised(dataset, '陆某平')).to.deep.equal(['接收征集股', '保管利用股']);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("reads a hospital's wards in a 分管 list as units", () => {
    const text = '某某县人民医院院领导\n\n副院长　龙某\n负责护理工作，分管护理部、心内科一病区、产科病房。\n';
    const { dataset, report } = importText(text);
    expect(supervised(dataset, '龙某')).to.deep.equal(['护理部', '心内科一病区', '产科病房']);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads a post whose body has a long name (市自然资源和规划综合行政执法支队支队长)', () => {
    const text =
      '某某市自然资源和规划局领导\n\n蒙某东　党组成员、市自然资源和规划综合行政执法支队支队长\n' +
      '蒙某东，男，汉族，1975年3月生，大学学历。\n负责执法监察工作，分管执法监察科。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['蒙某东：党组成员、市自然资源和规划综合行政执法支队支队长']);
  });

  it("keeps how a post is held (挂职, 兼任 by another leader) as the post's remark, not dropped", () => {
    const text =
      '某某高新区管委会领导\n\n党工委书记　龚某强（市委常委、副市长兼任）\n主持党工委全面工作。\n\n' +
      '党工委委员、管委会副主任　程某（挂职）\n协助主任负责招商工作。\n\n' +
      '● 钟某荣（管委会副主任，交流挂职）\n负责科技创新工作，分管科技局。\n';
    const { dataset, report } = importText(text);
    expect(leaders(dataset)).to.deep.equal([
      '龚某强：党工委书记',
      '程某：党工委委员、管委会副主任',
      '钟某荣：管委会副主任',
    ]);
    expect(dataset.people.map((p) => p.posts.map((post) => post.rankRemark?.zh ?? null))).to.deep.equal([
      ['市委常委、副市长兼任'],
      [null, '挂职'],
      ['交流挂职'],
    ]);
    expect(unplaced(report)).to.deep.equal([]);
  });
});
