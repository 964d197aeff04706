import { deepFreeze } from './deep-freeze.js';
import type { DataIssue, LocalText } from './types.js';
import { expectedType, issue, pointer, quote, typeName } from './messages.js';
import { hasOwn } from './json-value.js';

/** Where the walk is in the value: one stack of keys, turned into a JSON Pointer only for issues. */
type Key = string | number;

function format(path: readonly Key[]): string {
  let out = '';
  for (const key of path) out = pointer(out, key);
  return out;
}

/** The pointer of a child of where the walk is. */
function formatChild(path: Key[], key: Key): string {
  path.push(key);
  const out = format(path);
  path.pop();
  return out;
}

/**
 * The subset of JSON Schema 2020-12 that `data/schema.json` uses. Interpreting the published
 * schema itself (instead of re-stating it in code) keeps the runtime check and the schema in
 * agreement by construction; ajv is only needed in the tests that prove it.
 */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: false;
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Only as `anyOf: [{ required: [a] }, { required: [b] }]`: at least one of the fields. */
  readonly anyOf?: readonly SchemaNode[];
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

/** Keywords the interpreter understands; a test fails if the schema ever uses another. */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'minimum',
  'maximum',
  'anyOf',
]);

/** Friendlier words for the one missing field whose absence means "a second root". */
const requiredHints: Readonly<Record<string, LocalText>> = {
  parentId: {
    zh: '每个机构都要写明上级 parentId（顶层机构填机关本身的 id）；只有机关本身可以作为树的根',
    en:
      'every unit must name its parentId (the organisation id for top-level units); ' +
      'only the organisation may be the root of the tree',
  },
};

export const MAX_ISSUES = 50;

/**
 * A schema node as the walk uses it: `$ref`s followed, every keyword present (undefined when the
 * node has none, so reading one is the same lookup on every plan), properties in a map, the
 * pattern compiled.
 */
interface Plan {
  readonly node: SchemaNode;
  /** The name of the last definition a `$ref` chain went through (for messages). */
  readonly def: string | undefined;
  readonly hasConst: boolean;
  readonly type: SchemaNode['type'];
  readonly enum: SchemaNode['enum'];
  readonly required: readonly string[];
  readonly anyOf: SchemaNode['anyOf'];
  readonly closed: boolean;
  readonly properties: ReadonlyMap<string, SchemaNode>;
  readonly items: SchemaNode | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly pattern: RegExp | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
}

/** Plans per schema, made once: a dataset has thousands of units, each checked against the same nodes. */
const plans = new WeakMap<SchemaNode, Map<SchemaNode, Plan>>();

function planFor(ref: SchemaNode, root: SchemaNode): Plan {
  const { node, def } = resolve(ref, root);
  return {
    node,
    def,
    hasConst: 'const' in node,
    type: node.type,
    enum: node.enum,
    required: node.required ?? [],
    anyOf: node.anyOf,
    closed: node.additionalProperties === false,
    properties: new Map(Object.entries(node.properties ?? {})),
    items: node.items,
    minItems: node.minItems,
    maxItems: node.maxItems,
    minLength: node.minLength,
    maxLength: node.maxLength,
    pattern: node.pattern === undefined ? undefined : compiled(node.pattern),
    minimum: node.minimum,
    maximum: node.maximum,
  };
}

/**
 * One walk over a value: the issues found, the keys leading to the value being checked, and
 * whether each object and array is frozen once checked (a parsed value that becomes the dataset:
 * checking and freezing in one walk instead of two).
 */
class Walk {
  readonly issues: DataIssue[] = [];
  readonly path: Key[] = [];
  readonly #plans: Map<SchemaNode, Plan>;

  constructor(
    readonly root: SchemaNode,
    readonly freeze: boolean,
  ) {
    let byNode = plans.get(root);
    if (!byNode) plans.set(root, (byNode = new Map()));
    this.#plans = byNode;
  }

  plan(ref: SchemaNode): Plan {
    let plan = this.#plans.get(ref);
    if (!plan) this.#plans.set(ref, (plan = planFor(ref, this.root)));
    return plan;
  }

  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }
  add(found: DataIssue): void {
    if (!this.full) this.issues.push(found);
  }
}

/**
 * Checks `value` against `root`; returns at most MAX_ISSUES issues, in document order.
 * With `freeze`, every object and array of a `value` that passes is frozen too (pass only a value
 * nobody else holds); after an issue, some may be and some not.
 */
export function checkSchema(value: unknown, root: SchemaNode, { freeze = false } = {}): DataIssue[] {
  const walk = new Walk(root, freeze);
  check(value, root, walk);
  return walk.issues;
}

/** The node a `$ref` chain ends at, and the name of the last definition on the way (for messages). */
function resolve(node: SchemaNode, root: SchemaNode): { node: SchemaNode; def: string | undefined } {
  let current = node;
  let def: string | undefined;
  for (let hops = 0; current.$ref !== undefined && hops < 32; hops++) {
    def = current.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[def];
    if (target === undefined) throw new Error(`schema: unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return { node: current, def };
}

/** Checks one value. A value found wrong is not frozen: the caller gets issues, not the value. */
function check(value: unknown, ref: SchemaNode, w: Walk): void {
  if (w.full) return;
  const plan = w.plan(ref);
  const { node } = plan;
  if (plan.hasConst && value !== node.const) {
    const at = format(w.path);
    w.add(
      issue(at, 'not-allowed-value', {
        zh: `${label(at)}必须是 ${quote(node.const)}，实际是 ${quote(value)}`,
        en: `${labelEn(at)} must be ${quote(node.const)}, not ${quote(value)}`,
      }),
    );
    return;
  }
  if (plan.enum && !plan.enum.includes(value)) {
    const at = format(w.path);
    const allowed = plan.enum.map((v) => quote(v)).join(', ');
    w.add(
      issue(at, 'not-allowed-value', {
        zh: `${label(at)}的值 ${quote(value)} 不在允许的取值之中：${allowed}`,
        en: `${labelEn(at)} is ${quote(value)}, which is not one of: ${allowed}`,
      }),
    );
    return;
  }
  if (plan.type && !hasType(value, plan.type)) {
    const at = format(w.path);
    const got = typeName(value);
    const want = expectedType(plan.type);
    w.add(
      issue(at, 'wrong-type', {
        zh: `${label(at)}应为${want.zh}，实际是${got.zh}`,
        en: `${labelEn(at)} must be ${want.en}, not ${got.en}`,
      }),
    );
    return;
  }
  if (typeof value === 'string') checkString(value, plan, w);
  else if (typeof value === 'number') checkNumber(value, plan, w);
  else if (Array.isArray(value)) checkArray(value, plan, w);
  else if (value !== null && typeof value === 'object') checkObject(value as Record<string, unknown>, plan, w);
}

function hasType(value: unknown, type: NonNullable<SchemaNode['type']>): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/** Length in code points, as JSON Schema counts it; cheap for the common short string. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

function checkString(value: string, plan: Plan, w: Walk): void {
  const { minLength, maxLength, pattern } = plan;
  // A string has between length/2 and length code points: count them only when that range
  // reaches a limit (nearly never), since this runs for every string of a large dataset.
  const units = value.length;
  const fits =
    (maxLength === undefined || units <= maxLength) && (minLength === undefined || Math.ceil(units / 2) >= minLength);
  const length = fits ? undefined : codePoints(value);
  if (length !== undefined && minLength !== undefined && length < minLength) {
    const at = format(w.path);
    w.add(
      issue(at, 'too-short', {
        zh: `${label(at)}不能为空（至少 ${minLength} 个字符）`,
        en: `${labelEn(at)} must have at least ${minLength} character(s)`,
      }),
    );
  } else if (length !== undefined && maxLength !== undefined && length > maxLength) {
    const at = format(w.path);
    w.add(
      issue(at, 'too-long', {
        zh: `${label(at)}过长：${length} 个字符，最多 ${maxLength} 个`,
        en: `${labelEn(at)} is too long: ${length} characters, at most ${maxLength} allowed`,
      }),
    );
  } else if (pattern !== undefined && !pattern.test(value)) {
    const where = format(w.path);
    const specific =
      plan.def === 'text' || plan.def === 'shortText'
        ? explainText(value, where)
        : plan.def === 'date'
          ? explainDate(value, where)
          : undefined;
    w.add(
      specific ??
        issue(where, 'bad-format', {
          zh: `${label(where)}的格式不对：${quote(value)}。${formatHint(plan.node.pattern!).zh}`,
          en: `${labelEn(where)} is badly formed: ${quote(value)}. ${formatHint(plan.node.pattern!).en}`,
        }),
    );
  }
}

const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text fails its pattern; never quotes the offending character itself. */
function explainText(value: string, where: string): DataIssue | undefined {
  if (value.trim() === '') {
    return issue(where, 'blank-text', {
      zh: `${label(where)}只有空白字符；请填写内容，或删除这个字段`,
      en: `${labelEn(where)} is only whitespace; give it text or leave the field out`,
    });
  }
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\u202a-\u202e\u2066-\u2069]/u.exec(value);
  if (!bad) return undefined;
  const at = Array.from(value.slice(0, bad.index)).length + 1;
  const bidi = /[\u202a-\u202e\u2066-\u2069]/u.test(bad[0]);
  return issue(
    where,
    'control-character',
    bidi
      ? {
          zh: `${label(where)}第 ${at} 个字符是双向文字控制符 ${codePoint(bad[0])}，它会让文字以误导的顺序显示；发布的文本中不会有它，请删除`,
          en:
            `${labelEn(where)} has the bidirectional control character ${codePoint(bad[0])} at character ${at}, ` +
            'which can make text display in a misleading order; ' +
            'published texts never contain it, so remove it',
        }
      : {
          zh: `${label(where)}第 ${at} 个字符是控制字符 ${codePoint(bad[0])}；除换行和制表符外，文本中不能有控制字符，请删除`,
          en:
            `${labelEn(where)} has the control character ${codePoint(bad[0])} at character ${at}; ` +
            'text may not contain control characters other than line breaks and tabs, so remove it',
        },
  );
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A YYYY-MM-DD string that names no day on the calendar (2015-02-30, 2023-02-29). */
function explainDate(value: string, where: string): DataIssue | undefined {
  const m = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return issue(where, 'impossible-date', {
    zh: `${label(where)}的日期 ${value} 在日历上不存在：${year} 年 ${month} 月只有 ${days} 天`,
    en: `${labelEn(where)} is ${value}, a day that does not exist: month ${month} of ${year} has ${days} days`,
  });
}

function formatHint(pattern: string): LocalText {
  if (pattern.startsWith('^[a-z0-9]+(?:-')) {
    return {
      zh: 'id 只能由小写字母、数字和单个连字符组成（如 general-office）',
      en: 'Ids use lower-case letters, digits and single hyphens (e.g. general-office).',
    };
  }
  if (pattern.includes('[0-9]{4}-')) return { zh: '日期应写成 YYYY-MM-DD', en: 'Dates are written YYYY-MM-DD.' };
  if (pattern.includes('https?')) {
    return {
      zh: '只接受 http(s) 地址或相对地址，javascript: 等其他协议不被接受，地址中也不能有空格或控制字符',
      en:
        'Only http(s) or relative URLs are accepted; javascript: and other schemes are refused, ' +
        'and so are spaces and control characters.',
    };
  }
  return { zh: `应匹配 ${pattern}`, en: `It must match ${pattern}.` };
}

function checkNumber(value: number, plan: Plan, w: Walk): void {
  const { minimum, maximum } = plan;
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    const at = format(w.path);
    w.add(
      issue(at, 'out-of-range', {
        zh: `${label(at)}的值 ${value} 超出范围 ${minimum ?? '-∞'}–${maximum ?? '∞'}`,
        en: `${labelEn(at)} is ${value}, outside ${minimum ?? '-∞'}–${maximum ?? '∞'}`,
      }),
    );
  }
}

function checkArray(value: readonly unknown[], plan: Plan, w: Walk): void {
  const { minItems, maxItems, items } = plan;
  if (maxItems !== undefined && value.length > maxItems) {
    const at = format(w.path);
    w.add(
      issue(at, 'too-many', {
        zh: `${label(at)}有 ${value.length} 项，最多允许 ${maxItems} 项`,
        en: `${labelEn(at)} has ${value.length} items; at most ${maxItems} are allowed`,
      }),
    );
    return;
  }
  if (minItems !== undefined && value.length < minItems) {
    const at = format(w.path);
    w.add(
      issue(at, 'too-few', {
        zh: `${label(at)}至少要有 ${minItems} 项`,
        en: `${labelEn(at)} needs at least ${minItems} item(s)`,
      }),
    );
  }
  for (let i = 0; i < value.length; i++) {
    if (items) {
      w.path.push(i);
      check(value[i], items, w);
      w.path.pop();
    } else if (w.freeze) deepFreeze(value[i]);
  }
  if (w.freeze) Object.freeze(value);
}

function checkObject(value: Record<string, unknown>, plan: Plan, w: Walk): void {
  const { properties, anyOf } = plan;
  for (const key of plan.required) {
    if (!hasOwn(value, key)) {
      const hint = requiredHints[key];
      const at = format(w.path);
      w.add(
        issue(formatChild(w.path, key), 'missing-field', {
          zh: `${label(at)}缺少必填字段 ${key}${hint ? `：${hint.zh}` : ''}`,
          en: `${labelEn(at)} is missing the required field "${key}"${hint ? `: ${hint.en}` : ''}`,
        }),
      );
    }
  }
  if (anyOf && !anyOf.some((branch) => (branch.required ?? []).every((key) => hasOwn(value, key)))) {
    const at = format(w.path);
    const fields = anyOf.map((branch) => (branch.required ?? []).join(' + ')).join(', ');
    w.add(
      issue(at, 'missing-field', {
        zh: `${label(at)}至少要有以下字段之一：${fields}`,
        en: `${labelEn(at)} needs at least one of the fields: ${fields}`,
      }),
    );
  }
  for (const key of Object.keys(value)) {
    const sub = properties.get(key);
    if (sub) {
      w.path.push(key);
      check(value[key], sub, w);
      w.path.pop();
      continue;
    }
    if (!plan.closed) {
      if (w.freeze) deepFreeze(value[key]);
    } else {
      const at = format(w.path);
      const known = [...properties.keys()].join(', ');
      w.add(
        issue(formatChild(w.path, key), 'unknown-field', {
          zh: `${label(at)}中有未知字段 ${quote(key)}（可用字段：${known}）`,
          en: `${labelEn(at)} has an unknown field ${quote(key)} (known fields: ${known})`,
        }),
      );
    }
  }
  if (w.freeze) Object.freeze(value);
}

/** Names a location for a message: the dataset root or a JSON Pointer. */
function label(path: string): string {
  return path === '' ? '数据集' : `${path} `;
}
function labelEn(path: string): string {
  return path === '' ? 'The dataset' : path;
}

export { deepFreeze };
