/**
 * Reading a dataset file's raw bytes. Datasets are UTF-8; files saved by office software in
 * GBK/GB2312 are the usual mistake, and a lenient decoder would quietly turn their Chinese into
 * U+FFFD, so an invalid byte is reported with its offset instead.
 */

/** Offset of the first byte that does not belong to well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [length, min] =
      b < 0x80
        ? [1, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80]
          : b >= 0xe0 && b <= 0xef
            ? [3, 0x800]
            : b >= 0xf0 && b <= 0xf4
              ? [4, 0x10000]
              : [0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    let code = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/** The bytes as text (a leading byte-order mark dropped), or the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  // The browser's strict decoder checks and decodes in one native pass (a 2.5 MB file: a few ms,
  // where the byte loop above takes tens); the loop only runs to name the bad byte.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return bad >= 0 ? { badByte: bad } : { text: new TextDecoder('utf-8').decode(bytes) };
  }
}
