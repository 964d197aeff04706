import type { DataIssue, IssueCode, LocalText } from './types.js';

/** Builds a `DataIssue`: every message says where (path) and what, in Chinese and English. */
export function issue(path: string, code: IssueCode, message: LocalText): DataIssue {
  return { path, code, message };
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
