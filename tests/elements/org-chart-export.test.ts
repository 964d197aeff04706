import { expect, oneEvent } from '@open-wc/testing';
import json from '../../data/suzhou-land-resources-bureau.json';
import type { OrgChart } from '../../src/elements/org-chart/org-chart.js';
import type { ChartExportEvent } from '../../src/events.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { item, items, mountChart, settle } from './org-chart-helpers.js';

const data = json as {
  organization: { name: { zh: string; en: string } };
  units: { id: string; name: { zh: string; en?: string } }[];
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), doc.querySelector('parsererror')?.textContent ?? '').to.equal(null);
  return doc;
}

/** Every text run of the drawing, joined: a name wrapped over several lines reads whole. */
const allText = (doc: Document): string => [...doc.querySelectorAll('text')].map((t) => t.textContent).join('');

const viewBox = (doc: Document): number[] => doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number);

const button = (el: OrgChart, name: string): HTMLButtonElement =>
  [...el.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) => b.textContent!.trim() === name)!;

describe('<org-chart> export as SVG', () => {
  it('draws every unit of the fully opened chart, with its Chinese name, in a valid SVG document', async () => {
    const el = await mountChart();
    el.expandAll();
    el.fit();
    await settle(el);
    const svg = await el.exportSvg();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).to.equal(true);
    const doc = parse(svg);
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).to.equal('zh-CN');
    const text = allText(doc);
    expect(text).to.contain('苏州市国土资源局').and.contain('办公室');
    for (const unit of data.units) expect(text, unit.id).to.contain(unit.name.zh);
    // One box per shown node, and the font list names Chinese faces.
    expect(doc.querySelectorAll('rect').length - 1).to.equal(items(el).length);
    expect(doc.querySelector('g[font-family]')!.getAttribute('font-family'))
      .to.contain('Noto Sans CJK SC')
      .and.contain('Microsoft YaHei');
  });

  it('draws the whole chart as it is open, whatever is zoomed into view', async () => {
    const el = await mountChart();
    el.expandAll();
    el.fit();
    await settle(el);
    const fitted = await el.exportSvg();
    for (let i = 0; i < 6; i++) el.zoomIn();
    await settle(el);
    // Zoomed in, most boxes are off screen and not rendered at all.
    const rendered = new Set(items(el).map((n) => n.dataset['id']));
    const offScreen = data.units.filter((u) => !rendered.has(u.id));
    expect(offScreen.length).to.be.greaterThan(5);
    const svg = await el.exportSvg();
    expect(svg).to.equal(fitted);
    const text = allText(parse(svg));
    for (const unit of offScreen) expect(text, unit.id).to.contain(unit.name.zh);
  });

  it('has a viewBox around every box and link', async () => {
    for (const orientation of ['vertical', 'horizontal'] as const) {
      const el = await mountChart({ orientation, view: 'leadership' });
      el.expandAll();
      await settle(el);
      const doc = parse(await el.exportSvg());
      const [x, y, w, h] = viewBox(doc);
      expect(Number(doc.documentElement.getAttribute('width'))).to.equal(w);
      const svgEl = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
      document.body.append(svgEl);
      try {
        for (const shape of svgEl.querySelectorAll<SVGGraphicsElement>('rect, path, text')) {
          const b = shape.getBBox();
          expect(
            b.x >= x! && b.y >= y! && b.x + b.width <= x! + w! && b.y + b.height <= y! + h!,
            `${orientation} ${shape.outerHTML.slice(0, 80)}`,
          ).to.equal(true);
        }
      } finally {
        svgEl.remove();
      }
    }
  });

  it('keeps each name inside its box, wrapped as on screen', async () => {
    const el = await mountChart();
    const doc = parse(await el.exportSvg());
    const svgEl = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(svgEl);
    try {
      const rects = [...svgEl.querySelectorAll('rect')].slice(1).map((r) => r.getBBox());
      for (const text of svgEl.querySelectorAll('text')) {
        const t = text.getBBox();
        expect(
          rects.some(
            (r) =>
              t.x >= r.x && t.y >= r.y - 1 && t.x + t.width <= r.x + r.width && t.y + t.height <= r.y + r.height + 1,
          ),
          text.textContent!,
        ).to.equal(true);
      }
      // The screen's line breaks: the number of text lines of a box equals its .line spans.
      const screenLines = el.querySelectorAll('.node:not(.probe) .line').length;
      const details = el.querySelectorAll('.node:not(.probe) :is(.detail, .meta)').length;
      expect(svgEl.querySelectorAll('text').length).to.equal(screenLines + details);
    } finally {
      svgEl.remove();
    }
  });

  it('uses the chart language: English names, Chinese ones marked where no English exists', async () => {
    const el = await mountChart();
    el.setAttribute('lang', 'en');
    await settle(el);
    const doc = parse(await el.exportSvg());
    expect(doc.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).to.equal('en');
    const texts = [...doc.querySelectorAll('text')];
    expect(allText(doc)).to.contain(data.organization.name.en.split(' ')[0]);
    const chinese = texts.find(
      (t) =>
        /[\u4e00-\u9fff]/.test(t.textContent!) &&
        t.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') === 'zh-CN',
    );
    const withoutEn = data.units.some((u) => !u.name.en);
    if (withoutEn) expect(chinese, 'a Chinese-only name marked xml:lang="zh-CN"').to.not.equal(undefined);
  });

  it('escapes markup characters in names', async () => {
    const dataset = smallDataset();
    dataset['units'][0].name = { zh: '办公室 <b>&"甲"</b>' };
    const el = await mountChart({ data: dataset });
    const svg = await el.exportSvg();
    expect(svg).to.not.contain('<b>');
    expect(allText(parse(svg))).to.contain('办公室 <b>&"甲"</b>');
  });

  it('takes its colours from the resolved styles, so a theme carries over', async () => {
    const el = await mountChart({ selected: 'general-office' });
    el.style.setProperty('--org-chart-root-background', '#123456');
    el.style.setProperty('--org-chart-link-color', 'rgb(1, 2, 3)');
    const doc = parse(await el.exportSvg());
    const rects = [...doc.querySelectorAll('rect')];
    expect(rects.some((r) => r.getAttribute('fill') === 'rgb(18, 52, 86)')).to.equal(true);
    expect(doc.querySelector('g[stroke]')!.getAttribute('stroke')).to.equal('rgb(1, 2, 3)');
    // The selected unit keeps its 2-px selection border.
    expect(rects.filter((r) => r.getAttribute('stroke-width') === '2').length).to.equal(1);
  });
});

/** The pixels of a PNG blob. */
async function pixels(blob: Blob): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    height: bitmap.height,
    at: (x, y) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data],
  };
}

describe('<org-chart> export as PNG', () => {
  it('is a PNG of the whole drawing at twice its size, with the boxes painted', async () => {
    const el = await mountChart();
    el.expandAll();
    await settle(el);
    const doc = parse(await el.exportSvg());
    const blob = await el.exportPng();
    expect(blob.type).to.equal('image/png');
    expect([...new Uint8Array(await blob.slice(0, 8).arrayBuffer())]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const [x0, y0, w, h] = viewBox(doc);
    const png = await pixels(blob);
    expect(Math.abs(png.width - w! * 2)).to.be.at.most(1);
    expect(Math.abs(png.height - h! * 2)).to.be.at.most(1);
    // The organisation's box is painted in the accent colour; a corner of the margin is the chart background.
    const root = doc.querySelectorAll('rect')[1]!;
    const cx = (Number(root.getAttribute('x')) + Number(root.getAttribute('width')) / 2 - x0!) * 2;
    const cy = (Number(root.getAttribute('y')) + 3 - y0!) * 2;
    const [r, g, b] = png.at(cx, cy);
    expect([r, g, b], 'organisation box').to.deep.equal([0x9b, 0x1c, 0x1c]);
    expect(png.at(4, 4).slice(0, 3), 'background').to.deep.equal([0xf6, 0xf8, 0xfa]);
    // Text is drawn: the organisation's box is not one flat colour.
    const row = Array.from({ length: 200 }, (_, i) => png.at(cx - 100 + i, cy + 30)[1]);
    expect(new Set(row).size).to.be.greaterThan(3);
  });

  it('takes a scale', async () => {
    const el = await mountChart();
    const [, , w] = viewBox(parse(await el.exportSvg()));
    const png = await pixels(await el.exportPng({ scale: 1 }));
    expect(Math.abs(png.width - w!)).to.be.at.most(1);
  });
});

describe('<org-chart> export buttons', () => {
  let urls: Blob[] = [];
  let revoked: string[] = [];
  let clicked: HTMLAnchorElement[] = [];
  const original = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    click: HTMLAnchorElement.prototype.click,
  };
  beforeEach(() => {
    urls = [];
    revoked = [];
    clicked = [];
    URL.createObjectURL = (blob: Blob) => `blob:test/${urls.push(blob)}`;
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
  });
  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    HTMLAnchorElement.prototype.click = original.click;
  });

  it('downloads an SVG named after the organisation and says so with chart-export', async () => {
    const el = await mountChart();
    const event = oneEvent(el, 'chart-export') as Promise<ChartExportEvent>;
    button(el, '导出 SVG').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ format: 'svg', filename: '苏州市国土资源局-组织机构.svg' });
    expect(clicked.map((a) => [a.download, a.getAttribute('href')])).to.deep.equal([
      ['苏州市国土资源局-组织机构.svg', 'blob:test/1'],
    ]);
    expect(urls[0]!.type).to.equal('image/svg+xml');
    expect(allText(parse(await urls[0]!.text()))).to.contain('办公室');
    await new Promise((r) => setTimeout(r, 1100));
    expect(revoked).to.deep.equal(['blob:test/1']);
  });

  it('downloads a PNG, in English too', async () => {
    const el = await mountChart();
    el.setAttribute('lang', 'en');
    await settle(el);
    const event = oneEvent(el, 'chart-export') as Promise<ChartExportEvent>;
    button(el, 'Export PNG').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ format: 'png', filename: `${data.organization.name.en} - organisation chart.png` });
    expect(urls[0]!.type).to.equal('image/png');
    expect(clicked[0]!.download).to.equal(detail.filename);
  });

  it('says in the chart when a PNG cannot be made, downloads nothing, and clears the message on success', async () => {
    const el = await mountChart();
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    const exports: Event[] = [];
    el.addEventListener('chart-export', (e) => exports.push(e));
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
    try {
      button(el, '导出 PNG').click();
      await new Promise((r) => setTimeout(r, 100));
      await settle(el);
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
    }
    const alert = el.querySelector('[part~="notice"][role="alert"]');
    expect(alert!.textContent).to.contain('未能导出 PNG 文件').and.contain('PNG could not be encoded');
    expect(clicked).to.deep.equal([]);
    expect(exports).to.deep.equal([]);
    button(el, '导出 SVG').click();
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(el.querySelector('[part~="notice"][role="alert"]')).to.equal(null);
    expect(exports).to.have.length(1);
  });

  it('offers export in the narrow list too, where it still draws the chart', async () => {
    const el = await mountChart({}, 400);
    expect(el.querySelector('[part~="list"]')).to.not.equal(null);
    const event = oneEvent(el, 'chart-export') as Promise<ChartExportEvent>;
    button(el, '导出 SVG').click();
    await event;
    const doc = parse(await urls[0]!.text());
    expect(viewBox(doc)[2]).to.be.greaterThan(400);
    expect(allText(doc)).to.contain('办公室');
  });

  it('fires no chart-export for the methods, which only return the drawing', async () => {
    const el = await mountChart();
    let fired = 0;
    el.addEventListener('chart-export', () => fired++);
    await el.exportSvg();
    await el.exportPng({ scale: 1 });
    expect(fired).to.equal(0);
    expect(item(el, 'general-office')).to.not.equal(null);
  });
});
