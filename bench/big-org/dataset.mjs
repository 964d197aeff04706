// The big organisations: the tree of tests/fixtures/synthetic-org.ts (the generator the tests and
// bench-page.ts use: a bushy tree 5 to 8 levels deep, 21 to 33 units under the organisation),
// with the units renamed like a real bureau's (办公室, 耕地保护处, 姑苏土地利用管理科, 不动产登记中心…):
// Chinese only, 3 to 13 characters (5.6 on average), seeded, so every run sees the same names.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const FIXTURE = new URL('../../tests/fixtures/synthetic-org.ts', import.meta.url);

const PLACES = ['姑苏', '吴中', '相城', '吴江', '虎丘', '昆山', '太仓', '常熟', '张家港', '工业园区', '高新区'];
const FIELDS = (
  '办公 人事 财务 法规 信息 档案 规划 耕地保护 土地利用 地籍 测绘 矿产资源 地质环境 执法监察 不动产登记 ' +
  '综合 政策研究 行政审批 督查 宣传教育 安全生产 后勤服务 基层工作 信访 科技 审计 统计 应急 生态修复 土地储备'
).split(' ');
/** Name endings by depth: divisions and branches, then sections and teams, then the smallest offices. */
const ENDINGS = [
  ['处', '室', '分局', '中心', '支队'],
  ['科', '所', '大队', '中心', '部'],
  ['股', '站', '组', '中队', '窗口'],
];

/** mulberry32, as in the fixture: a small seeded generator of floats in [0, 1). */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let fixture;
/** syntheticOrg() from the TypeScript fixture, compiled once with esbuild. */
async function syntheticOrg(size, seed) {
  if (!fixture) {
    const { code } = await transform(await readFile(FIXTURE, 'utf8'), { loader: 'ts', format: 'esm' });
    fixture = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  }
  return fixture.syntheticOrg(size, seed);
}

/** A valid dataset (data/schema.json) of `size` units; the same object for the same size and seed. */
export async function bigOrg(size, seed = 15) {
  const dataset = await syntheticOrg(size, seed);
  const random = seeded(seed * 7919 + size);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const depth = new Map([[dataset.organization.id, 0]]);
  for (const unit of dataset.units) {
    const level = depth.get(unit.parentId) + 1;
    depth.set(unit.id, level);
    const place = random() < 0.25 ? pick(PLACES) : '';
    const manage = random() < 0.3 ? '管理' : '';
    unit.name = { zh: `${place}${pick(FIELDS)}${manage}${pick(ENDINGS[Math.min(level, ENDINGS.length) - 1])}` };
  }
  dataset.organization.name = { zh: `苏州市合成自然资源和规划局（${size}个机构）` };
  return dataset;
}

/** The unit under the organisation with the most units below it: the branch the bench folds. */
export function largestTopBranch(dataset) {
  const parent = new Map(dataset.units.map((u) => [u.id, u.parentId]));
  const count = new Map();
  for (const unit of dataset.units) {
    let id = unit.id;
    while (parent.get(id) !== dataset.organization.id) id = parent.get(id);
    count.set(id, (count.get(id) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1])[0];
}

/**
 * What the bench types into the find box: the two characters most units' names share (many
 * matches: the list and its count at their largest), and one unit's whole name (a few matches).
 */
export function findQueries(dataset) {
  const count = new Map();
  for (const { name } of dataset.units)
    for (const pair of new Set([...name.zh].slice(0, -1).map((c, i) => c + [...name.zh][i + 1])))
      count.set(pair, (count.get(pair) ?? 0) + 1);
  const common = [...count].sort((a, b) => b[1] - a[1])[0][0];
  return { common, name: dataset.units[dataset.units.length - 1].name.zh };
}
