import { expect } from '@open-wc/testing';
import { importText } from '../../src/import/index.js';
import { findLabels, sequenceLabels } from '../../src/import/numbering.js';
import { names, unit } from './dataset-helpers.js';

// Numbering and unit names of township, street and county pages (a fourth review's inputs).

describe('numbering: （1） and ①', () => {
  it('reads (1), （2） and ① ② as labels where a list can start, not inside a sentence', () => {
    const text = '（1）甲；\n(2)乙；\n依照（3）款办理。\n①丙\n②丁';
    const kept = sequenceLabels(findLabels(text));
    expect(kept.map((l) => [text.slice(l.start, l.end), l.value])).to.deep.equal([
      ['（1）', 1],
      ['(2)', 2],
      ['①', 1],
      ['②', 2],
    ]);
  });
});

describe('importText on street and county pages', () => {
  it('reads units numbered (1) （2）, each with its duty after the colon', () => {
    const text =
      '某某街道办事处内设机构：\n（1）党工委办公室：负责党务、组织、纪检工作。\n' +
      '（2）城管科：负责辖区内的城市建设和管理。\n(3)社会事务管理科:负责民政、社会保障工作。\n';
    const { dataset } = importText(text, { name: '某某街道办事处' });
    expect(names(dataset)).to.deep.equal(['党工委办公室', '城管科', '社会事务管理科']);
    expect(unit(dataset, '城管科').duties!.map((d) => d.text.zh)).to.deep.equal(['负责辖区内的城市建设和管理。']);
  });

  it('gives a unit the (1) (2) items under its heading as its numbered duties', () => {
    const text =
      '二、内设机构\n（一）办公室\n负责机关日常运转。\n（二）就业促进科\n（1）拟订就业创业政策；\n' +
      '（2）负责失业保险相关工作。\n（三）养老保险科\n负责养老保险政策。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(names(dataset)).to.deep.equal(['办公室', '就业促进科', '养老保险科']);
    expect(unit(dataset, '就业促进科').duties).to.deep.equal([
      { number: { zh: '（1）' }, text: { zh: '拟订就业创业政策；' } },
      { number: { zh: '（2）' }, text: { zh: '负责失业保险相关工作。' } },
    ]);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it('reads names with 工作 before their ending (党建工作办公室, 社会工作部) as units', () => {
    const text =
      '内设机构\n党建工作办公室：负责党的建设工作。\n社会工作部：负责社会工作和志愿服务。\n' +
      '老干部工作局：负责离退休干部服务。\n';
    const { dataset } = importText(text, { name: '某县委' });
    expect(names(dataset)).to.deep.equal(['党建工作办公室', '社会工作部', '老干部工作局']);
  });

  it('takes no notice title that sets a body up (成立…领导小组) for the name of the body that wrote it', () => {
    const text = '成立全区河长制工作领导小组\n为全面推行河长制，决定成立区河长制工作领导小组。\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.name.zh).not.to.contain('成立');
  });
});

describe('importText: the bracket after a numbered unit’s name', () => {
  it('reads （挂…牌子） as a second name and （正股级） as the rank, never as a duty, even wrapped', () => {
    const text =
      '内设机构\n（一）办公室（挂农村改革与合作经济\n股牌子）。负责机关日常运转。\n' +
      '（二）规划股（加挂测绘股牌子）。负责规划工作。\n（三）执法大队（正股级）。负责执法工作。\n';
    const { dataset, report } = importText(text, { name: '某局' });
    expect(unit(dataset, '办公室').aliases).to.deep.equal([{ zh: '农村改革与合作经济股' }]);
    expect(unit(dataset, '规划股').aliases).to.deep.equal([{ zh: '测绘股' }]);
    expect(unit(dataset, '执法大队').rank).to.deep.equal({ zh: '正股级' });
    expect(dataset.units.map((u) => u.duties!.map((d) => d.text.zh))).to.deep.equal([
      ['负责机关日常运转。'],
      ['负责规划工作。'],
      ['负责执法工作。'],
    ]);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });
});

describe('importText on hospital, school and town pages', () => {
  it('reads a hospital’s 临床科室 / 医技科室 lists of names as its units, not as the last unit’s duties', () => {
    const text =
      '某某县人民医院\n职能科室\n1.医务科：负责医疗质量管理。\n2.护理部：负责全院护理管理。\n' +
      '临床科室\n内科、外科、儿科。\n医技科室\n检验科、放射科。\n';
    const { dataset, report } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某县人民医院');
    expect(names(dataset)).to.deep.equal(['医务科', '护理部', '内科', '外科', '儿科', '检验科', '放射科']);
    expect(unit(dataset, '护理部').duties!.map((d) => d.text.zh)).to.deep.equal(['负责全院护理管理。']);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });

  it('ends a unit’s duties at a contact line, which the report keeps', () => {
    const text =
      '某某市第一中学\n内设机构\n1.团委：负责学生活动的组织和开展。联系电话：0000-1234567\n2.教务处：负责教学管理。\n';
    const { dataset, report } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某市第一中学');
    expect(unit(dataset, '团委').duties!.map((d) => d.text.zh)).to.deep.equal(['负责学生活动的组织和开展。']);
    expect(report.entries.some((e) => e.kind === 'unplaced' && e.text.includes('0000-1234567'))).to.equal(true);
  });

  it('takes 院领导, 镇领导 and the like for the leaders’ heading, and a town on the first line for the body', () => {
    const text = '某某镇\n镇领导\n党委书记 覃建军\n主持镇党委全面工作。\n';
    const { dataset, report } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某镇');
    expect(dataset.people.map((p) => p.name.zh)).to.deep.equal(['覃建军']);
    expect(report.entries.filter((e) => e.kind === 'unplaced').map((e) => e.text)).to.deep.equal([]);
  });
});

describe('importText: duties written as one paragraph, and one post held by several people', () => {
  it('gives each 一是…；二是…；… clause its own duty, numbered as written', () => {
    const text =
      '某某县机关事务服务中心\n主要职责：一是负责办公用房管理；二是负责公务用车保障；三是完成交办的其他工作。\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.duties).to.deep.equal([
      { number: { zh: '一是' }, text: { zh: '负责办公用房管理；' } },
      { number: { zh: '二是' }, text: { zh: '负责公务用车保障；' } },
      { number: { zh: '三是' }, text: { zh: '完成交办的其他工作。' } },
    ]);
  });

  it('reads 副院长：王芳、赵志刚、孙丽 as three leaders who each hold the post', () => {
    const text = '某某县中医医院\n院领导\n院长：李明华\n副院长：王芳、赵志刚、孙丽\n';
    const { dataset, report } = importText(text, {});
    expect(dataset.people.map((p) => [p.name.zh, p.posts.map((t) => t.title.zh)])).to.deep.equal([
      ['李明华', ['院长']],
      ['王芳', ['副院长']],
      ['赵志刚', ['副院长']],
      ['孙丽', ['副院长']],
    ]);
    expect(report.entries.filter((e) => e.kind === 'unplaced')).to.deep.equal([]);
  });
});

describe('importText on a street office’s counted lists', () => {
  it('reads both clauses of a joint subject’s counted lists with their kinds, then their duties, once each', () => {
    const text =
      '某某街道办事处\n机构设置\n街道党工委、办事处设置党政综合办公室、城市管理办公室2个内设机构，' +
      '设置党群服务中心、退役军人服务站2个事业单位。\n内设机构职责\n党政综合办公室：负责日常运转。\n' +
      '城市管理办公室：负责市容环境卫生。\n事业单位职责\n党群服务中心：负责党群服务阵地运行管理。\n' +
      '退役军人服务站：负责退役军人服务保障工作。\n';
    const { dataset } = importText(text, {});
    expect(dataset.units.map((u) => [u.name.zh, u.kind, u.duties!.length])).to.deep.equal([
      ['党政综合办公室', 'internal', 1],
      ['城市管理办公室', 'internal', 1],
      ['党群服务中心', 'affiliated', 1],
      ['退役军人服务站', 'affiliated', 1],
    ]);
  });

  it('reads a town’s list after 镇党委、镇政府内设…', () => {
    const text = '某某镇\n镇党委、镇政府内设党政综合办公室、经济发展办公室2个内设机构。\n';
    expect(names(importText(text, {}).dataset)).to.deep.equal(['党政综合办公室', '经济发展办公室']);
  });
});

describe('importText: a page titled 某某镇机构职能', () => {
  it('reads its first line as the title over an introduction, not as a list of duties', () => {
    const text =
      '某某镇机构职能\n某某镇位于县境东部，辖12个行政村。\n镇党委、镇政府内设党政综合办公室、经济发展办公室2个内设机构。\n' +
      '主要职责\n（一）负责辖区经济发展。\n（二）完成县委、县政府交办的其他任务。\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('某某镇');
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '负责辖区经济发展。',
      '完成县委、县政府交办的其他任务。',
    ]);
    expect(names(dataset)).to.deep.equal(['党政综合办公室', '经济发展办公室']);
  });
});

describe('importText: a cue in the middle of a paragraph', () => {
  it('opens the duties at 主要职责是： after a sentence, and gives each 一是… its own duty', () => {
    const text =
      '平湖社区工作站\n平湖社区工作站设站长1名，现有聘员72名。主要职责是：一是实行“一站式”服务；二是处理居民公共事务；三是完成上级交办的其他任务。\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.duties!.map((d) => [d.number?.zh, d.text.zh])).to.deep.equal([
      ['一是', '实行“一站式”服务；'],
      ['二是', '处理居民公共事务；'],
      ['三是', '完成上级交办的其他任务。'],
    ]);
  });
});

describe('importText: a unit’s own page', () => {
  it('reads 某某科（第二名称）。组织实施… under the name line as the unit’s second names and duties', () => {
    const text =
      '疾病预防控制科\n\n疾病预防控制科(卫生应急办公室、食品安全标准与监测评估科)。组织实施国家免疫规划。承担卫生应急工作。\n' +
      '负责人:谭易\n';
    const { dataset } = importText(text, {});
    expect(dataset.organization.name.zh).to.equal('疾病预防控制科');
    expect(dataset.organization.aliases!.map((a) => a.name.zh)).to.deep.equal([
      '卫生应急办公室',
      '食品安全标准与监测评估科',
    ]);
    expect(dataset.organization.duties!.map((d) => d.text.zh)).to.deep.equal([
      '组织实施国家免疫规划。承担卫生应急工作。',
    ]);
  });
});

describe('importText: a centre’s partial counted lists', () => {
  it('reads 下设甲、乙等6个行政科室，丙、丁等10个业务科室 as the units it names', () => {
    const text =
      '某某市疾病预防控制中心是副处级全额事业单位。中心下设办公室、财务科等6个行政科室，传染病防制科、免疫规划科等10个业务科室。\n';
    expect(names(importText(text, {}).dataset)).to.deep.equal(['办公室', '财务科', '传染病防制科', '免疫规划科']);
  });
});
