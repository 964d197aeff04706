import { expect } from '@open-wc/testing';
import { shownGroups } from '../../src/duties/duty-items.js';
import type { DutyGroup } from '../../src/duties/duty-view.js';
import type { Duty } from '../../src/model/types.js';

const long = '负责全市国土空间规划和用途管制工作，拟订并组织实施土地、矿产等自然资源发展规划。'.repeat(4);
const duties: Duty[] = [
  { number: { zh: '（一）', en: '(1)' }, text: { zh: '负责耕地保护。', en: 'Protects farmland.' } },
  { text: { zh: long } },
];
const groups: DutyGroup[] = [
  { items: duties },
  { heading: { kind: 'strengthened' }, items: [{ text: { zh: '加强ＧＩＳ建设。' } }] },
];

describe('shownGroups', () => {
  it('shows each duty in the interface language when the data has it', () => {
    const [first] = shownGroups(groups, 'list', 'en', '');
    expect(first!.items[0]!.text).to.deep.equal({ text: 'Protects farmland.', lang: 'en' });
    expect(first!.items[0]!.number).to.deep.equal({ text: '(1)', lang: 'en' });
  });

  it('falls back to the Chinese, saying so, when a translation is missing', () => {
    const [first] = shownGroups(groups, 'list', 'en', '');
    expect(first!.items[1]!.text.lang).to.equal('zh-CN');
    expect(first!.items[1]!.number).to.equal(undefined);
  });

  it('gives every group and item a key that is unique in the list and the same on every call', () => {
    const keys = (lang: 'en' | 'zh-CN', query: string): string[] =>
      shownGroups(groups, 'list', lang, query).flatMap((g) => [g.key, ...g.items.map((i) => i.key)]);
    const once = keys('zh-CN', '');
    expect(new Set(once).size).to.equal(once.length);
    expect(keys('en', '耕地')).to.deep.equal(once);
  });

  it('keeps the keys of two lists apart', () => {
    const a = shownGroups(groups, 'a', 'zh-CN', '').flatMap((g) => g.items.map((i) => i.key));
    const b = shownGroups(groups, 'b', 'zh-CN', '').flatMap((g) => g.items.map((i) => i.key));
    expect(a.filter((k) => b.includes(k))).to.deep.equal([]);
  });

  it('collapses only the long duty, inside its text', () => {
    const [first] = shownGroups(groups, 'list', 'zh-CN', '');
    expect(first!.items[0]!.collapseAt).to.equal(undefined);
    expect(first!.items[1]!.collapseAt).to.be.greaterThan(0).and.lessThan(long.length);
  });

  it('marks the filter matches in the shown language, across full and half width', () => {
    const shown = shownGroups(groups, 'list', 'zh-CN', 'gis');
    const item = shown[1]!.items[0]!;
    expect(item.ranges.map((r) => item.text.text.slice(r.start, r.end))).to.deep.equal(['ＧＩＳ']);
    expect(shown[0]!.items.every((i) => i.ranges.length === 0)).to.equal(true);
  });

  it('keeps each group with its heading and items in order', () => {
    const shown = shownGroups(groups, 'list', 'zh-CN', '');
    expect(shown.map((g) => g.group)).to.deep.equal(groups);
    expect(shown[0]!.items.map((i) => i.duty)).to.deep.equal(duties);
  });
});
