import { decodeText } from '../import/decode-text.js';
import { htmlToText, looksLikeHtml } from '../import/html-to-text.js';
import { importText } from '../import/import-text.js';
import type { ImportReport } from '../import/types.js';
import { parseDataset } from '../model/parse-dataset.js';
import type { DataIssue, Dataset, LocalText } from '../model/types.js';

export type Opened =
  /** A dataset JSON file, exactly as written (unknown fields kept), with what validation says. */
  | { readonly kind: 'dataset'; readonly dataset: Dataset; readonly issues: readonly DataIssue[] }
  /** A text the importer read, with its report of what it could not place. */
  | {
      readonly kind: 'import';
      readonly dataset: Dataset;
      readonly report: ImportReport;
      readonly encoding: 'utf-8' | 'gb18030';
    }
  | { readonly kind: 'refused'; readonly reason: LocalText };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Opens what the webmaster gave the page: pasted text or a file's bytes (.txt in UTF-8 or GBK,
 * a saved .html page, or a dataset .json). A dataset is opened as it is, to be updated; anything
 * else goes through the importer. Never throws.
 */
export function openInput(input: string | Uint8Array, fileName = ''): Opened {
  let text: string;
  let encoding: 'utf-8' | 'gb18030' = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeText(input);
    if (!decoded.ok) {
      return {
        kind: 'refused',
        reason: {
          zh: `“${fileName}”不是文本文件（第 ${decoded.offset} 个字节起是二进制内容）。请打开 .txt、.html 或 .json 文件。`,
          en:
            `“${fileName}” is not a text file (binary content from byte ${decoded.offset}). ` +
            'Open a .txt, .html or .json file.',
        },
      };
    }
    ({ text, encoding } = decoded);
  }
  if (!text.trim())
    return {
      kind: 'refused',
      reason: {
        zh: '没有内容：请粘贴文字或选择一个文件。',
        en: 'There is nothing to read: paste a text or choose a file.',
      },
    };

  const trimmed = text.trim();
  if (/\.json$/i.test(fileName) || trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      if (/\.json$/i.test(fileName)) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          kind: 'refused',
          reason: { zh: `这个 JSON 文件无法读取：${detail}`, en: `This JSON file cannot be read: ${detail}` },
        };
      }
    }
    if (value !== undefined) {
      // The forms need these four parts to exist; everything inside them may still be wrong.
      if (
        !isRecord(value) ||
        !isRecord(value.organization) ||
        ![value.units, value.people, value.sources].every(Array.isArray)
      ) {
        return {
          kind: 'refused',
          reason: {
            zh: '这个 JSON 文件不是机构数据集：缺少机构、机构列表、领导或来源部分。',
            en:
              'This JSON file is not an organisation dataset: ' +
              'the organisation, units, leaders or sources part is missing.',
          },
        };
      }
      const result = parseDataset(value);
      return { kind: 'dataset', dataset: value as unknown as Dataset, issues: result.issues };
    }
  }
  const plain = /\.html?$/i.test(fileName) || looksLikeHtml(text) ? htmlToText(text) : text;
  const { dataset, report } = importText(plain);
  return { kind: 'import', dataset, report, encoding };
}

/** What a dataset holds, counted, for the "recognised" summary. */
export function countContents(dataset: Dataset): {
  units: number;
  duties: number;
  leaders: number;
  supervisions: number;
  sources: number;
} {
  return {
    units: dataset.units.length,
    duties: (dataset.organization.duties?.length ?? 0) + dataset.units.reduce((n, u) => n + (u.duties?.length ?? 0), 0),
    leaders: dataset.people.length,
    supervisions: dataset.people.reduce((n, p) => n + (p.supervises?.length ?? 0), 0),
    sources: dataset.sources.length,
  };
}
