import { decodeText } from '../import/decode-text.js';
import { htmlToText, looksLikeHtml } from '../import/html-to-text.js';
import { say, type Lang } from './io.js';

/** Larger files are refused before decoding: no 机构职能, 三定 or 分工 text comes near it. */
export const MAX_BYTES = 2_000_000;

/** A text file's bytes as the text to import, or why they cannot be. */
export function readText(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
): { text: string; note?: string } | { error: string } {
  if (bytes.length === 0)
    return {
      error: say(
        lang,
        `${file}：文件是空的，没有可导入的文字。`,
        `${file}: the file is empty; there is no text to import.`,
      ),
    };
  if (bytes.length > MAX_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    return {
      error: say(
        lang,
        `${file}：文件过大（${mb} MB，上限 2 MB）。请只保留机构职能、三定规定或领导分工的部分再导入。`,
        `${file}: the file is too large (${mb} MB, the limit is 2 MB). ` +
          'Keep only the 机构职能, 三定 or 领导分工 part and import that.',
      ),
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return {
      error: say(
        lang,
        `${file}：这不是文本文件（第 ${decoded.offset} 个字节起是二进制内容）。请导入 .txt 或 .html 文件。`,
        `${file}: this is not a text file (binary content from byte ${decoded.offset}). Import a .txt or .html file.`,
      ),
    };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(text)) {
    try {
      JSON.parse(text);
      return {
        error: say(
          lang,
          `${file}：这是 JSON 文件，不是要导入的文字。检查数据集请用：gov-org-elements validate ${file}`,
          `${file}: this is a JSON file, not text to import. ` +
            `To check a dataset, run: gov-org-elements validate ${file}`,
        ),
      };
    } catch {
      /* not JSON after all: import it as text */
    }
  }
  const note =
    decoded.encoding === 'gb18030' ? say(lang, '按 GB18030/GBK 编码读取。', 'Read as GB18030/GBK.') : undefined;
  if (looksLikeHtml(text)) {
    const plain = htmlToText(text);
    const html = say(lang, '已去掉 HTML 标签、脚本和样式。', 'HTML tags, scripts and styles were removed.');
    return { text: plain, note: note ? `${note} ${html}` : html };
  }
  return note ? { text, note } : { text };
}
