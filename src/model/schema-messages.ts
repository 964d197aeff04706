import type { DataIssue, IssueCode } from './types.js';
import type { FormatHint, JsonType } from './schema-plan.js';
import type { MessageArgs } from './report.js';
import { issue, quote } from './messages.js';

/**
 * The schema walk's messages (only the full check loads them). Each is said after the name of the
 * place it is about (the dataset, or a JSON Pointer), so a message here is only what follows that
 * name, in Chinese and English.
 */
type Said = readonly [zh: string, en: string];

const TYPE_WORDS: Readonly<Record<JsonType, Said>> = {
  object: ['对象', 'an object'],
  array: ['数组', 'an array'],
  string: ['字符串', 'a string'],
  integer: ['整数', 'an integer'],
  number: ['数字', 'a number'],
  boolean: ['布尔值', 'a boolean'],
};

/** A JSON value's type, named the way a portal author would name it. */
function typeOf(value: unknown): Said {
  if (value === null) return ['空值 null', 'null'];
  if (Array.isArray(value)) return TYPE_WORDS.array;
  const type = typeof value;
  if (type === 'number') return Number.isFinite(value) ? TYPE_WORDS.number : ['非有限数字', 'a non-finite number'];
  if (type === 'string' || type === 'boolean' || type === 'object') return TYPE_WORDS[type];
  return [`不能用 JSON 表示的值（${type}）`, `a value JSON cannot hold (${type})`];
}

const wrongType = (want: JsonType, value: unknown): Said => {
  const [wantZh, wantEn] = TYPE_WORDS[want];
  const [gotZh, gotEn] = typeOf(value);
  return [`应为${wantZh}，实际是${gotZh}`, ` must be ${wantEn}, not ${gotEn}`];
};

const notAllowed = (value: unknown, allowed: readonly unknown[]): Said => {
  const list = allowed.map(quote).join(', ');
  return [`的值 ${quote(value)} 不在允许的取值之中：${list}`, ` is ${quote(value)}, which is not one of: ${list}`];
};

const tooShort = (min: number): Said => [`不能为空（至少 ${min} 个字符）`, ` must have at least ${min} character(s)`];

const tooLong = (length: number, max: number): Said => [
  `过长：${length} 个字符，最多 ${max} 个`,
  ` is too long: ${length} characters, at most ${max} allowed`,
];

const blankText: Said = [
  '只有空白字符；请填写内容，或删除这个字段',
  ' is only whitespace; give it text or leave the field out',
];

/** A control character at a (1-based) character position; never quotes the character itself. */
const controlCharacter = (character: string, at: number, bidi: boolean): Said => {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return bidi
    ? [
        `第 ${at} 个字符是双向文字控制符 ${code}，它会让文字以误导的顺序显示；发布的文本中不会有它，请删除`,
        ` has the bidirectional control character ${code} at character ${at}, ` +
          'which can make text display in a misleading order; published texts never contain it, so remove it',
      ]
    : [
        `第 ${at} 个字符是控制字符 ${code}；除换行和制表符外，文本中不能有控制字符，请删除`,
        ` has the control character ${code} at character ${at}; ` +
          'text may not contain control characters other than line breaks and tabs, so remove it',
      ];
};

const impossibleDate = (date: string, year: number, month: number, days: number): Said => [
  `的日期 ${date} 在日历上不存在：${year} 年 ${month} 月只有 ${days} 天`,
  ` is ${date}, a day that does not exist: month ${month} of ${year} has ${days} days`,
];

const FORMAT_HINTS: Readonly<Record<FormatHint, Said>> = {
  id: [
    'id 只能由小写字母、数字和单个连字符组成（如 general-office）',
    'Ids use lower-case letters, digits and single hyphens (e.g. general-office).',
  ],
  date: ['日期应写成 YYYY-MM-DD', 'Dates are written YYYY-MM-DD.'],
  url: [
    '只接受 http(s) 地址或相对地址，javascript: 等其他协议不被接受，地址中也不能有空格或控制字符',
    'Only http(s) or relative URLs are accepted; javascript: and other schemes are refused, ' +
      'and so are spaces and control characters.',
  ],
};

const badFormat = (value: string, pattern: string, hint: FormatHint | undefined): Said => {
  const [zh, en] = hint ? FORMAT_HINTS[hint] : [`应匹配 ${pattern}`, `It must match ${pattern}.`];
  return [`的格式不对：${quote(value)}。${zh}`, ` is badly formed: ${quote(value)}. ${en}`];
};

const outOfRange = (value: number, min: number | undefined, max: number | undefined): Said => {
  const range = `${min ?? '-∞'}–${max ?? '∞'}`;
  return [`的值 ${value} 超出范围 ${range}`, ` is ${value}, outside ${range}`];
};

const tooMany = (count: number, max: number): Said => [
  `有 ${count} 项，最多允许 ${max} 项`,
  ` has ${count} items; at most ${max} are allowed`,
];

const tooFew = (min: number): Said => [`至少要有 ${min} 项`, ` needs at least ${min} item(s)`];

/** Friendlier words for the one missing field whose absence means "a second root". */
const PARENT_ID_HINT: Said = [
  '每个机构都要写明上级 parentId（顶层机构填机关本身的 id）；只有机关本身可以作为树的根',
  'every unit must name its parentId (the organisation id for top-level units); ' +
    'only the organisation may be the root of the tree',
];

const missingField = (key: string): Said => {
  const hint = key === 'parentId' ? PARENT_ID_HINT : undefined;
  return [
    `缺少必填字段 ${key}${hint ? `：${hint[0]}` : ''}`,
    ` is missing the required field "${key}"${hint ? `: ${hint[1]}` : ''}`,
  ];
};

const missingOneOf = (fields: string): Said => [
  `至少要有以下字段之一：${fields}`,
  ` needs at least one of the fields: ${fields}`,
];

const unknownField = (key: string, known: string): Said => [
  `中有未知字段 ${quote(key)}（可用字段：${known}）`,
  ` has an unknown field ${quote(key)} (known fields: ${known})`,
];

/** The schema walk's messages, by name. */
export type SchemaMessageName = keyof SchemaMessages;

type SchemaMessages = Pick<
  MessageArgs,
  | 'notAllowed'
  | 'wrongType'
  | 'tooShort'
  | 'tooLong'
  | 'blankText'
  | 'controlCharacter'
  | 'impossibleDate'
  | 'badFormat'
  | 'outOfRange'
  | 'tooMany'
  | 'tooFew'
  | 'missingField'
  | 'missingOneOf'
  | 'unknownField'
>;

const SCHEMA_WORDS: { readonly [K in keyof SchemaMessages]: (...args: SchemaMessages[K]) => Said } = {
  notAllowed,
  wrongType,
  tooShort,
  tooLong,
  blankText: () => blankText,
  controlCharacter,
  impossibleDate,
  badFormat,
  outOfRange,
  tooMany,
  tooFew,
  missingField,
  missingOneOf,
  unknownField,
};

/** Whether `name` is one of the schema walk's messages. */
export function isSchemaMessage(name: string): name is keyof SchemaMessages {
  return Object.prototype.hasOwnProperty.call(SCHEMA_WORDS, name);
}

/**
 * The schema walk's issue at `path`, its messages led by the place's name: the path's, or for a
 * field (missing or unknown) its object's.
 */
export function schemaIssue<K extends keyof SchemaMessages>(
  path: string,
  code: IssueCode,
  name: K,
  args: SchemaMessages[K],
): DataIssue {
  const field = name === 'missingField' || name === 'unknownField';
  // A pointer's segments escape "/" (as ~1), so the last "/" starts the field's own segment.
  const at = field ? path.slice(0, path.lastIndexOf('/')) : path;
  const [zh, en] = (SCHEMA_WORDS[name] as (...args: SchemaMessages[K]) => Said)(...args);
  return issue(path, code, {
    zh: (at === '' ? '数据集' : `${at} `) + zh,
    en: (at === '' ? 'The dataset' : at) + en,
  });
}
