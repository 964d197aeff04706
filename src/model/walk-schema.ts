import type { IssueCode } from './types.js';
import { prepare, type JsonType, type PlanNode, type SchemaPlan, type Step } from './schema-plan.js';
import type { Report, Said } from './report.js';
import { deepFreeze } from './deep-freeze.js';
import { pointer } from './json-value.js';

export { MAX_ISSUES } from './report.js';

const BAD_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\u202a-\u202e\u2066-\u2069]/u;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const hasOwnProperty = Object.prototype.hasOwnProperty;

function hasType(value: unknown, type: JsonType): boolean {
  if (type === 'string') return typeof value === 'string';
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return Number.isFinite(value);
  return typeof value === 'boolean';
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
  // The keys leading to the value being checked (the first `depth` of them); a JSON Pointer is
  // written only for an issue. The walk runs once per value of a dataset, often in the browser's
  // interpreter on a first visit: it calls no function it need not, and reads each node's
  // prepared Step (plan-steps.ts) rather than the plan.
  const path: (string | number)[] = [];
  let depth = 0;
  const say = (code: IssueCode, said: Said, key?: string): void => {
    if (enough) return;
    let at = '';
    for (let i = 0; i < depth; i++) at = pointer(at, path[i]!);
    enough = report(key === undefined ? at : pointer(at, key), code, said);
  };

  /** Checks one value. A value found wrong is not frozen: the caller gets issues, not the value. */
  const check = (value: unknown, step: Step): void => {
    if (enough) return;
    const { node } = step;
    if (step.allowed !== undefined && !step.allowed.includes(value))
      return say('not-allowed-value', ['notAllowed', value, step.allowed]);
    const { type } = step;
    if (type !== undefined && !hasType(value, type)) return say('wrong-type', ['wrongType', type, value]);
    if (typeof value === 'string') {
      // A string has between length/2 and length code points: count them only when that range
      // reaches a limit (nearly never).
      if (value.length > step.max || (value.length + 1) >> 1 < step.min) {
        const length = Array.from(value).length;
        if (length < step.min) return say('too-short', ['tooShort', step.min]);
        if (length > step.max) return say('too-long', ['tooLong', length, step.max]);
      }
      if (step.pattern !== undefined && !step.pattern.test(value)) explain(value, node);
    } else if (typeof value === 'number') {
      if (value < step.min || value > step.max) say('out-of-range', ['outOfRange', value, node.min, node.max]);
    } else if (value === null || typeof value !== 'object') {
      // Nothing more to check.
    } else if (Array.isArray(value)) {
      const { items } = step;
      if (value.length > step.max) return say('too-many', ['tooMany', value.length, step.max]);
      if (value.length < step.min) say('too-few', ['tooFew', step.min]);
      for (let i = 0; i < value.length; i++) {
        if (items !== undefined) {
          path[depth++] = i;
          check(value[i], items);
          depth--;
        } else if (freeze) deepFreeze(value[i]);
      }
      if (freeze) Object.freeze(value);
    } else {
      const object = value as Record<string, unknown>;
      const { required, properties } = step;
      for (let i = 0; i < required.length; i++) {
        const key = required[i]!;
        if (!hasOwnProperty.call(object, key)) say('missing-field', ['missingField', key], key);
      }
      if (node.anyOf && !node.anyOf.some((fields) => fields.every((key) => hasOwnProperty.call(object, key))))
        say('missing-field', ['missingOneOf', node.anyOf.map((fields) => fields.join(' + ')).join(', ')]);
      const keys = Object.keys(object);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const sub = properties[key];
        if (sub !== undefined) {
          path[depth++] = key;
          check(object[key], sub);
          depth--;
        } else if (node.closed) say('unknown-field', ['unknownField', key, step.known], key);
        else if (freeze) deepFreeze(object[key]);
      }
      if (freeze) Object.freeze(object);
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

  check(value, prepare(plan)[0]!);
}
