// Medians of the rounds, the per-round ratios to the baseline, and the goals next to them.
import { median } from '../lib/stats.mjs';

/** Issue 15's goals: reported beside the figures, never asserted. */
export const GOALS = {
  firstPaint: { 1000: 1.0, 20000: 0.25 }, // ours / baseline
  toggleMs: 100, // collapse or expand to paint, at 20,000 units
  findMs: 100, // the find box's results for the last keystroke, at 20,000 units
  heapRatio: 2, // heap our chart adds / the parsed dataset's heap, at 20,000 units
};

/** The find box, ours only: per query, first and last keystroke to paint, and the matches. */
const FIND = ['commonFirst', 'commonLast', 'commonMatches', 'nameFirst', 'nameLast', 'nameMatches'];

const ratio = (rounds, metric, of, to) => median(rounds.map((r) => r[of][metric] / r[to][metric]));

/** The pages a round holds, in the order of the tables. */
const pagesIn = (round) => ['ours', 'ours-before', 'baseline', 'd3-org-chart'].filter((name) => round[name]);

/** Summary of one size: `rounds` is a list of { ours, baseline, 'd3-org-chart'?, 'ours-before'?, heap? }. */
export function summarize(size, rounds) {
  const names = pagesIn(rounds[0]);
  const pages = Object.fromEntries(
    names.map((name) => [
      name,
      Object.fromEntries(
        [...['fcp', 'firstPaint', 'settled', 'collapse', 'expand', 'boxesInDom'], ...FIND].map((metric) => [
          metric,
          median(rounds.map((r) => r[name][metric])),
        ]),
      ),
    ]),
  );
  const ratios = {};
  for (const metric of ['fcp', 'firstPaint', 'settled', 'collapse', 'expand'])
    ratios[metric] = Object.fromEntries(
      names.filter((n) => n !== 'baseline').map((n) => [n, ratio(rounds, metric, n, 'baseline')]),
    );
  const heaps = rounds.filter((r) => r.heap).map((r) => r.heap);
  const heap = heaps.length
    ? {
        datasetBytes: median(heaps.map((h) => h.dataset)),
        chartAddsBytes: median(heaps.map((h) => h.chart)),
        ratio: median(heaps.map((h) => h.chart / h.dataset)),
      }
    : undefined;
  return { size, pages, ratios, heap };
}

const ms = (x) => (Number.isFinite(x) ? String(Math.round(x)) : '—');
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
const mb = (x) => `${(x / 2 ** 20).toFixed(1)} MB`;
const row = (...cells) => `| ${cells.join(' | ')} |`;
const goal = (value, limit, format) =>
  limit === undefined ? '—' : `≤ ${format(limit)}: ${value <= limit ? 'met' : 'not met'}`;

/** The Markdown tables. */
export function markdown(summaries) {
  const lines = [
    '| units | page | FCP ms | first chart paint ms | settled ms | first paint / baseline | goal |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { size, pages, ratios } of summaries)
    for (const name of Object.keys(pages)) {
      const p = pages[name];
      const r = name === 'baseline' ? 1 : ratios.firstPaint[name];
      const g = name === 'ours' ? goal(r, GOALS.firstPaint[size], times) : '';
      lines.push(row(size.toLocaleString('en'), name, ms(p.fcp), ms(p.firstPaint), ms(p.settled), times(r), g));
    }
  for (const { size, pages, ratios, heap } of summaries.filter((s) => s.heap)) {
    lines.push(
      '',
      `Folding the largest top-level branch at ${size.toLocaleString('en')} units ` +
        '(click on its toggle → end of the next frame):',
      '',
      '| page | collapse ms | expand ms | collapse / baseline | expand / baseline | goal |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const name of Object.keys(pages).filter((n) => n !== 'd3-org-chart')) {
      const p = pages[name];
      const r = name === 'baseline' ? [1, 1] : [ratios.collapse[name], ratios.expand[name]];
      const g = name === 'ours' ? goal(Math.max(p.collapse, p.expand), GOALS.toggleMs, (x) => `${x} ms`) : '';
      lines.push(row(name, ms(p.collapse), ms(p.expand), times(r[0]), times(r[1]), g));
    }
    lines.push(
      '',
      `The find box at ${size.toLocaleString('en')} units, typed a character at a time ` +
        '(input event → end of the frame showing its results; the box focused first):',
      '',
      '| page | query | matches | first keystroke ms | last keystroke ms | goal |',
      '| --- | --- | ---: | ---: | ---: | --- |',
    );
    for (const name of Object.keys(pages).filter((n) => n.startsWith('ours')))
      for (const [key, label] of [
        ['common', 'two common characters'],
        ['name', "a unit's whole name"],
      ]) {
        const p = pages[name];
        const g = name === 'ours' ? goal(p[`${key}Last`], GOALS.findMs, (x) => `${x} ms`) : '';
        lines.push(row(name, label, ms(p[`${key}Matches`]), ms(p[`${key}First`]), ms(p[`${key}Last`]), g));
      }
    lines.push(
      '',
      `JS heap at ${size.toLocaleString('en')} units (after garbage collection):`,
      '',
      '| parsed dataset | our chart adds | ratio | goal |',
      '| ---: | ---: | ---: | --- |',
      row(mb(heap.datasetBytes), mb(heap.chartAddsBytes), times(heap.ratio), goal(heap.ratio, GOALS.heapRatio, times)),
    );
  }
  return lines.join('\n');
}
