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
import type { ImportResult, ReportEntry } from './types.js';

let simplifiedOf: Map<string, string> | undefined;

/** The text with the traditional characters the rules use in their simplified form (same length). */
export function toSimplified(text: string): string {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
      simplifiedOf.set(TRADITIONAL_PAIRS[i]!, TRADITIONAL_PAIRS[i + 1]!);
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

/** The text without whitespace: the copy's and the text's characters then stand at the same places. */
function compacted(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * The import of `copy` (the simplified copy of `text`) with every string taken back from `text`:
 * report passages by their offsets, dataset strings by where they stand in the copy.
 */
export function asWritten(result: ImportResult, text: string, copy: string): ImportResult {
  const composed = new Map(
    result.report.composed.map((c) => [c.text, c.pieces.map((p) => text.slice(p.start, p.end)).join('')]),
  );
  const copyCompact = compacted(copy);
  const textCompact = compacted(text);
  const seen = new Map<string, string>();
  const find = (s: string): string => {
    const whole = composed.get(s);
    if (whole !== undefined) return whole;
    const bare = compacted(s);
    const at = bare ? copyCompact.indexOf(bare) : -1;
    if (at < 0) return s;
    let k = at;
    let out = '';
    for (const ch of s) out += /\s/u.test(ch) ? ch : textCompact.slice(k, (k += ch.length));
    return out;
  };
  const written = (s: string): string => {
    let as = seen.get(s);
    if (as === undefined) seen.set(s, (as = find(s)));
    return as;
  };
  const dataset = mapText(result.dataset, written) as Dataset;
  // Names and unit names in the report's messages (这是某某的简历), as written.
  const names = [...seen].filter(([copied, as]) => copied !== as && copied.length <= 40);
  names.sort((a, b) => b[0].length - a[0].length);
  const entries = result.report.entries.map((e): ReportEntry => {
    const raw = text.slice(e.offset, e.end);
    let zh = e.message.zh;
    for (const [copied, as] of names) zh = zh.split(copied).join(as);
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
