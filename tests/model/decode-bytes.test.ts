import { expect } from '@open-wc/testing';
import { firstInvalidUtf8 } from '../../src/model/decode-bytes.js';
import { parseDataset } from '../../src/model/parse-dataset.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('firstInvalidUtf8', () => {
  it('accepts well-formed UTF-8 of every length, Chinese and emoji included', () => {
    for (const text of [
      '',
      'abc',
      '苏州市国土资源局',
      'é ß',
      '𠮷野家 😀',
      '\u0000\u007f\u0080\u07ff\u0800\uffff\u{10000}\u{10ffff}',
    ]) {
      expect(firstInvalidUtf8(utf8(text)), text).to.equal(-1);
    }
  });

  it('finds the first bad byte', () => {
    // "苏州" saved as GBK: CB D5 D6 DD
    expect(firstInvalidUtf8(bytes(0x7b, 0x22, 0xcb, 0xd5, 0xd6, 0xdd))).to.equal(2);
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).to.equal(1); // lone continuation byte
    expect(firstInvalidUtf8(bytes(0xe8, 0x8b))).to.equal(0); // truncated sequence at the end
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).to.equal(0); // overlong "/"
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).to.equal(0); // overlong, three bytes
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).to.equal(0); // UTF-16 surrogate D800
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).to.equal(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes(0xff))).to.equal(0);
  });

  it("agrees with the browser's strict decoder on random bytes", () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let run = 0; run < 2000; run++) {
      const sample = Uint8Array.from({ length: 1 + (run % 12) }, () =>
        run % 3 === 0 ? next() : 0x80 + (next() % 0x78),
      );
      let valid = true;
      try {
        strict.decode(sample);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(sample) === -1, Array.from(sample).join(' ')).to.equal(valid);
    }
  });
});

describe('parseDataset given bytes', () => {
  it('reads UTF-8 bytes (with or without a byte-order mark) like the text they encode', () => {
    const text = JSON.stringify(smallDataset());
    expect(parseDataset(utf8(text)).ok).to.equal(true);
    expect(parseDataset(utf8(text).buffer).ok).to.equal(true);
    expect(parseDataset(utf8(`\ufeff${text}`)).ok).to.equal(true);
  });

  it('names the offset of the first bad byte and suggests saving as UTF-8 (a GBK file)', () => {
    const good = utf8('{"schemaVersion": 1, "asOf": "');
    const gbk = bytes(...good, 0xcb, 0xd5, 0xd6, 0xdd, 0x22, 0x7d);
    const result = parseDataset(gbk);
    expect(result.ok).to.equal(false);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]!.code).to.equal('not-utf8');
    expect(result.issues[0]!.message.zh).to.contain(`第 ${good.length} 个字节`).and.contain('UTF-8');
    expect(result.issues[0]!.message.en).to.contain(`byte ${good.length}`).and.contain('GBK');
  });

  it('says an empty or blank file is empty', () => {
    for (const input of ['', '  \n', new Uint8Array(0)]) {
      const result = parseDataset(input);
      expect(result.issues[0]!.code).to.equal('not-json');
      expect(result.issues[0]!.message.en).to.contain('empty');
    }
  });
});
