import type { DataIssue, Dataset, ParseResult } from './types.js';
import { MAX_ISSUES, walkSchema } from './walk-schema.js';
import { datasetPlan } from './dataset-plan.js';
import { deepFreeze } from './deep-freeze.js';
import { isProduced, markProduced } from './trusted.js';
import { checkReferences } from './check-references.js';
import { checkNewerVersion, checkVersionFeatures } from './check-version.js';
import { issue } from './messages.js';
import { decodeUtf8 } from './decode-bytes.js';
import { copyJson } from './json-value.js';

/**
 * Turns untrusted input into a read-only `Dataset`, or lists everything wrong with it.
 * A string is read as JSON text; bytes (an ArrayBuffer or a typed array, e.g. a fetched file) as
 * UTF-8 JSON text. Never throws: whatever the input, the answer is a result.
 * The returned dataset is a frozen copy, so later changes to the input cannot reach it.
 */
export function parseDataset(json: unknown): ParseResult {
  const steps = parseInSteps(json);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseDataset, pausing between its long steps (the text parsed, its shape checked, then its
 * references): a caller that yields to the page at each pause never blocks input for the whole
 * check of a big file. Driven to its end without pausing, it is parseDataset.
 */
export function* parseInSteps(json: unknown): Generator<void, ParseResult, void> {
  try {
    if (isProduced(json)) return { ok: true, dataset: json as Dataset, issues: [] };
    let value = json;
    if (json instanceof ArrayBuffer || ArrayBuffer.isView(json)) {
      const bytes =
        json instanceof ArrayBuffer
          ? new Uint8Array(json)
          : new Uint8Array(json.buffer, json.byteOffset, json.byteLength);
      const decoded = decodeUtf8(bytes);
      if ('badByte' in decoded) {
        return failed([
          issue('', 'not-utf8', {
            zh: `数据不是 UTF-8 编码的文本：第 ${decoded.badByte} 个字节（从 0 计）无效。若文件以 GBK/GB2312 保存，请另存为 UTF-8。`,
            en:
              `The data is not UTF-8 text: byte ${decoded.badByte} (counting from 0) is invalid. ` +
              'If the file was saved as GBK/GB2312, save it as UTF-8.',
          }),
        ]);
      }
      json = decoded.text;
    }
    if (typeof json === 'string') {
      if (json.trim() === '') {
        return failed([
          issue('', 'not-json', {
            zh: '数据为空：文件中没有任何内容。',
            en: 'The data is empty: the file has no content.',
          }),
        ]);
      }
      try {
        value = JSON.parse(json);
      } catch (error) {
        return failed([
          issue('', 'not-json', {
            zh: `数据不是有效的 JSON：${detail(error)}`,
            en: `The data is not valid JSON: ${detail(error)}`,
          }),
        ]);
      }
    }
    const newer = checkNewerVersion(value);
    if (newer) return failed([newer]);
    yield;
    // A value parsed here from text is ours alone: checked and frozen in one walk, never copied.
    // A caller's object is checked as it is, then copied, so later changes cannot reach the copy.
    const ours = typeof json === 'string';
    const shapeIssues = walkSchema(value, datasetPlan, ours);
    if (shapeIssues.length > 0) return failed(shapeIssues);
    const versionIssues = checkVersionFeatures(value as Record<string, unknown>);
    if (versionIssues.length > 0) return failed(versionIssues.slice(0, MAX_ISSUES));
    const dataset = (ours ? value : deepFreeze(copyJson(value))) as Dataset;
    yield;
    const referenceIssues = checkReferences(dataset);
    if (referenceIssues.length > 0) return failed(referenceIssues);
    markProduced(dataset);
    return { ok: true, dataset, issues: [] };
  } catch (error) {
    return failed([
      issue('', 'unreadable', {
        zh: `无法读取数据：${detail(error)}`,
        en: `The data could not be read: ${detail(error)}`,
      }),
    ]);
  }
}

function failed(issues: DataIssue[]): ParseResult {
  return { ok: false, issues };
}

function detail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
