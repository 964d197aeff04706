import type { DataIssue, IssueCode, LocalText } from './types.js';

/** Builds a `DataIssue`: every message says where (path) and what, in Chinese and English. */
export function issue(path: string, code: IssueCode, message: LocalText): DataIssue {
  return { path, code, message };
}

/** How a check that finds many issues hands each one on. */
export type Report = (path: string, code: IssueCode, zh: string, en: string) => void;

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
