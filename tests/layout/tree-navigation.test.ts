import { expect } from '@open-wc/testing';
import { keyAction, typeAhead } from '../../src/layout/tree-navigation.js';
import { navList } from '../../src/layout/nav-list.js';
import type { NavMode, NavNode } from '../../src/layout/tree-navigation.js';
import type { Orientation } from '../../src/layout/types.js';

interface Spec {
  id: string;
  labels?: string[];
  open?: boolean;
  children?: Spec[];
}

/** The visible pre-order list for a tree: children of a closed node exist but are not listed. */
function visibleOf(specs: readonly Spec[], parentId: string | null = null, depth = 0): NavNode[] {
  return specs.flatMap((s) => {
    const hasChildren = (s.children?.length ?? 0) > 0;
    const expanded = hasChildren && s.open !== false;
    const node: NavNode = { id: s.id, parentId, depth, hasChildren, expanded, labels: s.labels ?? [s.id] };
    return [node, ...(expanded ? visibleOf(s.children ?? [], s.id, depth + 1) : [])];
  });
}

/**
 * root
 * ├─ office               leaf
 * ├─ finance              open
 * │  ├─ budget            leaf
 * │  └─ fire              leaf
 * └─ planning             closed, with (hidden) children
 */
const tree = visibleOf([
  {
    id: 'root',
    labels: ['局机关', 'Bureau'],
    children: [
      { id: 'office', labels: ['办公室', 'General Office', '办公'] },
      {
        id: 'finance',
        labels: ['财务处', 'Finance Division'],
        children: [
          { id: 'budget', labels: ['财政预算科', 'Budget Section'] },
          { id: 'fire', labels: ['消防科', 'Fire Safety Section'] },
        ],
      },
      {
        id: 'planning',
        labels: ['规划处', 'Planning Division', 'Facilities Planning'],
        open: false,
        children: [{ id: 'survey', labels: ['测绘科', 'Survey Section'] }],
      },
    ],
  },
]);

/** Two open branches with a leaf between them, so the same depth continues into a cousin. */
const wide = visibleOf([
  {
    id: 'root',
    children: [{ id: 'a', children: [{ id: 'a1' }, { id: 'a2' }] }, { id: 'b' }, { id: 'c', children: [{ id: 'c1' }] }],
  },
]);

const ALL_KEYS = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', '*', 'Enter', ' '];
const CONFIGS: readonly { name: string; orientation: Orientation; mode: NavMode }[] = [
  { name: 'in list mode', orientation: 'vertical', mode: 'list' },
  { name: 'in list mode with a horizontal chart orientation', orientation: 'horizontal', mode: 'list' },
  { name: 'in a vertical chart', orientation: 'vertical', mode: 'chart' },
  { name: 'in a horizontal chart', orientation: 'horizontal', mode: 'chart' },
];

describe('keyAction in list mode', () => {
  const key = (k: string, id: string, visible = tree) => keyAction(k, navList(visible), id, 'vertical', 'list');

  it('moves focus to the next visible node on ArrowDown, entering open nodes and leaving them', () => {
    expect(key('ArrowDown', 'root')).to.deep.equal({ type: 'focus', id: 'office' });
    expect(key('ArrowDown', 'finance')).to.deep.equal({ type: 'focus', id: 'budget' });
    expect(key('ArrowDown', 'fire')).to.deep.equal({ type: 'focus', id: 'planning' });
  });

  it('moves focus to the previous visible node on ArrowUp', () => {
    expect(key('ArrowUp', 'planning')).to.deep.equal({ type: 'focus', id: 'fire' });
    expect(key('ArrowUp', 'budget')).to.deep.equal({ type: 'focus', id: 'finance' });
    expect(key('ArrowUp', 'office')).to.deep.equal({ type: 'focus', id: 'root' });
  });

  it('does nothing on ArrowDown from the last visible node or ArrowUp from the root', () => {
    expect(key('ArrowDown', 'planning')).to.equal(undefined);
    expect(key('ArrowUp', 'root')).to.equal(undefined);
  });

  it('expands a closed node with children on ArrowRight without moving focus', () => {
    expect(key('ArrowRight', 'planning')).to.deep.equal({ type: 'expand', id: 'planning' });
  });

  it('moves focus to the first child of an open node on ArrowRight', () => {
    expect(key('ArrowRight', 'finance')).to.deep.equal({ type: 'focus', id: 'budget' });
    expect(key('ArrowRight', 'root')).to.deep.equal({ type: 'focus', id: 'office' });
  });

  it('does nothing on ArrowRight on a leaf', () => {
    expect(key('ArrowRight', 'office')).to.equal(undefined);
    expect(key('ArrowRight', 'fire')).to.equal(undefined);
  });

  it('collapses an open node on ArrowLeft, the root included', () => {
    expect(key('ArrowLeft', 'finance')).to.deep.equal({ type: 'collapse', id: 'finance' });
    expect(key('ArrowLeft', 'root')).to.deep.equal({ type: 'collapse', id: 'root' });
  });

  it('moves focus to the parent on ArrowLeft from a leaf or a closed node', () => {
    expect(key('ArrowLeft', 'budget')).to.deep.equal({ type: 'focus', id: 'finance' });
    expect(key('ArrowLeft', 'fire')).to.deep.equal({ type: 'focus', id: 'finance' });
    expect(key('ArrowLeft', 'planning')).to.deep.equal({ type: 'focus', id: 'root' });
    expect(key('ArrowLeft', 'office')).to.deep.equal({ type: 'focus', id: 'root' });
  });

  it('does nothing on ArrowLeft on a closed root, which has no parent', () => {
    const closed = visibleOf([{ id: 'root', open: false, children: [{ id: 'x' }] }]);
    expect(key('ArrowLeft', 'root', closed)).to.equal(undefined);
  });

  it('treats a node marked expanded but without children as a leaf', () => {
    const odd: NavNode[] = [
      { id: 'root', parentId: null, depth: 0, hasChildren: true, expanded: true, labels: [] },
      { id: 'empty', parentId: 'root', depth: 1, hasChildren: false, expanded: true, labels: [] },
    ];
    expect(key('ArrowRight', 'empty', odd)).to.equal(undefined);
    expect(key('ArrowLeft', 'empty', odd)).to.deep.equal({ type: 'focus', id: 'root' });
  });

  it('does not invent a child when an open node has none visible after it', () => {
    const inconsistent: NavNode[] = [
      { id: 'root', parentId: null, depth: 0, hasChildren: true, expanded: true, labels: [] },
      { id: 'sibling', parentId: null, depth: 0, hasChildren: false, expanded: false, labels: [] },
    ];
    expect(key('ArrowRight', 'root', inconsistent)).to.equal(undefined);
  });
});

for (const [orientation, keys] of [
  ['vertical', { into: 'ArrowDown', out: 'ArrowUp', next: 'ArrowRight', previous: 'ArrowLeft' }],
  ['horizontal', { into: 'ArrowRight', out: 'ArrowLeft', next: 'ArrowDown', previous: 'ArrowUp' }],
] as const) {
  describe(`keyAction in a ${orientation} chart`, () => {
    const key = (k: string, id: string, visible = tree) => keyAction(k, navList(visible), id, orientation, 'chart');

    it(`expands a closed node with children on ${keys.into}`, () => {
      expect(key(keys.into, 'planning')).to.deep.equal({ type: 'expand', id: 'planning' });
    });

    it(`moves focus to the first child on ${keys.into}`, () => {
      expect(key(keys.into, 'finance')).to.deep.equal({ type: 'focus', id: 'budget' });
      expect(key(keys.into, 'root')).to.deep.equal({ type: 'focus', id: 'office' });
    });

    it(`does nothing on ${keys.into} on a leaf, even when another node follows it in the list`, () => {
      expect(key(keys.into, 'office')).to.equal(undefined);
      expect(key(keys.into, 'fire')).to.equal(undefined);
    });

    it(`collapses an open node on ${keys.out}`, () => {
      expect(key(keys.out, 'finance')).to.deep.equal({ type: 'collapse', id: 'finance' });
      expect(key(keys.out, 'root')).to.deep.equal({ type: 'collapse', id: 'root' });
    });

    it(`moves focus to the parent on ${keys.out} from a leaf or a closed node`, () => {
      expect(key(keys.out, 'fire')).to.deep.equal({ type: 'focus', id: 'finance' });
      expect(key(keys.out, 'planning')).to.deep.equal({ type: 'focus', id: 'root' });
    });

    it(`does nothing on ${keys.out} on a closed root`, () => {
      const closed = visibleOf([{ id: 'root', open: false, children: [{ id: 'x' }] }]);
      expect(key(keys.out, 'root', closed)).to.equal(undefined);
    });

    it(`moves to the next node at the same depth on ${keys.next}, skipping the children in between`, () => {
      expect(key(keys.next, 'office')).to.deep.equal({ type: 'focus', id: 'finance' });
      expect(key(keys.next, 'finance')).to.deep.equal({ type: 'focus', id: 'planning' });
      expect(key(keys.next, 'budget')).to.deep.equal({ type: 'focus', id: 'fire' });
    });

    it(`moves to the previous node at the same depth on ${keys.previous}`, () => {
      expect(key(keys.previous, 'planning')).to.deep.equal({ type: 'focus', id: 'finance' });
      expect(key(keys.previous, 'fire')).to.deep.equal({ type: 'focus', id: 'budget' });
    });

    it(`crosses into a cousin on ${keys.next} and ${keys.previous}`, () => {
      expect(key(keys.next, 'a2', wide)).to.deep.equal({ type: 'focus', id: 'c1' });
      expect(key(keys.previous, 'c1', wide)).to.deep.equal({ type: 'focus', id: 'a2' });
    });

    it(`does nothing on ${keys.next} from the last node of a depth or ${keys.previous} from the first`, () => {
      expect(key(keys.next, 'planning')).to.equal(undefined);
      expect(key(keys.next, 'fire')).to.equal(undefined);
      expect(key(keys.previous, 'office')).to.equal(undefined);
      expect(key(keys.previous, 'budget')).to.equal(undefined);
      expect(key(keys.next, 'root')).to.equal(undefined);
      expect(key(keys.previous, 'root')).to.equal(undefined);
    });
  });
}

for (const { name, orientation, mode } of CONFIGS) {
  describe(`keyAction keys shared by every layout, ${name}`, () => {
    const key = (k: string, id: string, visible = tree) => keyAction(k, navList(visible), id, orientation, mode);

    it('moves focus to the first visible node on Home and the last on End', () => {
      expect(key('Home', 'fire')).to.deep.equal({ type: 'focus', id: 'root' });
      expect(key('End', 'office')).to.deep.equal({ type: 'focus', id: 'planning' });
    });

    it('does nothing on Home at the first node or End at the last', () => {
      expect(key('Home', 'root')).to.equal(undefined);
      expect(key('End', 'planning')).to.equal(undefined);
    });

    it('activates the focused node on Enter and on Space', () => {
      expect(key('Enter', 'budget')).to.deep.equal({ type: 'activate', id: 'budget' });
      expect(key(' ', 'finance')).to.deep.equal({ type: 'activate', id: 'finance' });
    });

    it('expands every closed sibling with children on *, the focused node included', () => {
      const closed = visibleOf([
        {
          id: 'root',
          children: [
            { id: 'p', open: false, children: [{ id: 'p1' }] },
            { id: 'leaf' },
            { id: 'q', children: [{ id: 'q1' }] },
            { id: 'r', open: false, children: [{ id: 'r1' }] },
          ],
        },
      ]);
      expect(key('*', 'leaf', closed)).to.deep.equal({ type: 'expand-siblings', ids: ['p', 'r'] });
      expect(key('*', 'p', closed)).to.deep.equal({ type: 'expand-siblings', ids: ['p', 'r'] });
      expect(key('*', 'office')).to.deep.equal({ type: 'expand-siblings', ids: ['planning'] });
    });

    it('does nothing on * when no sibling can be expanded', () => {
      expect(key('*', 'budget')).to.equal(undefined);
      expect(key('*', 'root')).to.equal(undefined);
    });

    it('does nothing for keys outside the pattern', () => {
      for (const k of ['Tab', 'Escape', 'PageDown', 'a', 'F2', 'toString', 'constructor', '']) {
        expect(key(k, 'finance'), k).to.equal(undefined);
      }
    });

    it('does nothing for any key when the focused id is not visible', () => {
      for (const k of ALL_KEYS) {
        expect(key(k, 'survey'), k).to.equal(undefined);
        expect(key(k, 'nobody'), k).to.equal(undefined);
        expect(keyAction(k, navList([]), 'root', orientation, mode), k).to.equal(undefined);
      }
    });
  });
}

describe('typeAhead', () => {
  const find = (id: string, query: string, visible = tree) => typeAhead(navList(visible), id, query);

  it('finds a node by the start of its Chinese name', () => {
    expect(find('root', '规')).to.equal('planning');
    expect(find('root', '财务')).to.equal('finance');
  });

  it('finds a node by the start of its English name, ignoring case', () => {
    expect(find('root', 'fin')).to.equal('finance');
    expect(find('root', 'FIN')).to.equal('finance');
    expect(find('root', 'Planning d')).to.equal('planning');
  });

  it("matches any of a node's labels, aliases included", () => {
    expect(find('root', 'facil')).to.equal('planning');
    expect(find('root', '办公')).to.equal('office');
  });

  it('matches the start of a label only, not the middle', () => {
    expect(find('root', 'division')).to.equal(undefined);
    expect(find('root', '务处')).to.equal(undefined);
  });

  it('starts a single-letter search after the focused node', () => {
    expect(find('finance', 'f')).to.equal('fire');
    expect(find('fire', 'f')).to.equal('planning');
  });

  it('wraps around to the top after the last visible node', () => {
    expect(find('planning', 'f')).to.equal('finance');
    expect(find('planning', 'g')).to.equal('office');
    expect(find('fire', '财')).to.equal('finance');
  });

  it('returns the focused node itself when it is the only match', () => {
    expect(find('planning', 'p')).to.equal('planning');
    expect(find('office', '办公室')).to.equal('office');
  });

  it('returns nothing when no visible label matches, hidden children included', () => {
    expect(find('root', 'xyz')).to.equal(undefined);
    expect(find('root', '测绘')).to.equal(undefined);
    expect(find('root', 'survey')).to.equal(undefined);
  });

  it('returns nothing for an empty query or an empty tree', () => {
    expect(find('root', '')).to.equal(undefined);
    expect(typeAhead(navList([]), 'root', 'f')).to.equal(undefined);
  });

  it('cycles through the nodes starting with a Latin letter typed repeatedly', () => {
    const seen: (string | undefined)[] = [];
    let focus = 'root';
    for (const query of ['f', 'ff', 'fff', 'ffff']) {
      focus = find(focus, query) ?? focus;
      seen.push(focus);
    }
    expect(seen).to.deep.equal(['finance', 'fire', 'planning', 'finance']);
  });

  it('cycles through the nodes starting with a Chinese character typed repeatedly', () => {
    expect(find('root', '财')).to.equal('finance');
    expect(find('finance', '财财')).to.equal('budget');
    expect(find('budget', '财财财')).to.equal('finance');
  });

  it('keeps the focused match while a longer query still fits it, then moves on', () => {
    expect(find('root', 'f')).to.equal('finance');
    expect(find('finance', 'fi')).to.equal('finance');
    expect(find('finance', 'fin')).to.equal('finance');
    expect(find('finance', 'fir')).to.equal('fire');
  });

  it('matches full-width Latin letters typed by a Chinese input method', () => {
    expect(find('root', 'ｆｉｎ')).to.equal('finance');
    expect(find('root', 'ＦＩＲＥ')).to.equal('fire');
  });

  it('matches labels written in full-width letters or with leading spaces', () => {
    const odd = visibleOf([
      {
        id: 'root',
        children: [
          { id: 'it', labels: ['信息中心', 'ＩＴ Ｃｅｎｔｅｒ'] },
          { id: 'legal', labels: ['  Legal Affairs'] },
        ],
      },
    ]);
    expect(find('root', 'it c', odd)).to.equal('it');
    expect(find('root', 'legal', odd)).to.equal('legal');
  });

  it('searches from the top when the focused id is unknown', () => {
    expect(find('nobody', 'f')).to.equal('finance');
    expect(find('nobody', 'bureau')).to.equal('root');
  });
});
