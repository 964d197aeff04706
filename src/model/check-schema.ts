import type { DataIssue, LocalText } from './types.js';
import { expectedType, issue, pointer, quote, typeName } from './messages.js';
import { hasOwn } from './json-value.js';

/** A location in the value, built as a linked list and turned into a JSON Pointer only for issues. */
interface Path {
  readonly parent: Path | undefined;
  readonly key: string | number;
}

function format(path: Path | undefined): string {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.parent) keys.push(p.key);
  return keys.reverse().reduce<string>((out, key) => pointer(out, key), '');
}

const child = (parent: Path | undefined, key: string | number): Path => ({ parent, key });

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

class Collector {
  readonly issues: DataIssue[] = [];
  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }
  add(found: DataIssue): void {
    if (!this.full) this.issues.push(found);
  }
}

/** Checks `value` against `root`; returns at most MAX_ISSUES issues, in document order. */
export function checkSchema(value: unknown, root: SchemaNode): DataIssue[] {
  const out = new Collector();
  check(value, root, root, undefined, out);
  return out.issues;
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

function check(value: unknown, ref: SchemaNode, root: SchemaNode, at: Path | undefined, out: Collector): void {
  if (out.full) return;
  const { node, def } = resolve(ref, root);
  if ('const' in node && value !== node.const) {
    out.add(
      issue(format(at), 'not-allowed-value', {
        zh: `${label(format(at))}必须是 ${quote(node.const)}，实际是 ${quote(value)}`,
        en: `${labelEn(format(at))} must be ${quote(node.const)}, not ${quote(value)}`,
      }),
    );
    return;
  }
  if (node.enum && !node.enum.includes(value)) {
    const allowed = node.enum.map((v) => quote(v)).join(', ');
    out.add(
      issue(format(at), 'not-allowed-value', {
        zh: `${label(format(at))}的值 ${quote(value)} 不在允许的取值之中：${allowed}`,
        en: `${labelEn(format(at))} is ${quote(value)}, which is not one of: ${allowed}`,
      }),
    );
    return;
  }
  if (node.type && !hasType(value, node.type)) {
    const got = typeName(value);
    const want = expectedType(node.type);
    out.add(
      issue(format(at), 'wrong-type', {
        zh: `${label(format(at))}应为${want.zh}，实际是${got.zh}`,
        en: `${labelEn(format(at))} must be ${want.en}, not ${got.en}`,
      }),
    );
    return;
  }
  if (typeof value === 'string') checkString(value, node, def, at, out);
  else if (typeof value === 'number') checkNumber(value, node, at, out);
  else if (Array.isArray(value)) checkArray(value, node, root, at, out);
  else if (value !== null && typeof value === 'object')
    checkObject(value as Record<string, unknown>, node, root, at, out);
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

function checkString(
  value: string,
  node: SchemaNode,
  def: string | undefined,
  at: Path | undefined,
  out: Collector,
): void {
  // A string has between length/2 and length code points: count them only when that range
  // reaches a limit (nearly never), since this runs for every string of a large dataset.
  const units = value.length;
  const fits =
    (node.maxLength === undefined || units <= node.maxLength) &&
    (node.minLength === undefined || Math.ceil(units / 2) >= node.minLength);
  const length = fits ? undefined : codePoints(value);
  if (length !== undefined && node.minLength !== undefined && length < node.minLength) {
    out.add(
      issue(format(at), 'too-short', {
        zh: `${label(format(at))}不能为空（至少 ${node.minLength} 个字符）`,
        en: `${labelEn(format(at))} must have at least ${node.minLength} character(s)`,
      }),
    );
  } else if (length !== undefined && node.maxLength !== undefined && length > node.maxLength) {
    out.add(
      issue(format(at), 'too-long', {
        zh: `${label(format(at))}过长：${length} 个字符，最多 ${node.maxLength} 个`,
        en: `${labelEn(format(at))} is too long: ${length} characters, at most ${node.maxLength} allowed`,
      }),
    );
  } else if (node.pattern !== undefined && !compiled(node.pattern).test(value)) {
    const where = format(at);
    const specific =
      def === 'text' || def === 'shortText'
        ? explainText(value, where)
        : def === 'date'
          ? explainDate(value, where)
          : undefined;
    out.add(
      specific ??
        issue(where, 'bad-format', {
          zh: `${label(where)}的格式不对：${quote(value)}。${formatHint(node.pattern).zh}`,
          en: `${labelEn(where)} is badly formed: ${quote(value)}. ${formatHint(node.pattern).en}`,
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

function checkNumber(value: number, node: SchemaNode, at: Path | undefined, out: Collector): void {
  if ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum)) {
    out.add(
      issue(format(at), 'out-of-range', {
        zh: `${label(format(at))}的值 ${value} 超出范围 ${node.minimum ?? '-∞'}–${node.maximum ?? '∞'}`,
        en: `${labelEn(format(at))} is ${value}, outside ${node.minimum ?? '-∞'}–${node.maximum ?? '∞'}`,
      }),
    );
  }
}

function checkArray(
  value: readonly unknown[],
  node: SchemaNode,
  root: SchemaNode,
  at: Path | undefined,
  out: Collector,
): void {
  if (node.maxItems !== undefined && value.length > node.maxItems) {
    out.add(
      issue(format(at), 'too-many', {
        zh: `${label(format(at))}有 ${value.length} 项，最多允许 ${node.maxItems} 项`,
        en: `${labelEn(format(at))} has ${value.length} items; at most ${node.maxItems} are allowed`,
      }),
    );
    return;
  }
  if (node.minItems !== undefined && value.length < node.minItems) {
    out.add(
      issue(format(at), 'too-few', {
        zh: `${label(format(at))}至少要有 ${node.minItems} 项`,
        en: `${labelEn(format(at))} needs at least ${node.minItems} item(s)`,
      }),
    );
  }
  if (node.items) value.forEach((item, i) => check(item, node.items!, root, child(at, i), out));
}

function checkObject(
  value: Record<string, unknown>,
  node: SchemaNode,
  root: SchemaNode,
  at: Path | undefined,
  out: Collector,
): void {
  for (const key of node.required ?? []) {
    if (!hasOwn(value, key)) {
      const hint = requiredHints[key];
      out.add(
        issue(format(child(at, key)), 'missing-field', {
          zh: `${label(format(at))}缺少必填字段 ${key}${hint ? `：${hint.zh}` : ''}`,
          en: `${labelEn(format(at))} is missing the required field "${key}"${hint ? `: ${hint.en}` : ''}`,
        }),
      );
    }
  }
  if (node.anyOf && !node.anyOf.some((branch) => (branch.required ?? []).every((key) => hasOwn(value, key)))) {
    const fields = node.anyOf.map((branch) => (branch.required ?? []).join(' + ')).join(', ');
    out.add(
      issue(format(at), 'missing-field', {
        zh: `${label(format(at))}至少要有以下字段之一：${fields}`,
        en: `${labelEn(format(at))} needs at least one of the fields: ${fields}`,
      }),
    );
  }
  const properties = node.properties ?? {};
  for (const key of Object.keys(value)) {
    const sub = hasOwn(properties, key) ? properties[key] : undefined;
    if (sub) check(value[key], sub, root, child(at, key), out);
    else if (node.additionalProperties === false) {
      const known = Object.keys(properties).join(', ');
      out.add(
        issue(format(child(at, key)), 'unknown-field', {
          zh: `${label(format(at))}中有未知字段 ${quote(key)}（可用字段：${known}）`,
          en: `${labelEn(format(at))} has an unknown field ${quote(key)} (known fields: ${known})`,
        }),
      );
    }
  }
}

/** Names a location for a message: the dataset root or a JSON Pointer. */
function label(path: string): string {
  return path === '' ? '数据集' : `${path} `;
}
function labelEn(path: string): string {
  return path === '' ? 'The dataset' : path;
}
