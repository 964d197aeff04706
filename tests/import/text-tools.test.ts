import { expect } from '@open-wc/testing';
import { decodeText, htmlToText, locateJsonPointer } from '../../src/import/index.js';
import { chineseNumber, findLabels, sequenceLabels } from '../../src/import/numbering.js';

describe('numbering', () => {
  it('reads Chinese numbers', () => {
    expect(['一', '十', '十六', '二十三', '一百零二'].map(chineseNumber)).to.deep.equal([1, 10, 16, 23, 102]);
    expect(chineseNumber('甲')).to.be.NaN;
  });

  it('finds labels only where a list can start, and keeps only those in sequence', () => {
    const text = '（一）统一、规范管理。（二）第二项。（五）引用。\n1.甲\n2.乙';
    const kept = sequenceLabels(findLabels(text));
    expect(kept.map((l) => text.slice(l.start, l.end))).to.deep.equal(['（一）', '（二）', '1.', '2.']);
  });

  it('gives a list opened inside an item a deeper level', () => {
    const text = '第一条 总则。第二条 职责：（一）甲。（二）乙。第三条 附则。';
    const kept = sequenceLabels(findLabels(text));
    expect(kept.map((l) => [text.slice(l.start, l.end), l.depth])).to.deep.equal([
      ['第一条', 0],
      ['第二条', 0],
      ['（一）', 1],
      ['（二）', 1],
      ['第三条', 0],
    ]);
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles, comments and tags, breaks lines at blocks and decodes entities', () => {
    const html =
      '<html><head><title>t</title><style>p{}</style></head><body><!-- x --><p>甲&amp;乙&nbsp;丙</p>' +
      '<script>alert(1)</script><div>丁&#x4E00;&#19968;</div></body></html>';
    expect(htmlToText(html)).to.equal('甲&乙\u00a0丙\n\n丁一一');
  });

  it('keeps a > inside an attribute, drops the source indentation, and parts a heading from its list', () => {
    const html =
      '<div ms-visible="list.length>0">\n            <span>主要职能</span><span>(一)贯彻执行方针。</span>\n' +
      '            （二）负责统计。<br>\n\u3000\u3000<a href="#">办公室</a> | <a href="#">人事处</a></div>';
    // <br> and the source's line break after it: a blank line, as the source has it.
    expect(htmlToText(html)).to.equal('主要职能\n(一)贯彻执行方针。\n（二）负责统计。\n\n办公室 | 人事处');
  });
});

describe('decodeText', () => {
  it('reads UTF-8, falls back to GB18030 for GBK bytes, and refuses binary', () => {
    expect(decodeText(new TextEncoder().encode('苏州'))).to.deep.equal({ ok: true, text: '苏州', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xcb, 0xd5, 0xd6, 0xdd]))).to.deep.equal({
      ok: true,
      text: '苏州',
      encoding: 'gb18030',
    });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).to.deep.equal({
      ok: false,
      reason: 'binary',
      offset: 4,
    });
  });
});

describe('locateJsonPointer', () => {
  const json = '{\n  "a": [1, {"b": "x/y"}],\n  "c~d": {"e/f": true}\n}';
  it('finds the line and column of a value', () => {
    expect(locateJsonPointer(json, '/a/1/b')).to.include({ line: 2, column: 18 });
    expect(locateJsonPointer(json, '/c~0d/e~1f')).to.include({ line: 3, column: 18 });
    expect(locateJsonPointer(json, '')).to.include({ line: 1, column: 1 });
  });
  it('points a missing member at the object lacking it, and gives nothing for broken JSON', () => {
    expect(locateJsonPointer(json, '/c~0d/missing')).to.include({ line: 3, column: 10 });
    expect(locateJsonPointer('{"a" 1}', '/a')).to.equal(undefined);
  });
});
