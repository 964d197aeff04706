import { expect } from '@open-wc/testing';
import { exportScene, type BoxLook, type SceneContent, type SceneStyle } from '../../src/chart/export-scene.js';
import { layoutTree } from '../../src/layout/layout-tree.js';
import type { LayoutInputNode } from '../../src/layout/types.js';

const leaf = (id: string, width = 100, height = 60): LayoutInputNode => ({ id, width, height, children: [] });
// Heights as the element measures them: padding plus each line's height.
const tree: LayoutInputNode = {
  id: 'org',
  width: 160,
  height: 96,
  children: [leaf('a', 100, 57), { ...leaf('b', 140, 57), children: [leaf('b1', 100, 39)] }],
};

const plain: BoxLook = {
  fill: '#fff',
  stroke: '#6e7781',
  strokeWidth: 1,
  radius: 6,
  color: '#1f2328',
  muted: '#57606a',
};
const accent: BoxLook = { fill: '#9b1c1c', stroke: '#9b1c1c', strokeWidth: 2, radius: 6, color: '#fff', muted: '#fff' };

const style: SceneStyle = {
  padX: 26,
  padY: 18,
  fontFamily: '"Noto Sans CJK SC", sans-serif',
  background: '#f6f8fa',
  linkColor: '#6e7781',
  linkWidth: 1.5,
  label: { size: 15, weight: '600', lineHeight: 21, ascent: 17, descent: 4 },
  small: { size: 13, weight: '400', lineHeight: 18, ascent: 15, descent: 3 },
};

const contents: Record<string, SceneContent> = {
  org: { lines: ['苏州市', '国土资源局'], lang: 'zh-CN', detail: '正处级', meta: '16 项职责', look: accent },
  a: { lines: ['办公室'], lang: 'zh-CN', detail: '', meta: '4 项职责', look: plain },
  b: { lines: ['General Office'], lang: 'en', detail: 'Internal division', meta: '', look: plain },
  b1: { lines: ['测量队'], lang: 'zh-CN', detail: '', meta: '', look: plain },
};

describe('exportScene', () => {
  const layout = layoutTree(tree, { orientation: 'vertical' });
  const scene = exportScene(layout, (id) => contents[id]!, style, 10);

  it('is as big as the layout plus a margin all round', () => {
    expect([scene.width, scene.height, scene.margin]).to.deep.equal([layout.width + 20, layout.height + 20, 10]);
  });

  it('draws one box per node, its border inside the box as CSS draws it', () => {
    expect(scene.boxes.length).to.equal(4);
    const org = layout.nodes[0]!;
    expect(scene.boxes[0]).to.deep.equal({
      x: org.x + 1,
      y: org.y + 1,
      width: 158,
      height: 94,
      fill: '#9b1c1c',
      stroke: '#9b1c1c',
      strokeWidth: 2,
      radius: 5,
    });
    const a = layout.nodes.find((n) => n.id === 'a')!;
    expect(scene.boxes[1]).to.include({ x: a.x + 0.5, y: a.y + 0.5, width: 99, height: 56 });
  });

  it('keeps every link of the layout', () => {
    expect(scene.links).to.deep.equal(layout.links.map((l) => l.path));
    expect(scene.link).to.deep.equal({ color: '#6e7781', width: 1.5 });
  });

  it('writes each wrapped line, then the detail and count lines, from the padding down', () => {
    const org = layout.nodes[0]!;
    const texts = scene.texts.filter((t) => t.x === org.x + 13);
    expect(texts.map((t) => t.text)).to.deep.equal(['苏州市', '国土资源局', '正处级', '16 项职责']);
    // Baseline: the font's ascent + descent centred in the line box, as CSS places it.
    const top = org.y + 9;
    expect(texts.map((t) => t.y)).to.deep.equal([top + 17, top + 21 + 17, top + 42 + 15, top + 42 + 18 + 15]);
    expect(texts.map((t) => [t.size, t.weight, t.color])).to.deep.equal([
      [15, '600', '#fff'],
      [15, '600', '#fff'],
      [13, '400', '#fff'],
      [13, '400', '#fff'],
    ]);
  });

  it('marks the language of names only, and uses the muted colour for the small lines', () => {
    const b = scene.texts.filter((t) => t.text === 'General Office' || t.text === 'Internal division');
    expect(b.map((t) => [t.lang, t.color])).to.deep.equal([
      ['en', '#1f2328'],
      [undefined, '#57606a'],
    ]);
  });

  it('puts every line inside the padding of its own box', () => {
    expect(scene.texts.length).to.equal(4 + 2 + 2 + 1);
    for (const t of scene.texts) {
      const look = t.size === 15 ? style.label : style.small;
      const inside = layout.nodes.filter(
        (n) =>
          t.x === n.x + style.padX / 2 &&
          t.y - look.ascent >= n.y + style.padY / 2 &&
          t.y + look.descent <= n.y + n.height - style.padY / 2,
      );
      expect(inside.length, t.text).to.equal(1);
    }
  });

  it('lays out nothing of its own: a horizontal chart gives the horizontal layout', () => {
    const h = layoutTree(tree, { orientation: 'horizontal' });
    const s = exportScene(h, (id) => contents[id]!, style);
    expect(s.margin).to.equal(16);
    expect(s.boxes.map((b) => [b.x - 0.5, b.y - 0.5]).slice(1)).to.deep.equal(h.nodes.slice(1).map((n) => [n.x, n.y]));
  });
});
