// `node bench/big-org/profile.mjs --size 20000 [--dist dist] [--runs 3] [--top 40] [--tasks]
// [--under <function> --depth 2]`: where a cold first paint of our chart goes. One fresh browser
// context per run, a Chrome trace (timeline and V8 sampling profiler) of ours.html, cut at the
// first chart paint. Prints the main thread's time before it by kind (script, style, layout,
// paint, parse, GC), the longest tasks, and the functions by self and total time, or what runs
// below one function (medians over the runs). Names are readable from a build without terser
// (a rollup config that drops the plugin, output given as --dist); minified ones still add up.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from '../../scripts/find-chrome.mjs';
import { serve } from '../lib/serve.mjs';
import { median } from '../lib/stats.mjs';
import { bigOrg } from './dataset.mjs';
import { VIEWPORT } from './measure.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const SIZE = Number(option('size', 20000));
const RUNS = Number(option('runs', 3));
const TOP = Number(option('top', 40));
const DIST = path.resolve(ROOT, option('dist', 'dist'));
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'v8.execute',
];

/** Marks `first-chart-paint` as measure.mjs times it: the task after the first frame with a box. */
function instrument() {
  const poll = () => {
    const box = document.querySelector('org-chart [role="treeitem"]');
    if (!box || box.getBoundingClientRect().width === 0) return requestAnimationFrame(poll);
    setTimeout(() => {
      performance.mark('first-chart-paint');
      window.__painted = true;
    }, 0);
  };
  requestAnimationFrame(poll);
}

const json = JSON.stringify(await bigOrg(SIZE));
const routes = { [`/data/org-${SIZE}.json`]: async () => json };
// The entry and any chunks it loads, from --dist.
for (const file of await readdir(DIST)) routes[`/dist/${file}`] = () => readFile(path.join(DIST, file));
const server = await serve(ROOT, routes);
const browser = await chromium.launch(await browserLaunchOptions());

/** One cold visit's trace events. */
async function traced() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${server.origin}/bench/big-org/ours.html?size=${SIZE}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__painted, null, { timeout: 300_000, polling: 50 });
    await page.waitForTimeout(300);
    return JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  } finally {
    await context.close();
  }
}

const KINDS = {
  script: [
    'EvaluateScript',
    'v8.compile',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'EventDispatch',
    'v8.evaluateModule',
    'V8.CompileCode',
    'ResourceReceivedData',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  html: ['ParseHTML'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'],
};

/** Summary of one trace, up to the first chart paint. */
function analyse(events) {
  const mark = events.find((e) => e.name === 'first-chart-paint' && e.cat.includes('user_timing'));
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'fetchStart');
  const main = mark ? mark.pid : undefined;
  const tid = events.find((e) => e.pid === main && e.name === 'thread_name' && e.args.name === 'CrRendererMain')?.tid;
  const end = mark.ts;
  const start = nav?.ts ?? Math.min(...events.filter((e) => e.pid === main && e.ts > 0).map((e) => e.ts));
  const onMain = events.filter((e) => e.pid === main && e.tid === tid && e.ph === 'X' && e.ts < end);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= start);
  const busy = tasks.reduce((s, e) => s + Math.min(e.dur, end - e.ts), 0);
  // Kinds: the outermost event of each kind inside tasks (nested ones of the same kind not twice).
  const byKind = {};
  for (const [kind, names] of Object.entries(KINDS)) {
    const of = onMain.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let until = -Infinity;
    for (const e of of) {
      const e1 = Math.min(e.ts + e.dur, end);
      if (e.ts >= until) total += e1 - e.ts;
      else if (e1 > until) total += e1 - until;
      until = Math.max(until, e1);
    }
    byKind[kind] = total / 1000;
  }
  const longest = tasks
    .map((e) => ({ at: (e.ts - start) / 1000, ms: e.dur / 1000 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);
  // Each task of 2 ms or more: when, how long, and what ran in it (the timeline's own names).
  const what = (e) => {
    const d = e.args?.data ?? {};
    const at = d.url ? d.url.split('/').pop().split('?')[0] : '';
    return [e.name, d.functionName, d.type, at].filter(Boolean).join(' ');
  };
  const inside = (t) =>
    onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur >= 1000 && e.name !== 'RunTask');
  const timeline = tasks
    .filter((t) => t.dur >= 2000)
    .map((t) => ({
      at: (t.ts - start) / 1000,
      ms: t.dur / 1000,
      what: [...new Set(inside(t).slice(0, 4).map(what))].join(' > '),
    }));
  return {
    firstPaint: (end - start) / 1000,
    busy: busy / 1000,
    byKind,
    longest,
    timeline,
    ...profile(events, main, end),
  };
}

/** Self and total ms per function (name file:line) from the sampling profiler, samples before `end`. */
function profile(events, pid, end) {
  const nodes = new Map();
  const samples = [];
  let ts = 0;
  for (const e of events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') ts = e.args.data.startTime;
    const data = e.args.data.cpuProfile;
    for (const n of data?.nodes ?? []) nodes.set(n.id, { ...n });
    const deltas = e.args.data.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, k) => {
      ts += deltas[k] ?? 0;
      if (ts <= end) samples.push([id, (deltas[k] ?? 0) / 1000]);
    });
  }
  const name = (n) => {
    const f = n.callFrame;
    return `${f.functionName || '(anon)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber}` : ''}`;
  };
  const self = {};
  const total = {};
  // --under <name>: time below the outermost call of a function, by the path of the next two calls.
  const focus = option('under', undefined);
  const under = {};
  for (const [id, ms] of samples) {
    const leaf = nodes.get(id);
    if (!leaf) continue;
    if (focus) {
      const stack = [];
      for (let n = leaf; n; n = nodes.get(n.parent)) stack.unshift(name(n));
      const at = stack.findIndex((f) => f.startsWith(`${focus} `));
      if (at >= 0) {
        const path = stack.slice(at + 1, at + 1 + Number(option('depth', 2))).join(' > ') || '(self)';
        under[path] = (under[path] ?? 0) + ms;
      }
    }
    self[name(leaf)] = (self[name(leaf)] ?? 0) + ms;
    const seen = new Set();
    for (let n = leaf; n; n = nodes.get(n.parent)) {
      const key = name(n);
      if (!seen.has(key)) total[key] = (total[key] ?? 0) + ms;
      seen.add(key);
    }
  }
  return { self, total, under };
}

const runs = [];
try {
  for (let r = 0; r < RUNS; r++) runs.push(analyse(await traced()));
} finally {
  await browser.close();
  await server.close();
}
const med = (f) => median(runs.map(f));
console.log(`${SIZE} units, ${RUNS} cold runs, medians (ms from navigation start)`);
console.log(
  `first chart paint ${med((r) => r.firstPaint).toFixed(0)}, main thread busy ${med((r) => r.busy).toFixed(0)}`,
);
console.log(
  Object.keys(KINDS)
    .map((k) => `${k} ${med((r) => r.byKind[k]).toFixed(0)}`)
    .join(', '),
);
console.log(
  'longest tasks (run 1):',
  runs[0].longest.map((t) => `${t.ms.toFixed(0)} ms at ${t.at.toFixed(0)}`).join('; '),
);
if (process.argv.includes('--tasks'))
  for (const t of runs[0].timeline)
    console.log(`${t.at.toFixed(0).padStart(6)} +${t.ms.toFixed(0).padStart(4)}  ${t.what}`);
const table = (key) => {
  const names = new Set(runs.flatMap((r) => Object.keys(r[key])));
  return [...names]
    .map((n) => [n, med((r) => r[key][n] ?? 0)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP);
};
for (const key of option('under', undefined) ? ['under'] : ['self', 'total']) {
  console.log(`\n${key} ms`);
  for (const [n, ms] of table(key)) console.log(`${ms.toFixed(1).padStart(8)}  ${n}`);
}
