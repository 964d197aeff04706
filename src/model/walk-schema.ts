import type { IssueCode } from './types.js';
import type { JsonType, PlanNode, SchemaPlan } from './schema-plan.js';
import type { Report, Said } from './report.js';
import { deepFreeze } from './deep-freeze.js';
import { hasOwn, pointer } from './json-value.js';

export { MAX_ISSUES } from './report.js';

const patterns = new Map<string, RegExp>();
const BAD_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\u202a-\u202e\u2066-\u2069]/u;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function hasType(value: unknown, type: JsonType): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return Number.isFinite(value);
  if (type === 'array') return Array.isArray(value);
  return typeof value === type && value !== null && !Array.isArray(value);
}

/**
 * Checks `value` against a compiled schema (schema-plan.ts) in one walk, reporting each issue in
 * document order until `report` has heard enough. With `freeze`, every object and array of a
 * `value` that passes is frozen too, checking and freezing in one walk (pass only a value nobody
 * else holds); after an issue, some may be and some not. A value found wrong is not walked into,
 * however deep.
 */
export function walkSchema(value: unknown, plan: SchemaPlan, report: Report, freeze = false): void {
  let enough = false;
  // The keys leading to the value being checked; a JSON Pointer is written only for an issue.
  const path: (string | number)[] = [];
  const say = (code: IssueCode, said: Said, key?: string): void => {
    if (enough) return;
    let at = '';
    for (const k of path) at = pointer(at, k);
    enough = report(key === undefined ? at : pointer(at, key), code, said);
  };
  const child = (value: unknown, key: string | number, node: number): void => {
    path.push(key);
    check(value, plan[node]!);
    path.pop();
  };

  const checkString = (value: string, node: PlanNode): void => {
    const { min = 0, max = Infinity, pattern } = node;
    // A string has between length/2 and length code points: count them only when that range
    // reaches a limit (nearly never), since this runs for every string of a large dataset.
    const length = value.length > max || Math.ceil(value.length / 2) < min ? Array.from(value).length : undefined;
    if (length !== undefined && length < min) say('too-short', ['tooShort', min]);
    else if (length !== undefined && length > max) say('too-long', ['tooLong', length, max]);
    else if (pattern !== undefined) {
      let re = patterns.get(pattern);
      if (!re) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
      if (!re.test(value)) explain(value, node);
    }
  };

  /** Why a string fails its pattern, as closely as the definition allows. */
  const explain = (value: string, node: PlanNode): void => {
    if (node.explain === 'text') {
      if (value.trim() === '') return say('blank-text', ['blankText']);
      const bad = BAD_CHARACTER.exec(value);
      if (bad) {
        const at = Array.from(value.slice(0, bad.index)).length + 1;
        return say('control-character', ['controlCharacter', bad[0], at, BIDI.test(bad[0])]);
      }
    } else if (node.explain === 'date') {
      const m = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/.exec(value);
      if (m) {
        const year = Number(m[1]);
        const month = Number(m[2]);
        const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
        return say('impossible-date', ['impossibleDate', value, year, month, days]);
      }
    }
    say('bad-format', ['badFormat', value, node.pattern!, node.hint]);
  };

  const checkArray = (value: readonly unknown[], node: PlanNode): void => {
    const { min, max, items } = node;
    if (max !== undefined && value.length > max) return say('too-many', ['tooMany', value.length, max]);
    if (min !== undefined && value.length < min) say('too-few', ['tooFew', min]);
    for (let i = 0; i < value.length; i++) {
      if (items !== undefined) child(value[i], i, items);
      else if (freeze) deepFreeze(value[i]);
    }
    if (freeze) Object.freeze(value);
  };

  const checkObject = (value: Record<string, unknown>, node: PlanNode): void => {
    const { properties = {}, anyOf } = node;
    for (const key of node.required ?? []) if (!hasOwn(value, key)) say('missing-field', ['missingField', key], key);
    if (anyOf && !anyOf.some((fields) => fields.every((key) => hasOwn(value, key))))
      say('missing-field', ['missingOneOf', anyOf.map((fields) => fields.join(' + ')).join(', ')]);
    for (const key of Object.keys(value)) {
      if (hasOwn(properties, key)) child(value[key], key, properties[key]!);
      else if (node.closed) say('unknown-field', ['unknownField', key, Object.keys(properties).join(', ')], key);
      else if (freeze) deepFreeze(value[key]);
    }
    if (freeze) Object.freeze(value);
  };

  /** Checks one value. A value found wrong is not frozen: the caller gets issues, not the value. */
  const check = (value: unknown, node: PlanNode): void => {
    if (enough) return;
    if (node.enum && !node.enum.includes(value)) return say('not-allowed-value', ['notAllowed', value, node.enum]);
    if (node.type && !hasType(value, node.type)) return say('wrong-type', ['wrongType', node.type, value]);
    if (typeof value === 'string') checkString(value, node);
    else if (typeof value === 'number') {
      const { min, max } = node;
      if ((min !== undefined && value < min) || (max !== undefined && value > max))
        say('out-of-range', ['outOfRange', value, min, max]);
    } else if (Array.isArray(value)) checkArray(value, node);
    else if (value !== null && typeof value === 'object') checkObject(value as Record<string, unknown>, node);
  };

  check(value, plan[0]!);
}
