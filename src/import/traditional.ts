/**
 * Texts in traditional characters (a wiki's 三定 in 繁體, a Hong Kong mirror of a 领导分工 page).
 * The importer's rules are written in simplified characters, so such a text is read through a
 * copy with each traditional character the rules use replaced by its simplified form, one UTF-16
 * unit for one, so every offset in the copy is the same offset in the text. What the dataset and
 * the report say is then taken back from the text as written: nothing is converted.
 */
import type { Dataset } from '../model/types.js';
import { TRADITIONAL_PAIRS } from './traditional-map.js';
import { REPORT_TEXT_MAX } from './report.js';
import { joinLines, type Provenance } from './spans.js';
import type { ImportResult, ReportEntry } from './types.js';

let simplifiedOf: Map<string, string> | undefined;
/** Punctuation of Hong Kong and Taiwan texts, read as the rules write it: 「」『』 quotes, ︰ colon, ‧ dot. */
const PUNCTUATION = '「“」”『‘』’︰：‧·';

/** The text with the traditional characters the rules use in their simplified form (same length). */
export function toSimplified(text: string): string {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    for (const pairs of [TRADITIONAL_PAIRS, PUNCTUATION])
      for (let i = 0; i + 1 < pairs.length; i += 2) simplifiedOf.set(pairs[i]!, pairs[i + 1]!);
  }
  let out = '';
  let changed = false;
  for (const ch of text) {
    const simple = ch.length === 1 ? simplifiedOf.get(ch) : undefined;
    if (simple) changed = true;
    out += simple ?? ch;
  }
  return changed ? out : text;
}

/**
 * The import of `copy` (the simplified copy of `text`) with every string taken back from `text`:
 * report passages by their offsets, dataset strings from where the import took them
 * (`provenance`: 于海 the name, not 关于海洋 of a duty); strings it put together, from their pieces;
 * any other by where it stands in the copy, placed text first.
 */
export function asWritten(
  result: ImportResult,
  text: string,
  copy: string,
  provenance: Provenance,
  placed: (span: { start: number; end: number }) => boolean,
): ImportResult {
  const composed = new Map(
    result.report.composed.map((c) => [c.text, c.pieces.map((p) => text.slice(p.start, p.end)).join('')]),
  );
  // The copy without whitespace, and where each of its characters stands in the copy (and so in
  // the text: the two differ only in characters, never in length).
  let bare = '';
  const at: number[] = [];
  for (let i = 0; i < copy.length; i++)
    if (!/\s/u.test(copy[i]!)) {
      bare += copy[i];
      at.push(i);
    }
  const find = (s: string): string => {
    const whole = composed.get(s);
    if (whole !== undefined) return whole;
    // Taken from one place in the copy: the same place in the text.
    const from = provenance.get(s);
    if (from) {
      const own = text.slice(from.span.start, from.span.end);
      return from.compact ? own.replace(/\s+/g, '') : joinLines(own);
    }
    const wanted = s.replace(/\s+/gu, '');
    if (!wanted) return s;
    let best = -1;
    for (let k = bare.indexOf(wanted); k >= 0; k = bare.indexOf(wanted, k + 1)) {
      if (best < 0) best = k;
      if (placed({ start: at[k]!, end: at[k + wanted.length - 1]! + 1 })) {
        best = k;
        break;
      }
    }
    if (best < 0) return s;
    let k = best;
    let out = '';
    for (const ch of s) out += /\s/u.test(ch) ? ch : text.slice(at[k]!, at[(k += ch.length) - 1]! + 1);
    return out;
  };
  const seen = new Map<string, string>();
  const written = (s: string): string => {
    let as = seen.get(s);
    if (as === undefined) seen.set(s, (as = find(s)));
    return as;
  };
  const dataset = mapText(result.dataset, written) as Dataset;
  // Names of people, units and the organisation in the report's messages (这是某某的简历), as written.
  const names = [
    [result.dataset.organization.name.zh, dataset.organization.name.zh],
    ...result.dataset.people.map((p, i) => [p.name.zh, dataset.people[i]!.name.zh]),
    ...result.dataset.units.map((u, i) => [u.name.zh, dataset.units[i]!.name.zh]),
  ].filter(([copied, as]) => copied !== as);
  names.sort((a, b) => b[0]!.length - a[0]!.length);
  const entries = result.report.entries.map((e): ReportEntry => {
    const raw = text.slice(e.offset, e.end);
    let zh = e.message.zh;
    for (const [copied, as] of names) zh = zh.split(copied!).join(as!);
    return {
      ...e,
      text: raw.length > REPORT_TEXT_MAX ? `${raw.slice(0, REPORT_TEXT_MAX)}…` : raw,
      message: { ...e.message, zh },
    };
  });
  return {
    dataset,
    report: {
      ...result.report,
      entries,
      composed: result.report.composed.map((c) => ({ ...c, text: composed.get(c.text)! })),
    },
  };
}

/** A copy of `value` with every `zh` string (LocalText's Chinese) passed through `map`. */
function mapText(value: unknown, map: (s: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapText(v, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, key === 'zh' && typeof v === 'string' ? map(v) : mapText(v, map)]),
  );
}
