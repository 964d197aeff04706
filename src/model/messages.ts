import type { DataIssue, IssueCode, LocalText } from './types.js';

/** Builds a `DataIssue`: every message says where (path) and what, in Chinese and English. */
export function issue(path: string, code: IssueCode, message: LocalText): DataIssue {
  return { path, code, message };
}

/** Describes a JSON value's type the way a portal author would name it. */
export function typeName(value: unknown): LocalText {
  if (value === null) return { zh: '空值 null', en: 'null' };
  if (Array.isArray(value)) return { zh: '数组', en: 'an array' };
  switch (typeof value) {
    case 'string':
      return { zh: '字符串', en: 'a string' };
    case 'number':
      return Number.isFinite(value) ? { zh: '数字', en: 'a number' } : { zh: '非有限数字', en: 'a non-finite number' };
    case 'boolean':
      return { zh: '布尔值', en: 'a boolean' };
    case 'object':
      return { zh: '对象', en: 'an object' };
    default:
      return { zh: `不能用 JSON 表示的值（${typeof value}）`, en: `a value JSON cannot hold (${typeof value})` };
  }
}

const expectedNames: Record<string, LocalText> = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '字符串', en: 'a string' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
};

export function expectedType(type: string): LocalText {
  return expectedNames[type] ?? { zh: type, en: type };
}

/** Quotes a value for a message, cut short so a megabyte string cannot flood the panel. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(typeof value);
  }
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Appends the last segment to a JSON Pointer, escaping `~` and `/` (RFC 6901). */
export function pointer(base: string, key: string | number): string {
  return `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
