// Runs in headless Chromium (see run.mjs): times parse, layout and first render of synthetic orgs.
import '../src/define/org-chart.js';
import { parseDataset } from '../src/model/parse-dataset.js';
import { buildChartTree } from '../src/chart/chart-tree.js';
import { allExpandable, indexChart, layoutInput } from '../src/chart/chart-visibility.js';
import { layoutTree } from '../src/layout/layout-tree.js';
import { syntheticOrg } from '../tests/fixtures/synthetic-org.js';
import type { Dataset } from '../src/model/types.js';

// ?sizes=10000&runs=1 narrows a run (e.g. with `npm run bench -- --profile`).
const params = new URLSearchParams(location.search);
const SIZES = params.get('sizes')?.split(',').map(Number) ?? [100, 1_000, 10_000];
const RUNS = Number(params.get('runs') ?? 7);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

async function time(run: () => unknown): Promise<number> {
  collect();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function firstRender(data: Dataset, expandDepth: number): Promise<{ ms: number; items: number }> {
  const el = document.createElement('org-chart');
  el.expandDepth = expandDepth;
  el.data = data;
  collect();
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  await frame(); // the browser has laid out and painted the first frame
  const ms = performance.now() - start;
  const items = el.querySelectorAll('[role="treeitem"]').length;
  el.remove();
  return { ms, items };
}

const results: Record<string, number | string>[] = [];
for (const size of SIZES) {
  const json = syntheticOrg(size, 7);
  const parse: number[] = [];
  const layout: number[] = [];
  const renderOpen: number[] = [];
  const renderAll: number[] = [];
  let rendered = 0;
  let shown = 0;
  let data: Dataset | undefined;
  for (let i = 0; i < RUNS; i++) {
    parse.push(await time(() => (data = parseDataset(json).dataset)));
    const tree = buildChartTree(data!, 'structure');
    const open = allExpandable(tree);
    layout.push(
      await time(() =>
        layoutTree(
          layoutInput(tree, open, () => ({ width: 120, height: 60 })),
          { stackThreshold: 2, stackRows: 4 },
        ),
      ),
    );
    renderOpen.push((await firstRender(data!, 2)).ms);
    const all = await firstRender(data!, 99);
    renderAll.push(all.ms);
    rendered = all.items;
    shown = indexChart(tree).size;
  }
  results.push({
    units: size,
    'parse ms': +median(parse).toFixed(1),
    'layout ms (all open)': +median(layout).toFixed(1),
    'first render ms (2 levels open)': +median(renderOpen).toFixed(1),
    'first render ms (all open)': +median(renderAll).toFixed(1),
    'treeitems in DOM (all open)': `${rendered} of ${shown}`,
  });
}
(window as unknown as { benchResults: unknown }).benchResults = results;
