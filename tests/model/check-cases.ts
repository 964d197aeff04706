import suzhou from '../../data/suzhou-land-resources-bureau.json';
import { badFixtures } from '../fixtures/bad-datasets.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { syntheticOrg } from '../fixtures/synthetic-org.js';
import { v2Dataset } from '../fixtures/v2-dataset.js';
import { checkInSteps, runSteps } from '../../src/model/validate-dataset.js';

// Inputs for the recorded-results test (check-results.test.ts): seeded mutations of every fixture,
// as objects, text and bytes, and objects JSON text cannot make (no prototype, inherited or hidden
// fields, holes). Deterministic, so the same list can be recorded once and compared on every run.

type Json = Record<string, any>;
export type CheckCase = readonly [name: string, input: () => unknown];

/** mulberry32: a small seeded generator of floats in [0, 1). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD: readonly unknown[] = [
  ...[null, 0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, 1, 2, 3, 21, 9999, true, false, [], {}, [{}], [1, 2]],
  ...['', ' ', '\t\n', 'x\u0001y', 'a\u202eb', 'a\u0085', '\u2068x', 'Bad Id', 'a--b', '-a', 'a-', 'ok-id-9'],
  ...['2023-02-30', '2024-02-29', '2100-02-29', '2000-02-29', '2024-13-01', '2024-04-31', '24-01-01'],
  ...['javascript:alert(1)', 'https://example.gov.cn/a', 'http://x', '//x', 'internal', 'party', 'other'],
  ...['x'.repeat(81), 'x'.repeat(201), 'x'.repeat(20001), '\u{20000}'.repeat(100), '\u{20000}'.repeat(201)],
  ...['\u{20000}'.repeat(10001), '\u{20000}\ud800', 'no-such-id', { zh: '' }, { zh: ' ' }, { en: 'x' }],
];
const KEYS = ['id', 'zh', 'en', 'extra', 'kind', 'heads', 'liaisons', 'aliases', 'number', 'date', '__proto__'];

/** Sets a field as JSON.parse does: an own field, even one named `__proto__`. */
function set(obj: Json, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Changes one place of `d`: removes, replaces, repeats or re-points it, or adds a field. */
function mutate(d: Json, next: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const places: [Json, string][] = [];
  const ids: string[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      places.push([v as Json, k]);
      if (k === 'id' && typeof child === 'string') ids.push(child);
      walk(child);
    }
  };
  walk(d);
  const [parent, key] = pick(places);
  const copy = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
  const units = Array.isArray(d.units) && d.units.length > 0 ? (d.units as Json[]) : undefined;
  switch (Math.floor(next() * 10)) {
    case 0:
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 1:
    case 2:
      parent[key] = copy(pick(ODD));
      break;
    case 3:
      parent[key] = pick(ids);
      break;
    case 4:
      if (Array.isArray(parent)) parent.push(copy(parent[Number(key)]));
      else set(parent, pick(KEYS), copy(pick(ODD)));
      break;
    case 5: {
      const unit = units && pick(units);
      if (unit !== null && typeof unit === 'object') unit.parentId = pick(units!)?.id;
      break;
    }
    case 6:
      d.schemaVersion = pick([1, 2, 3, 1.5]);
      break;
    case 7:
      if (typeof parent[key] === 'string') parent[key] += pick(['\u0007', '\u2066', ' ', '/', '\u{20000}', 'A']);
      else set(parent, pick(KEYS), pick(ids));
      break;
    default:
      if (typeof parent[key] === 'object' && parent[key] !== null) set(parent[key], pick(KEYS), copy(pick(ODD)));
      else parent[key] = 'no-such-id';
  }
}

/** Points one id field (an id, a parent, a reference, a source) at another id or at none. */
function repoint(d: Json, next: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const places: [Json, string][] = [];
  const ids: string[] = ['no-such-id'];
  const walk = (v: unknown, inIds: boolean): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      if (typeof child === 'string' && (inIds || k === 'id' || k.endsWith('Id'))) places.push([v as Json, k]);
      if (k === 'id' && typeof child === 'string') ids.push(child);
      walk(child, k === 'sourceIds' || k === 'about');
    }
  };
  walk(d, false);
  if (places.length === 0) return;
  const [parent, key] = pick(places);
  parent[key] = next() < 0.1 && typeof parent[key] === 'string' ? `/${String(parent[key])}` : pick(ids);
}

const BASES: readonly (readonly [string, () => Json])[] = [
  ['small', smallDataset],
  ['v2', v2Dataset],
  ['suzhou', () => JSON.parse(JSON.stringify(suzhou)) as Json],
  ['synthetic', () => syntheticOrg(120, 5) as Json],
];

/** `data` rebuilt with objects JSON.parse never makes. */
function oddObjects(data: Json, next: () => number): unknown {
  const rebuild = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = v.map(rebuild);
      if (next() < 0.05) delete out[0]; // a hole
      return out;
    }
    const r = next();
    const out: Json = r < 0.15 ? Object.create(null) : r < 0.25 ? Object.create({ extra: 1, id: 'inherited' }) : {};
    for (const [k, child] of Object.entries(v)) {
      if (next() < 0.03) Object.defineProperty(out, k, { value: rebuild(child), enumerable: false });
      else out[k] = rebuild(child);
    }
    return out;
  };
  return rebuild(data);
}

/** Every case, in a fixed order. */
export function checkCases(): CheckCase[] {
  const cases: CheckCase[] = badFixtures.map((b) => [`bad: ${b.mistake}`, b.input]);
  const next = random(20261203);
  for (const [name, base] of BASES) {
    for (let i = 0; i < 150; i++) {
      const data = base();
      const changes = i % 25 === 0 ? 80 : 1 + Math.floor(next() * 3);
      for (let c = 0; c < changes; c++) mutate(data, next);
      const text = JSON.stringify(data);
      const form = i % 4;
      const input =
        form === 0
          ? () => JSON.parse(text)
          : form === 1
            ? () => text
            : form === 2
              ? () => new TextEncoder().encode(text)
              : (
                  (seed) => () =>
                    oddObjects(JSON.parse(text) as Json, random(seed))
                )(Math.floor(next() * 1e9));
      cases.push([`${name} ${i}`, input]);
    }
    for (let i = 0; i < 60; i++) {
      const data = base();
      for (let c = 1 + Math.floor(next() * 4); c > 0; c--) repoint(data, next);
      const text = JSON.stringify(data);
      cases.push([`${name} ids ${i}`, i % 2 ? () => text : () => JSON.parse(text)]);
    }
  }
  return cases;
}

/** What the check says of an input: its verdict and each issue as the walkers hand it on (no message text). */
export interface CheckRecord {
  readonly ok: boolean;
  readonly issues: readonly string[];
}

/** A string's length, head and a hash of it all: the long strings of the cases kept short. */
function abridge(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) + text.charCodeAt(i)) | 0;
  return `${text.slice(0, 16)}…(${text.length} units, #${(hash >>> 0).toString(16)})`;
}

const encode = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v === undefined ? '(undefined)' : typeof v === 'string' && v.length > 40 ? abridge(v) : v,
  );

/** The check of `input`, each stage heard as parseDataset hears it (at most `cap` issues). */
export function recordCheck(input: unknown): CheckRecord {
  let issues: string[] = [];
  const dataset = runSteps(
    checkInSteps(input, (cap) => {
      const heard: string[] = (issues = []);
      return (path, code, said) => {
        // The engine writes these details, and another engine or version writes them otherwise.
        const named = said[0] === 'notJson' || said[0] === 'unreadable' ? [said[0]] : said;
        if (heard.length < cap) heard.push(`${path} ${code} ${encode(named)}`);
        return heard.length >= cap;
      };
    }),
  );
  return { ok: dataset !== undefined, issues };
}
