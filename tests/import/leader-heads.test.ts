import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import type { Dataset } from '../../src/model/types.js';
import { leaders, supervised } from './dataset-helpers.js';

// The line that opens a leader's text, in the forms 领导信息 pages write it, and the titles and
// names in it; and the body's name on a 领导 page's title line.

const portfolios = (d: Dataset): (string | undefined)[] => d.people.map((p) => p.portfolio?.zh);

describe('importText: leader head lines', () => {
  it('reads a name and its titles parted by a bar, either way round, full-width or not', () => {
    for (const [a, b] of [
      ['周某明｜党组书记、厅长', '郑某兰｜党组成员、副厅长'],
      ['周某明 | 党组书记、厅长', '郑某兰 | 党组成员、副厅长'],
      ['党组书记、厅长｜周某明', '党组成员、副厅长｜郑某兰'],
    ]) {
      const text = `某省某某厅\n\n${a}\n主持厅全面工作。分管办公室、人事处。\n\n${b}\n负责耕地保护工作。分管耕地保护处。\n`;
      const { dataset } = importText(text);
      expect(leaders(dataset), a).to.deep.equal(['周某明：党组书记、厅长', '郑某兰：党组成员、副厅长']);
      expect(supervised(dataset, '郑某兰'), a).to.deep.equal(['耕地保护处']);
    }
  });

  it('reads a name with its titles in brackets before the colon of its 分工', () => {
    const text =
      '某某市发展和改革委员会\n\n陶某新（党组书记、主任）：主持委全面工作；分管办公室、人事处。\n' +
      '钟某燕（党组成员、副主任）：负责发展规划工作；分管综合规划科。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['陶某新：党组书记、主任', '钟某燕：党组成员、副主任']);
    expect(portfolios(dataset)[0]).to.match(/^主持委全面工作/);
    expect(supervised(dataset, '钟某燕')).to.deep.equal(['综合规划科']);
  });

  it('reads a name, a comma and a clause of titles at the start of a line, before the 分工', () => {
    for (const stop of ['。', '，']) {
      const text =
        `某某县人民法院\n\n魏某东，党组书记、院长${stop}主持法院全面工作，分管办公室。\n` +
        `方某晴，党组成员、副院长${stop}负责刑事审判工作，分管研究室。\n`;
      const { dataset } = importText(text);
      expect(leaders(dataset), stop).to.deep.equal(['魏某东：党组书记、院长', '方某晴：党组成员、副院长']);
      expect(portfolios(dataset)[1], stop).to.match(/^负责刑事审判工作/);
      expect(supervised(dataset, '方某晴'), stop).to.deep.equal(['研究室']);
    }
  });

  it('does not read a résumé line (name, 男, …) as a leader with titles', () => {
    const text = '某某局领导\n\n局长　王某\n王某，男，汉族，1970年1月生，研究生学历。\n分工：主持全面工作。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['王某：局长']);
  });

  it('knows 政协 and 人大 titles, bodies ending in 联 or 协, 董事, 监事 and 督学', () => {
    const text =
      '某某县政协\n\n主席　李某\n主持县政协全面工作。\n\n副主席、县工商联主席　王某建\n负责经济工作。\n\n' +
      '政协秘书长　张某\n负责机关日常工作。\n\n董事　刘某\n负责投资工作。\n\n督学　陈某\n负责督导工作。\n';
    const { dataset } = importText(text);
    expect(dataset.organization.name.zh).to.equal('某某县政协');
    expect(leaders(dataset)).to.deep.equal([
      '李某：主席',
      '王某建：副主席、县工商联主席',
      '张某：政协秘书长',
      '刘某：董事',
      '陈某：督学',
    ]);
  });

  it('takes a bracket about the person after the name into the résumé, before the posts or after them', () => {
    const text =
      '某某县水利局\n局领导\n\n周某强（女）　党组书记、局长\n分工：主持局全面工作，分管办公室。\n\n' +
      '副局长　李某（曾用名：李某刚）\n负责水利工程建设，分管建设股。\n\n' +
      '总工程师　庞某君（正高级工程师、二级教授）\n负责技术审查，分管规划设计股。\n\n' +
      '副局长　谭某涛（挂职）\n负责招商工作，分管农村水利股。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal([
      '周某强：党组书记、局长',
      '李某：副局长',
      '庞某君：总工程师',
      '谭某涛：副局长',
    ]);
    expect(dataset.people.map((p) => p.resume?.zh)).to.deep.equal([
      '女',
      '曾用名：李某刚',
      '正高级工程师、二级教授',
      // How the post is held is no fact of the person's résumé.
      undefined,
    ]);
    expect(supervised(dataset, '李某')).to.deep.equal(['建设股']);
  });

  it('reads a name or titles in lenticular brackets (【某某】局长), and 局长助理 as a title', () => {
    const text =
      '某某市统计局\n领导之窗\n\n【孙某然】党组书记、局长\n主持局全面工作，分管办公室。\n\n' +
      '【党组成员、副局长】邓某敏\n负责工业统计工作，分管工业统计科。\n\n' +
      '局长助理　贺某新\n协助局长负责普查工作，分管普查中心。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['孙某然：党组书记、局长', '邓某敏：党组成员、副局长', '贺某新：局长助理']);
    expect(supervised(dataset, '邓某敏')).to.deep.equal(['工业统计科']);
  });

  it("takes a seconded leader's 派出单位 and 挂职时间 lines into the résumé, the 分工 below them", () => {
    const text =
      '某某市统计局\n\n局长　孙某然\n主持局全面工作，分管办公室。\n\n副局长（挂职）　柏某光\n' +
      '派出单位：省统计局综合处\n挂职时间：2023年10月至2025年10月\n负责统计执法工作，分管执法监督科。\n';
    const { dataset } = importText(text);
    const seconded = dataset.people.find((p) => p.name.zh === '柏某光');
    expect(seconded?.resume?.zh).to.equal('派出单位：省统计局综合处\n挂职时间：2023年10月至2025年10月');
    expect(seconded?.portfolio?.zh).to.equal('负责统计执法工作');
    expect(supervised(dataset, '柏某光')).to.deep.equal(['执法监督科']);
  });

  it('knows the surname 赖, in simplified and traditional text', () => {
    const text = '某某局\n\n局长　韩某诚\n分工：主持局全面工作。\n\n副局长　赖某凤\n分工：负责医政工作。\n';
    expect(leaders(importText(text).dataset)).to.deep.equal(['韩某诚：局长', '赖某凤：副局长']);
    const traditional = '某某局\n\n局長　韓某誠\n分工：主持局全面工作。\n\n副局長　賴某鳳\n分工：負責醫政工作。\n';
    expect(leaders(importText(traditional).dataset)).to.deep.equal(['韓某誠：局長', '賴某鳳：副局長']);
  });
});

describe('importText: 职务：姓名 heads', () => {
  it("reads several titles before the colon, in a list and over a leader's own lines", () => {
    const list = importText('某某局\n\n党组书记、局长：樊某国\n党组成员、副局长：袁某清\n').dataset;
    expect(leaders(list)).to.deep.equal(['樊某国：党组书记、局长', '袁某清：党组成员、副局长']);
    const text =
      '清溪镇领导信息\n\n镇党委书记：黄某平\n学历：大学\n分工：主持镇党委全面工作。\n\n' +
      '镇党委副书记、镇长：许某娟\n学历：研究生\n分工：主持镇政府全面工作，分管财政所。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['黄某平：镇党委书记', '许某娟：镇党委副书记、镇长']);
    // Each leader's fields stay with that leader.
    expect(dataset.people.map((p) => p.resume?.zh)).to.deep.equal(['学历：大学', '学历：研究生']);
    expect(supervised(dataset, '许某娟')).to.deep.equal(['财政所']);
  });

  it('takes the line under every such head that says what the leader does, labelled or not', () => {
    const text =
      '某某市退役军人事务局\n\n局长：樊某国\n负责局全面工作。\n\n副局长：袁某清\n负责优抚工作，分管优抚科。\n\n' +
      '副局长：顾某志\n负责就业创业工作，分管就业创业科。\n';
    const { dataset } = importText(text);
    expect(portfolios(dataset).map((p) => p?.replace(/，.*$/u, ''))).to.deep.equal([
      '负责局全面工作。',
      '负责优抚工作',
      '负责就业创业工作',
    ]);
    expect(supervised(dataset, '顾某志')).to.deep.equal(['就业创业科']);
  });

  it('keeps how a post is held with it, before or after the title', () => {
    const text =
      '某某县人民政府领导分工\n\n县长　高某宇\n领导县人民政府全面工作。\n\n副县长（挂职）　严某诚\n负责招商引资工作。\n\n' +
      '挂职副县长　吕某梅\n负责科技工作。\n\n韦某杰　县政府党组成员、副县长（专职）\n负责安全生产工作。\n\n' +
      '副县长（正处级）：顾某志\n分工：负责就业工作。\n';
    expect(leaders(importText(text).dataset)).to.deep.equal([
      '高某宇：县长',
      '严某诚：副县长（挂职）',
      '吕某梅：挂职副县长',
      '韦某杰：县政府党组成员、副县长（专职）',
      '顾某志：副县长（正处级）',
    ]);
  });
});

describe('importText: names in parts, and the units a court or a county supervises', () => {
  it('reads a name in parts joined by a middle dot after a colon and after titles', () => {
    const text =
      '某某县政协\n\n主席：艾某肯·吐某逊\n分工：主持县政协全面工作。\n\n' +
      '政协副主席、县工商联主席　努某兰·哈某克\n负责民族宗教工作。\n';
    expect(leaders(importText(text).dataset)).to.deep.equal([
      '艾某肯·吐某逊：主席',
      '努某兰·哈某克：政协副主席、县工商联主席',
    ]);
  });

  it("takes a court's 审判庭, 立案庭 and 人民法庭 and a 工作服务中心 as units supervised", () => {
    const text =
      '某某县人民法院\n\n副院长　方某晴\n负责审判工作，分管刑事审判庭、立案庭、城关人民法庭。\n\n' +
      '副院长　袁某\n负责金融工作，分管县金融工作服务中心。\n';
    const { dataset } = importText(text);
    expect(supervised(dataset, '方某晴')).to.deep.equal(['刑事审判庭', '立案庭', '城关人民法庭']);
    expect(supervised(dataset, '袁某')).to.deep.equal(['县金融工作服务中心']);
    expect(dataset.people.flatMap((p) => p.supervisesOther ?? [])).to.deep.equal([]);
  });
});

describe('importText: contact fields and bullets beside the heads', () => {
  it('reads the 分工 under a head whose line ends with a phone number, and reports the number', () => {
    const text =
      '杨柳湾村两委班子成员\n\n● 村党支部书记、村委会主任：蒋某贵　联系电话：139****2618\n分工：负责村全面工作。\n' +
      '● 村党支部副书记：石某兰　联系电话：137****0745\n分工：负责党建工作。\n';
    const { dataset, report } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['蒋某贵：村党支部书记、村委会主任', '石某兰：村党支部副书记']);
    expect(portfolios(dataset)).to.deep.equal(['负责村全面工作。', '负责党建工作。']);
    const unplaced = report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text);
    expect(unplaced).to.deep.equal(['联系电话：139****2618', '联系电话：137****0745']);
  });

  it("takes a 负责… line that goes on to 分管 under a name and a line of titles as the leader's", () => {
    const text =
      '某某市市场监督管理局\n\n彭某军\n党组书记、局长\n主持局全面工作，分管办公室。\n\n' +
      '胡某静\n党组成员、副局长\n负责食品安全监管工作，分管食品科。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['彭某军：党组书记、局长', '胡某静：党组成员、副局长']);
    expect(supervised(dataset, '胡某静')).to.deep.equal(['食品科']);
    expect(dataset.organization.duties ?? []).to.deep.equal([]);
  });
});

describe('importText: title headings and rows lined up with spaces', () => {
  it('gives the leaders listed under a title heading (副市长（2名）) that title', () => {
    for (const count of ['（1名）', '']) {
      const text =
        `溪南市人民政府\n市政府领导分工\n\n市长${count}\n任某东：领导市政府全面工作，分管市审计局。\n\n` +
        `副市长${count.replace('1', '2')}\n申某华：负责教育工作，分管市教育局。\n韦某梁：负责商务工作，分管市商务局。\n`;
      const { dataset } = importText(text);
      expect(leaders(dataset), count).to.deep.equal(['任某东：市长', '申某华：副市长', '韦某梁：副市长']);
      expect(supervised(dataset, '韦某梁'), count).to.deep.equal(['市商务局']);
    }
  });

  it("reads 市长：某某 over a 领导…全面工作 line as that leader's text", () => {
    const { dataset } = importText('溪南市人民政府\n\n市长：任某东\n领导市政府全面工作，分管市审计局。\n');
    expect(portfolios(dataset)[0]).to.match(/^领导市政府全面工作/);
  });

  it('reads 职务　姓名——分工 lines, the dash parting the leader from what they do', () => {
    const text =
      '某某市人力资源和社会保障局领导班子成员分工\n\n党组书记、局长　耿某业——主持局全面工作，分管办公室\n' +
      '党组成员、副局长　桂某辉——负责社会保险工作，分管养老保险科\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['耿某业：党组书记、局长', '桂某辉：党组成员、副局长']);
    expect(supervised(dataset, '桂某辉')).to.deep.equal(['养老保险科']);
  });

  it('reads 分工——职务　姓名 lines, the 分工 before the leader, and makes no duties of them', () => {
    const text =
      '某某市人力资源和社会保障局领导班子成员分工\n\n主持局全面工作，分管办公室——党组书记、局长　耿某业\n' +
      '负责社会保险工作，分管养老保险科——党组成员、副局长　桂某辉\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['耿某业：党组书记、局长', '桂某辉：党组成员、副局长']);
    expect(portfolios(dataset)).to.deep.equal(['主持局全面工作', '负责社会保险工作']);
    expect(supervised(dataset, '桂某辉')).to.deep.equal(['养老保险科']);
    expect(dataset.organization.duties ?? []).to.deep.equal([]);
  });

  it('reads rows of title, name and 分工 lined up with spaces, either column first', () => {
    for (const rows of [
      '镇党委书记　　金某胜　　主持镇党委全面工作。\n镇党委副书记、镇长　　谷某芳　　主持镇政府全面工作，分管财政所。\n',
      '金某胜　　镇党委书记　　主持镇党委全面工作。\n谷某芳　　镇党委副书记、镇长　　主持镇政府全面工作，分管财政所。\n',
    ]) {
      const { dataset } = importText(`石坝镇领导班子成员及分工\n\n${rows}`);
      expect(leaders(dataset)).to.deep.equal(['金某胜：镇党委书记', '谷某芳：镇党委副书记、镇长']);
      expect(supervised(dataset, '谷某芳')).to.deep.equal(['财政所']);
    }
  });
});

describe('importText: a 分工 label alone on its line under a leader', () => {
  it("reads 工作分工 or 工作职责 under a name and titles as the label of the leader's text, not a heading", () => {
    for (const [head, label] of [
      ['岑某玲\n党委委员、副总经理', '工作分工'],
      ['岑某玲　党委委员、副总经理', '工作分工'],
      ['岑某玲　党委委员、副总经理', '工作职责'],
    ]) {
      const text = `东湖交通投资集团有限公司\n领导班子\n\n${head}\n${label}\n负责工程建设工作，分管工程管理部。\n`;
      const { dataset } = importText(text);
      expect(leaders(dataset), `${head} ${label}`).to.deep.equal(['岑某玲：党委委员、副总经理']);
      expect(portfolios(dataset)[0], `${head} ${label}`).to.equal('负责工程建设工作');
      expect(supervised(dataset, '岑某玲')).to.deep.equal(['工程管理部']);
    }
  });
});

describe("importText: a photo's placeholder before a leader", () => {
  it("reads the name after [图片] or 【照片】 at a line's start, and leaves the mark out of the report", () => {
    for (const mark of ['[图片] ', '【照片】', '[image]']) {
      const text =
        `某某县文化广电和旅游体育局\n\n${mark}邹某峰\n党组书记、局长\n分工：主持局全面工作，分管办公室。\n\n` +
        `${mark}苗某慧　党组成员、副局长\n负责文化艺术工作，分管文化艺术股。\n`;
      const { dataset, report } = importText(text);
      expect(leaders(dataset), mark).to.deep.equal(['邹某峰：党组书记、局长', '苗某慧：党组成员、副局长']);
      expect(
        report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text),
        mark,
      ).to.deep.equal([]);
    }
  });
});

describe('importText: nothing invented', () => {
  it("makes no leader of a form's labels (任免表: 姓名⇥某某⇥性别⇥男…) and reports the form", () => {
    const text =
      '宜州市林业局领导班子成员情况\n\n姓名\t邓某明\t性别\t男\t出生年月\t1973.05\n民族\t汉族\t籍贯\t宜州双江\n' +
      '现任职务\t党组书记、局长\n工作分工\t主持局全面工作，分管办公室。\n';
    const { dataset, report } = importText(text);
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal([]);
    expect(report.entries.some((e) => e.kind === 'unplaced' && e.text.includes('邓某明'))).to.equal(true);
  });

  it('makes no leader 纪检 of 纪检组长：某某, and reads 纪检组长 as the title', () => {
    const { dataset } = importText('某某区教育局\n\n局长：甄某伟\n纪检组长：奚某国\n');
    expect(leaders(dataset)).to.deep.equal(['甄某伟：局长', '奚某国：纪检组长']);
  });

  it("reads 分管：…；联系：…；协助：… fields without the colon in a unit's name", () => {
    const text =
      '某某师范大学\n\n欧某平　党委常务副书记\n负责学校党委日常工作。\n' +
      '分管：党委统战部、离退休工作处；联系：外国语学院；协助：党委书记负责干部工作。\n';
    const { dataset } = importText(text);
    expect(dataset.units.map((u) => u.name.zh)).to.deep.equal(['党委统战部', '离退休工作处']);
    expect(supervised(dataset, '欧某平')).to.deep.equal(['党委统战部', '离退休工作处']);
    expect(dataset.people[0]!.portfolio?.zh).to.equal('负责学校党委日常工作。');
    expect(dataset.people[0]!.assists?.[0]?.scope?.zh).to.equal('负责干部工作');
  });
});

describe('importText: a list of leaders with nothing below them', () => {
  it('reads two or more 职务　姓名 lines as leaders, but not one alone', () => {
    const list = importText('某某局\n\n局长　樊某国\n党组成员、副局长　袁某清\n副局长　顾某志\n').dataset;
    expect(leaders(list)).to.deep.equal(['樊某国：局长', '袁某清：党组成员、副局长', '顾某志：副局长']);
    const one = importText('某某局\n\n局长　樊某国\n\n本局负责全市退役军人工作。\n').dataset;
    expect(leaders(one)).to.deep.equal([]);
  });

  it('reads a roster in prose, its lead-in with it, and the 分工 lines after it', () => {
    const { dataset, report } = importText(
      '某某县审计局\n\n现任领导：党组书记、局长樊某国；副局长袁某清、顾某志；总审计师钱某。\n\n' +
        '樊某国：主持局全面工作，分管办公室。\n顾某志：负责审计业务，分管经济责任审计股。\n',
    );
    expect(leaders(dataset)).to.deep.equal([
      '樊某国：党组书记、局长',
      '袁某清：副局长',
      '顾某志：副局长',
      '钱某：总审计师',
    ]);
    expect(portfolios(dataset)).to.deep.equal(['主持局全面工作', undefined, '负责审计业务', undefined]);
    expect(supervised(dataset, '顾某志')).to.deep.equal(['经济责任审计股']);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
    const bare = importText('某某局\n\n局长樊某国，副局长袁某清、顾某志。\n').dataset;
    expect(leaders(bare)).to.deep.equal(['樊某国：局长', '袁某清：副局长', '顾某志：副局长']);
  });

  it('reads no roster from a sentence with a clause that names no one', () => {
    for (const line of ['局长樊某国，全局干部职工60人。', '本局设局长1名，副局长2名。', '副局长袁某清、顾某志。']) {
      expect(leaders(importText(`某某局\n\n${line}\n`).dataset), line).to.deep.equal([]);
    }
  });
});

describe("importText: a leader's lines under the head", () => {
  it('reads a 姓名⇥职务 table, then a 领导分工 section of 某某：… lines', () => {
    const text =
      '某某职业技术学院\n\n姓名\t职务\n贺某军\t党委书记\n龙某燕\t党委副书记、院长\n\n领导分工\n' +
      '一、贺某军同志：主持学院党委全面工作，分管党委办公室。\n二、龙某燕同志：主持学院行政全面工作，分管院长办公室。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['贺某军：党委书记', '龙某燕：党委副书记、院长']);
    expect(portfolios(dataset)[1]).to.match(/^主持学院行政全面工作/);
    expect(supervised(dataset, '龙某燕')).to.deep.equal(['院长办公室']);
  });

  it('reads two lines of titles under a name when what the leader does follows them', () => {
    const text =
      '某某县人民政府\n\n鲁某川\n县委副书记\n县长\n分工：领导县政府全面工作，分管县审计局。\n\n' +
      '任某芳\n县政府党组成员\n副县长\n负责教育、卫生健康工作，分管县教育局。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['鲁某川：县委副书记、县长', '任某芳：县政府党组成员、副县长']);
    expect(supervised(dataset, '任某芳')).to.deep.equal(['县教育局']);
    // A line of titles that may head the next leader (局长⏎甲⏎副局长⏎乙⏎负责…) is not taken.
    const next = importText('某某局\n局领导\n\n樊某国\n局长\n副局长\n袁某清\n负责审计业务。\n').dataset;
    expect(leaders(next)).to.deep.equal(['袁某清：副局长']);
  });

  it('reads 分管工作： as the 分工 when it says what the leader does, as the units when it lists them', () => {
    const sentence = '某某理工大学\n\n孟某华　党委书记\n分管工作：主持学校党委全面工作，分管党委办公室、党委组织部。\n';
    const a = importText(sentence).dataset;
    expect(portfolios(a)[0]).to.match(/^主持学校党委全面工作/);
    expect(supervised(a, '孟某华')).to.deep.equal(['党委办公室', '党委组织部']);
    expect(a.people[0]!.supervisesOther ?? []).to.deep.equal([]);
    const units = importText('某某理工大学\n\n孟某华　党委书记\n分管工作：党委办公室、党委组织部。\n').dataset;
    expect(supervised(units, '孟某华')).to.deep.equal(['党委办公室', '党委组织部']);
  });

  it('reads the 简历 under a title spaced out to line up (主　　任：…)', () => {
    const text =
      '某某县人大常委会\n\n主　　任：欧阳某辉\n简历：\n1985年9月-1989年7月　西川师范学院中文系学习\n' +
      '2021年12月-至今　北川县人大常委会党组书记、主任\n\n副主任：段某生\n分工：负责财政经济工作。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['欧阳某辉：主任', '段某生：副主任']);
    expect(dataset.people[0]!.resume?.zh).to.equal(
      '1985年9月-1989年7月　西川师范学院中文系学习\n2021年12月-至今　北川县人大常委会党组书记、主任',
    );
  });

  it('takes a professional title after the posts on the head line into the résumé', () => {
    const text =
      '某某市疾病预防控制中心\n\n祁某红　党委书记、主任　主任医师\n分工：主持中心全面工作。\n\n' +
      '邵某杰　党委副书记、副主任　副主任医师\n分工：负责传染病防控工作。\n';
    const { dataset } = importText(text);
    expect(leaders(dataset)).to.deep.equal(['祁某红：党委书记、主任', '邵某杰：党委副书记、副主任']);
    expect(dataset.people.map((p) => p.resume?.zh)).to.deep.equal(['主任医师', '副主任医师']);
  });
});

describe('importText: the body named on a 领导 page title line', () => {
  const named = (title: string): string =>
    importText(`${title}\n\n局长　李某\n分工：负责全面工作。\n`).dataset.organization.name.zh;

  it('takes the body before 领导 alone, and keeps a 局领导 heading word out of the name', () => {
    expect(named('某某县人大常委会领导')).to.equal('某某县人大常委会');
    expect(named('桐川区教育局局领导分工')).to.equal('桐川区教育局');
    expect(named('某某市档案馆馆领导')).to.equal('某某市档案馆');
    expect(named('某某县教育局领导')).to.equal('某某县教育局');
  });

  it('names no body from a heading such as 学院领导', () => {
    expect(named('学院领导')).to.equal('未命名机构');
  });

  it("places a title line that gives the body's name cut short (县政府领导, 管委会领导) under the full name", () => {
    for (const [name, short] of [
      ['安平县人民政府', '县政府领导'],
      ['岚山高新技术产业开发区管理委员会', '管委会领导'],
    ]) {
      const { dataset, report } = importText(`${name}\n${short}\n\n严某鹏　主任\n分工：主持全面工作。\n`);
      expect(dataset.organization.name.zh, short).to.equal(name);
      expect(
        report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text),
        short,
      ).to.deep.equal([]);
    }
    // Words that are not the name cut short stay in the report.
    const other = importText('安平县人民政府\n教育局领导\n\n严某鹏　局长\n分工：主持全面工作。\n').report;
    expect(other.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text)).to.deep.equal(['教育局']);
  });
});
