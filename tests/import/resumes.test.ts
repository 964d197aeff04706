import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import type { Dataset } from '../../src/model/types.js';

// 简历: every form a 领导信息 page writes a résumé in ends up in the leader's `resume`, verbatim.

const resumeOf = (d: Dataset, name: string): string | undefined => d.people.find((p) => p.name.zh === name)?.resume?.zh;
const unplaced = (r: ReturnType<typeof importText>['report']): string[] =>
  r.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text);

describe('importText: résumés', () => {
  it("reads a record's résumé fields, a 简历 over the dated lines below it, and joins a wrapped line", () => {
    const text =
      '领导信息\n\n姓名：张三\n职务：局长、党组书记\n出生年月：1970年1月\n籍贯：江苏苏州\n简历：\n' +
      '1992.07—1998.03　苏州市国土局科员\n1998.03—2010.06　苏州市国土局副处长、处长\n2010.06—　苏州市国土局副局长，\n' +
      '　　后任局长\n分工：主持局全面工作。分管办公室。\n\n' +
      '姓名：李四\n职务：副局长\n性别：男　　民族：汉族\n分工：负责耕地保护工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(resumeOf(dataset, '张三')).to.equal(
      '出生年月：1970年1月\n籍贯：江苏苏州\n1992.07—1998.03　苏州市国土局科员\n' +
        '1998.03—2010.06　苏州市国土局副处长、处长\n2010.06—　苏州市国土局副局长，后任局长',
    );
    // Fields side by side on one line keep the space between them.
    expect(resumeOf(dataset, '李四')).to.equal('性别：男　　民族：汉族');
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持局全面工作。', '负责耕地保护工作。']);
    expect(dataset.schemaVersion).to.equal(2);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("reads résumé fields before and after a leader's 分工 under a name line", () => {
    const text =
      '某局领导\n\n王五　局长\n简历：男，汉族，1971年3月生，江苏南京人，研究生学历。\n分工：主持局全面工作。\n\n' +
      '赵六　副局长\n分工：负责规划工作。分管规划处。\n出生年月：1975年5月\n籍贯：浙江杭州\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(resumeOf(dataset, '王五')).to.equal('男，汉族，1971年3月生，江苏南京人，研究生学历。');
    expect(resumeOf(dataset, '赵六')).to.equal('出生年月：1975年5月\n籍贯：浙江杭州');
    // The fields after the 分工 are not part of it.
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持局全面工作。', '负责规划工作。']);
    expect(unplaced(report).filter((t) => /出生|籍贯|简历/.test(t))).to.deep.equal([]);
  });

  it("keeps a profile's sentences on their lines, and drops a 简历 label that stands alone", () => {
    const text =
      '领导简介\n\n孙七\n简历\n男，汉族，1968年5月生，江苏苏州人，中共党员。\n曾任苏州市国土资源局副局长。\n' +
      '现任苏州市自然资源和规划局局长。\n负责局全面工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(resumeOf(dataset, '孙七')).to.equal(
      '男，汉族，1968年5月生，江苏苏州人，中共党员。\n曾任苏州市国土资源局副局长。\n现任苏州市自然资源和规划局局长。',
    );
    expect(dataset.people[0]!.portfolio?.zh).to.equal('负责局全面工作。');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('gives back a traditional résumé as written, its line breaks kept', () => {
    const text =
      '領導信息\n\n姓名：盧林\n職務：局長\n簡歷：\n1985.07—1990.03　縣財政局科員\n1990.03—　縣財政局副局長\n' +
      '分工：主持局全面工作。\n';
    const { dataset } = importText(text, { name: '某縣財政局' });
    expect(resumeOf(dataset, '盧林')).to.equal('1985.07—1990.03　縣財政局科員\n1990.03—　縣財政局副局長');
  });

  it('keeps only the first résumé of a leader named twice; the second stays in the report', () => {
    const text =
      '领导信息\n\n姓名：张三\n职务：局长\n简历：男，1970年1月生。\n分工：主持全面工作。\n\n' +
      '姓名：张三\n职务：党组书记\n简历：1992年参加工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(dataset.people).to.have.length(1);
    expect(resumeOf(dataset, '张三')).to.equal('男，1970年1月生。');
    const second = report.entries.find((e) => e.text === '1992年参加工作。')!;
    expect(second.kind).to.equal('unplaced');
    expect(second.message.zh).to.contain('张三的又一段简历');
  });

  it('takes a name whose résumé opens with dated lines as a leader, its posts from the open last entry', () => {
    const text =
      '某某乡人民政府\n领导班子\n\n贾某某\n乡党委书记\n1996年8月—2003年5月　某某乡农技站技术员\n' +
      '2019年3月至今　某某乡党委书记\n主持乡党委全面工作。\n\n程某某\n简历：\n1992.07—2008.03　某某县农业局技术员\n' +
      '2008.03—2016.06　某某县委常委、常务副县长，协助县长\n分管财政、审计工作\n2016.06—　某某市农业科学院党委书记、副院长\n' +
      '分工：主持院党委全面工作。\n';
    const { dataset, report } = importText(text, { name: '某某乡人民政府' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['贾某某', ['乡党委书记'], '主持乡党委全面工作。'],
      ['程某某', ['某某市农业科学院党委书记', '副院长'], '主持院党委全面工作。'],
    ]);
    expect(resumeOf(dataset, '贾某某')).to.equal(
      '1996年8月—2003年5月　某某乡农技站技术员\n2019年3月至今　某某乡党委书记',
    );
    // A wrapped line that opens with 分管 between two dated entries is the entry's rest.
    expect(resumeOf(dataset, '程某某')!.split('\n')).to.deep.equal([
      '1992.07—2008.03　某某县农业局技术员',
      '2008.03—2016.06　某某县委常委、常务副县长，协助县长分管财政、审计工作',
      '2016.06—　某某市农业科学院党委书记、副院长',
    ]);
    // Posts read from the résumé's open last entry are for checking.
    expect(report.entries.some((e) => e.kind === 'check' && e.message.zh.includes('程某某的简历'))).to.equal(true);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('knows more résumé labels, keeps 其间 lines, and reads spaced labels and the posts 校长 and 政委', () => {
    const text =
      '领导信息\n\n姓　　名：洪某某\n职　　务：校长\n参加工作时间：1993.07\n入党时间：1995.06\n工作经历：\n' +
      '1994.07—2011.05　某某中学教师、副校长\n其间：2006.09—2008.12在某某大学在职研究生学习\n2011.05—　某某中学校长\n' +
      '分　　工：主持学校全面工作。\n\n姓名：傅某某\n职务：政委\n分工：负责队伍建设。\n';
    const { dataset, report } = importText(text, { name: '某某中学' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['洪某某', ['校长']],
      ['傅某某', ['政委']],
    ]);
    expect(resumeOf(dataset, '洪某某')!.split('\n')).to.deep.equal([
      '参加工作时间：1993.07',
      '入党时间：1995.06',
      '1994.07—2011.05　某某中学教师、副校长',
      '其间：2006.09—2008.12在某某大学在职研究生学习',
      '2011.05—　某某中学校长',
    ]);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads 简历 and 工作分工 labels alone on their lines, and a résumé sentence that says 主持…项目', () => {
    const text =
      '领导简介\n\n万某某\n简历\n男，汉族，1975年7月生，研究员。现任某某市农业科学院院长。主持完成省部级科研项目5项。\n' +
      '工作分工\n主持院全面工作，分管办公室。\n\n廖某某\n简历\n女，1981年4月生。现任某某市农业科学院副院长。\n工作分工\n' +
      '负责科研管理工作。\n';
    const { dataset, report } = importText(text, { name: '某某市农业科学院' });
    expect(dataset.people.map((p) => [p.name.zh, p.portfolio?.zh])).to.deep.equal([
      ['万某某', '主持院全面工作'],
      ['廖某某', '负责科研管理工作。'],
    ]);
    expect(resumeOf(dataset, '万某某')).to.equal(
      '男，汉族，1975年7月生，研究员。现任某某市农业科学院院长。主持完成省部级科研项目5项。',
    );
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('takes the name and titles above a 某某，男，… paragraph as the same leader', () => {
    const text =
      '厅领导\n\n孔某某\n厅党组书记、厅长\n孔某某，男，汉族，1966年8月出生。\n主持厅全面工作。\n\n' +
      '副院长　吕某某\n吕某某，女，1972年3月生，医学硕士。\n分管医务部。\n';
    const { dataset, report } = importText(text, { name: '某某省民政厅' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.resume?.zh])).to.deep.equal([
      ['孔某某', ['厅党组书记', '厅长'], '男，汉族，1966年8月出生。'],
      ['吕某某', ['副院长'], '女，1972年3月生，医学硕士。'],
    ]);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("reads a tab table's columns by its header: a 简历 column, and an empty cell keeps its place", () => {
    const text =
      '某某区教育局领导班子\n姓名\t职务\t简历\t分工\n' +
      '吴某某\t党组书记、局长\t1992.07—2001.08 某某区实验小学教师；2019.05— 某某区教育局局长\t主持局全面工作\n' +
      '冯某\t副局长\t\t分管职业教育科、安全稳定科\n';
    const { dataset, report } = importText(text, { name: '某某区教育局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['吴某某', ['党组书记', '局长'], '主持局全面工作'],
      ['冯某', ['副局长'], undefined],
    ]);
    expect(resumeOf(dataset, '吴某某')).to.equal('1992.07—2001.08 某某区实验小学教师；2019.05— 某某区教育局局长');
    expect(resumeOf(dataset, '冯某')).to.equal(undefined);
    const fengs = dataset.people[1]!.supervises!.map((s) => dataset.units.find((u) => u.id === s.unitId)!.name.zh);
    expect(fengs).to.deep.equal(['职业教育科', '安全稳定科']);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it("gives a leader listed, then profiled, each post once, the profile's body-named title being the same", () => {
    const text =
      '某某市水利局\n领导班子成员\n副局长：夏某某\n\n夏某某\n女，汉族，1978年3月生。现任某某市水利局副局长。\n' +
      '负责农村水利工作。\n';
    const { dataset } = importText(text, { name: '某某市水利局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['夏某某', ['副局长']],
    ]);
  });

  it('reads a title heading above each leader, over a 某某，男 paragraph or a name and its titles', () => {
    const text =
      '主任\n李某福，男，汉族，1965年7月生。\n2016年12月—　　某某县人大常委会党组书记、主任\n' +
      '副主任\n张某兰，女，1969年11月生。\n2021年10月—　某某县人大常委会副主任\n\n' +
      '县长\n邓某龙\n县委副书记、县长\n2019年3月—至今　某某县委副书记、县长\n负责县政府全面工作。\n';
    const { dataset, report } = importText(text, { name: '某某县人大常委会' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['李某福', ['主任']],
      ['张某兰', ['副主任']],
      ['邓某龙', ['县委副书记', '县长']],
    ]);
    // The heading is not glued onto the résumé above it.
    expect(resumeOf(dataset, '李某福')!.split('\n').at(-1)).to.equal('2016年12月—　　某某县人大常委会党组书记、主任');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('takes a name of a surname it does not know before 男，, with the titles and name above it', () => {
    const text =
      '领导信息\n检察长\n艾尔肯·吐尔逊，男，维吾尔族，1974年6月生。\n2020.09—　某某县人民检察院检察长\n' +
      '副检察长　招某杰\n招某杰，男，汉族，1981年4月生。\n2021.02—　某某县人民检察院副检察长\n';
    const { dataset } = importText(text, { name: '某某县人民检察院' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['艾尔肯·吐尔逊', ['检察长']],
      ['招某杰', ['副检察长']],
    ]);
    expect(resumeOf(dataset, '艾尔肯·吐尔逊')!.split('\n').at(-1)).to.equal('2020.09—　某某县人民检察院检察长');
  });

  it('gives 职务 written before 姓名 to that record, and spaced labels keep their own lines', () => {
    const text =
      '领导信息\n职务：党组书记、局长\n姓名：包某军\n分工：主持局全面工作。\n性    别：男\n民    族：汉族\n\n' +
      '职务：副局长\n姓名：石某\n分工：负责种植业工作。\n';
    const { dataset, report } = importText(text, { name: '某某县农业农村局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['包某军', ['党组书记', '局长']],
      ['石某', ['副局长']],
    ]);
    expect(resumeOf(dataset, '包某军')).to.equal('性    别：男\n民    族：汉族');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('gives a profile of résumé fields alone to a leader the page names elsewhere', () => {
    const text =
      '某某市生态环境局领导分工\n局长张某华主持全面工作，分管办公室。\n领导简介\n张某华\n性别：男\n出生年月：1973年5月\n' +
      '简历：\n2019.03-今　某某市生态环境局局长\n';
    const { dataset, report } = importText(text, { name: '某某市生态环境局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['张某华', ['局长']],
    ]);
    expect(resumeOf(dataset, '张某华')).to.equal('性别：男\n出生年月：1973年5月\n2019.03-今　某某市生态环境局局长');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads a tab table by its header when a 序号 column comes first, the numbers being furniture', () => {
    const text =
      '某某乡人民政府领导班子成员\n序号\t姓名\t职务\t出生年月\t工作分工\n1\t唐某波\t乡党委书记\t1976.03\t主持乡党委全面工作\n' +
      '2\t罗某华\t乡党委副书记、乡长\t1981.07\t主持乡政府全面工作\n';
    const { dataset, report } = importText(text, { name: '某某乡人民政府' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['唐某波', ['乡党委书记'], '主持乡党委全面工作'],
      ['罗某华', ['乡党委副书记', '乡长'], '主持乡政府全面工作'],
    ]);
    // A column the dataset has no field for stays in the report, cell by cell.
    expect(unplaced(report)).to.deep.equal(['1976.03', '1981.07']);
  });

  it('reads titles and a name with 同志 above a profile or a leader without one, 党总支书记 among them', () => {
    const text =
      '学校领导\n党总支书记、校长　杨某华同志\n杨某华同志，1975年6月出生，中共党员。\n主持学校全面工作。\n\n' +
      '副校长　冯某国同志\n负责安全保卫工作。\n';
    const { dataset } = importText(text, { name: '某某市第三中学' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['杨某华', ['党总支书记', '校长'], '主持学校全面工作。'],
      ['冯某国', ['副校长'], '负责安全保卫工作。'],
    ]);
    expect(resumeOf(dataset, '杨某华')).to.equal('1975年6月出生，中共党员。');
  });

  it("takes a record's dated lines without a 简历 label for its résumé", () => {
    const text =
      '领导信息\n姓    名：方某明\n出生年月：1974.09\n职    务：党组书记、局长\n1996.08-2004.03　某某县财政局科员\n' +
      '2020.11-　　某某县审计局党组书记、局长\n分    工：主持局全面工作。\n';
    const { dataset, report } = importText(text, { name: '某某县审计局' });
    expect(resumeOf(dataset, '方某明')).to.equal(
      '出生年月：1974.09\n1996.08-2004.03　某某县财政局科员\n2020.11-　　某某县审计局党组书记、局长',
    );
    expect(dataset.people[0]!.portfolio?.zh).to.equal('主持局全面工作。');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads a title heading over a name line over a 某某，男 paragraph, and over a leader without a résumé', () => {
    const text =
      '厅领导\n\n厅长\n林某峰\n林某峰，男，汉族，1968年3月生。2021年6月任省交通运输厅党组书记、厅长。\n主持厅全面工作。\n\n' +
      '副厅长\n韩某松\n负责公路建设工作。\n';
    const { dataset, report } = importText(text, { name: '某省交通运输厅' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['林某峰', ['厅长'], '主持厅全面工作。'],
      ['韩某松', ['副厅长'], '负责公路建设工作。'],
    ]);
    expect(resumeOf(dataset, '林某峰')).to.equal('男，汉族，1968年3月生。2021年6月任省交通运输厅党组书记、厅长。');
    expect(dataset.organization.duties ?? []).to.deep.equal([]);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads a name line with 职务： and résumé fields under it, and 职务：NAME同志 over fact fields', () => {
    const text =
      '欧阳某宇\n职务：党组书记、局长\n出生年月：1973年6月\n简历：\n2020年10月至今　南岸市水利局局长\n' +
      '分工：主持局全面工作。\n\n镇长：李某梅同志\n性别：女　　民族：汉族\n工作分工：主持镇政府全面工作。\n';
    const { dataset, report } = importText(text, { name: '南岸市水利局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['欧阳某宇', ['党组书记', '局长'], '主持局全面工作。'],
      ['李某梅', ['镇长'], '主持镇政府全面工作。'],
    ]);
    expect(resumeOf(dataset, '欧阳某宇')).to.equal('出生年月：1973年6月\n2020年10月至今　南岸市水利局局长');
    expect(resumeOf(dataset, '李某梅')).to.equal('性别：女　　民族：汉族');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads a table of leaders, then a 领导简历 section of NAME：résumé lines for them', () => {
    const text =
      '嘉禾市审计局领导班子\n\n姓名\t职务\t分管工作\n黎某华\t党组书记、局长\t主持局全面工作。\n' +
      '尤某玲\t副局长\t负责财政审计工作。\n\n领导简历\n\n黎某华：1994年7月参加工作，历任嘉禾市审计局科员、副局长。\n' +
      '尤某玲：2001年8月参加工作，历任嘉禾市审计局科员。\n';
    const { dataset, report } = importText(text, { name: '嘉禾市审计局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.resume?.zh])).to.deep.equal([
      ['黎某华', ['党组书记', '局长'], '1994年7月参加工作，历任嘉禾市审计局科员、副局长。'],
      ['尤某玲', ['副局长'], '2001年8月参加工作，历任嘉禾市审计局科员。'],
    ]);
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('takes Tibetan names and the surnames 萧 and 禤 for names', () => {
    const text =
      '领导信息\n姓名：扎西次仁\n职务：副主席\n分工：负责民族宗教工作。\n\n姓名：萧某华\n职务：副区长\n分工：负责教育工作。\n';
    const { dataset } = importText(text, { name: '某区' });
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['扎西次仁', '萧某华']);
  });

  it('reads a résumé that opens with professional titles under a name', () => {
    const text =
      '院领导\n\n院　长\n卢某华\n主任医师，教授，硕士研究生导师。\n1966年7月出生，汉族，中共党员。\n负责医院行政全面工作。\n';
    const { dataset, report } = importText(text, { name: '某某市人民医院' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['卢某华', ['院长'], '负责医院行政全面工作。'],
    ]);
    expect(resumeOf(dataset, '卢某华')).to.equal('主任医师，教授，硕士研究生导师。\n1966年7月出生，汉族，中共党员。');
    expect(unplaced(report)).to.deep.equal([]);
  });

  it('reads 职务：姓名 lines with a spaced title, two names after one title, a place before it, and 工作职责 below', () => {
    const text =
      '局领导\n局　长：胡某邦\n副局长：段某梅　倪某新\n总督察：章某群\n副局长：龚正\n\n' +
      '龙潭乡副乡长：蒙某胜\n工作职责：负责农业、林业工作，分管乡林业站。\n';
    const { dataset, report } = importText(text, { name: '某某市市场监督管理局' });
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh), p.portfolio?.zh])).to.deep.equal([
      ['胡某邦', ['局长'], undefined],
      ['段某梅', ['副局长'], undefined],
      ['倪某新', ['副局长'], undefined],
      ['章某群', ['总督察'], undefined],
      // A name may end in 正 (龚正), though a place's name may not end in 乡 or 县.
      ['龚正', ['副局长'], undefined],
      ['蒙某胜', ['龙潭乡副乡长'], '负责农业、林业工作'],
    ]);
    expect(unplaced(report)).to.deep.equal([]);
  });
  it("reads a résumé's dated entries on across a PDF's page number or a blank line", () => {
    for (const gap of ['第 1 页 共 2 页', '— 1 —', '']) {
      const text =
        '某某市政协领导\n\n副主席　卜某岚\n1990年9月—1994年7月　临江大学外语系学习\n' +
        `1994年7月—2006年3月　临江市外事侨务办公\n室科员\n${gap}\n2006年3月—2016年9月　临江市外事侨务办公室副主任\n` +
        '2022年1月—　临江市政协副主席\n\n秘书长　钱某东\n负责机关日常工作。\n';
      const { dataset } = importText(text);
      expect(resumeOf(dataset, '卜某岚'), gap || 'a blank line').to.equal(
        '1990年9月—1994年7月　临江大学外语系学习\n1994年7月—2006年3月　临江市外事侨务办公室科员\n' +
          '2006年3月—2016年9月　临江市外事侨务办公室副主任\n2022年1月—　临江市政协副主席',
      );
      expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['卜某岚', '钱某东']);
    }
  });

  it('reads a 工作简历 label alone on its line, and a résumé under 个人简历 that gives the name again', () => {
    const text =
      '某某交通投资集团有限公司\n领导班子\n\n喻某东\n董事长、党委书记\n个人简历\n' +
      '喻某东，男，1969年10月出生。1990年7月起在某某市交通局工作。\n工作分工\n主持集团全面工作。\n\n' +
      '柴某燕　党委委员、副总经理\n工作简历\n1993年7月起在某某市公路局工作，2019年5月起任现职。\n' +
      '分工：负责工程建设工作，分管工程管理部。\n';
    const { dataset, report } = importText(text);
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((x) => x.title.zh).join('、')])).to.deep.equal([
      ['喻某东', '董事长、党委书记'],
      ['柴某燕', '党委委员、副总经理'],
    ]);
    expect(resumeOf(dataset, '喻某东')).to.equal('男，1969年10月出生。1990年7月起在某某市交通局工作。');
    expect(resumeOf(dataset, '柴某燕')).to.equal('1993年7月起在某某市公路局工作，2019年5月起任现职。');
    expect(dataset.people.map((p) => p.portfolio?.zh)).to.deep.equal(['主持集团全面工作。', '负责工程建设工作']);
    expect(unplaced(report)).to.deep.equal([]);
  });
});
