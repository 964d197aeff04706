import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildChartTree, type ChartNode } from '../../src/chart/chart-tree.js';
import { DEFAULT_BOX_STYLE } from '../../src/elements/org-chart/box-style.js';
import { NodeMetrics } from '../../src/elements/org-chart/node-metrics.js';
import { messagesFor } from '../../src/i18n/index.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import type { Dataset } from '../../src/model/types.js';
import { smallDataset } from '../fixtures/small-dataset.js';

// Every box is sized without making its lines (`size`), and the boxes on screen get their lines
// (`content`): the two must always agree, or a box would not fit its text.

const style = { ...DEFAULT_BOX_STYLE, labelFont: '600 15px "Noto Sans SC Variable", sans-serif' };
const unit = (zh: string, en?: string, dutyCount = 0): ChartNode => ({
  id: 'u',
  type: 'unit',
  entityId: 'u',
  label: { zh, ...(en === undefined ? {} : { en }) },
  aliases: [],
  unitKind: 'internal',
  dutyCount,
  children: [],
});

describe('NodeMetrics', () => {
  const metrics = new NodeMetrics();

  it('sizes every box of a chart as its full content does, in both languages', () => {
    const tree = buildChartTree(parseDataset(smallDataset()).dataset as Dataset, 'structure');
    const all = (n: ChartNode): ChartNode[] => [n, ...n.children.flatMap(all)];
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = messagesFor(lang);
      for (const node of all(tree)) {
        const { width, height } = metrics.content(node, style, lang, t);
        expect(metrics.size(node, style, lang, t), `${node.id} ${lang}`).to.deep.equal({ width, height });
      }
    }
  });

  it("writes each unit's kind and rank line in the language asked for, however often it is asked", () => {
    const ranked = (zh: string, en?: string): ChartNode => ({ ...unit('规划处'), rank: { zh, ...(en ? { en } : {}) } });
    for (const lang of ['zh-CN', 'en', 'zh-CN'] as const) {
      const t = messagesFor(lang);
      const chief = metrics.content(ranked('正处级', 'Division level'), style, lang, t).detail;
      expect(chief).to.equal(`${t.unitKinds.internal} · ${lang === 'en' ? 'Division level' : '正处级'}`);
      expect(metrics.content(ranked('正处级'), style, lang, t).detail).to.equal(`${t.unitKinds.internal} · 正处级`);
      expect(metrics.content(ranked('副处级', 'Deputy'), style, lang, t).detail).to.contain(
        lang === 'en' ? 'Deputy' : '副处级',
      );
      expect(metrics.content({ ...unit('科'), unitKind: undefined }, style, lang, t).detail).to.equal('');
    }
  });

  it('sizes any name, Chinese, English or mixed, long or short, as its wrapped lines make it', () => {
    const chars = fc.constantFrom(...'国土资源规划局耕地保护处苏州（）、· Land Use and GIS 2024-'.match(/./gu)!);
    fc.assert(
      fc.property(
        fc.array(chars, { minLength: 1, maxLength: 40 }),
        fc.nat(12),
        fc.boolean(),
        (list, duties, english) => {
          const name = list.join('');
          const node = unit(name, english ? `${name} Office` : undefined, duties);
          for (const lang of ['zh-CN', 'en'] as const) {
            const t = messagesFor(lang);
            const { width, height } = metrics.content(node, style, lang, t);
            expect(metrics.size(node, style, lang, t), `${name} ${lang}`).to.deep.equal({ width, height });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('wraps a long Chinese name onto more lines, never wider than its box', () => {
    const t = messagesFor('zh-CN');
    const long = metrics.content(unit('苏州市自然资源和规划局不动产登记中心姑苏分中心'), style, 'zh-CN', t);
    expect(long.lines.length).to.be.above(1);
    expect(long.lines.join('')).to.equal('苏州市自然资源和规划局不动产登记中心姑苏分中心');
    const short = metrics.content(unit('办公室'), style, 'zh-CN', t);
    expect(long.height).to.be.above(short.height);
  });
  it('gives the list the words of every box without measuring a character', () => {
    const tree = buildChartTree(parseDataset(smallDataset()).dataset as Dataset, 'structure');
    const fresh = new NodeMetrics();
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    let measured = 0;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured++;
      return measureText.call(this, text);
    };
    try {
      for (const lang of ['zh-CN', 'en'] as const) {
        const t = messagesFor(lang);
        const walk = (node: ChartNode): void => {
          const before = measured;
          const text = fresh.text(node, lang, t);
          expect(measured, `${lang} ${node.id}: measured`).to.equal(before);
          const box = metrics.content(node, style, lang, t);
          const { label, labelLang, detail, meta } = box;
          expect(text, node.id).to.deep.equal({ label, labelLang, detail, meta });
          // The box's lines keep the spaces they broke at: joined, they are the list's label.
          expect(box.lines.join(''), node.id).to.equal(text.label);
          node.children.forEach(walk);
        };
        walk(tree);
      }
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });
});
