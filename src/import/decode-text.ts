import { firstInvalidUtf8 } from '../model/decode-bytes.js';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'gb18030' }
  | { readonly ok: false; readonly reason: 'binary'; readonly offset: number };

/**
 * A text file's bytes as text: UTF-8 when they are valid UTF-8 (a byte-order mark dropped), else
 * GB18030, which also reads GBK and GB2312 (many government .txt files). A NUL byte or many
 * control bytes mean the file is not text at all.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, 65_536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return { ok: false, reason: 'binary', offset: i };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.05) return { ok: false, reason: 'binary', offset: 0 };
  if (firstInvalidUtf8(bytes) < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { ok: true, text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
