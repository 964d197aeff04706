import type { Dataset, LocalText, Unit, UnitKind } from '../model/types.js';
import { UNIT_KIND_GROUPS } from '../i18n/unit-kind-groups.js';

export type ChartView = 'structure' | 'leadership';

/** One box of the chart. Ids are unique in the chart; they never collide with dataset ids. */
export interface ChartNode {
  /** Dataset id for the organisation and for units in the structure view; composite otherwise. */
  readonly id: string;
  readonly type: 'organization' | 'group' | 'unit' | 'person';
  /** The organisation, unit or person id this box shows (the kind, for a group). */
  readonly entityId: string;
  readonly label: LocalText;
  readonly aliases: readonly LocalText[];
  readonly unitKind?: UnitKind;
  readonly rank?: LocalText;
  /** Post titles for a person. */
  readonly posts?: readonly LocalText[];
  readonly dutyCount: number;
  readonly children: readonly ChartNode[];
}

/** Shared by every box without children or aliases: thousands of leaves need no array each. */
const NONE: readonly never[] = Object.freeze([]);

/** Order of the kind groups under the organisation in the structure view. */
export const KIND_ORDER: readonly UnitKind[] = [
  'internal',
  'dispatched',
  'affiliated',
  'service-window',
  'party',
  'other',
];

/** Builds the tree a view shows. Pure: the dataset is only read. */
export function buildChartTree(data: Dataset, view: ChartView): ChartNode {
  const org = data.organization;
  const children = view === 'structure' ? structureChildren(data) : leadershipChildren(data);
  return {
    id: org.id,
    type: 'organization',
    entityId: org.id,
    label: org.name,
    aliases: org.shortName ? [org.shortName] : NONE,
    rank: org.rank,
    dutyCount: org.duties?.length ?? 0,
    children,
  };
}

/**
 * A group box's name in both interface languages, like a unit's name in the data: the chart
 * picks the language when it draws the box, and find matches either.
 */
function groupLabel(kind: UnitKind): LocalText {
  return UNIT_KIND_GROUPS[kind];
}

/** A box while its children are added. */
type Draft = { -readonly [K in keyof ChartNode]: ChartNode[K] };

function structureChildren(data: Dataset): ChartNode[] {
  // One pass over the units, in dataset order (validated: every parent exists, no cycles). The
  // chart keeps no index of the dataset; the dataset's own lookups are built when asked for.
  const boxes = new Map<string, Draft>();
  for (const unit of data.units) boxes.set(unit.id, unitNode(unit, unit.id) as Draft);
  const top: ChartNode[] = [];
  for (const unit of data.units) {
    const box = boxes.get(unit.id)!;
    if (unit.parentId === data.organization.id) top.push(box);
    else {
      const parent = boxes.get(unit.parentId)!;
      if (parent.children === NONE) parent.children = [box];
      else (parent.children as ChartNode[]).push(box);
    }
  }
  return KIND_ORDER.flatMap((kind) => {
    const units = top.filter((u) => u.unitKind === kind);
    if (units.length === 0) return [];
    return [
      {
        id: `kind:${kind}`,
        type: 'group' as const,
        entityId: kind,
        label: groupLabel(kind),
        aliases: NONE,
        unitKind: kind,
        dutyCount: 0,
        children: units,
      },
    ];
  });
}

function unitNode(unit: Unit, id: string, label: LocalText = unit.name): ChartNode {
  // A box labelled as the source writes it (测绘管理处) still answers to the unit's own name.
  const aliases = label === unit.name ? (unit.aliases ?? NONE) : [unit.name, ...(unit.aliases ?? [])];
  return {
    id,
    type: 'unit',
    entityId: unit.id,
    label,
    aliases,
    unitKind: unit.kind,
    rank: unit.rank,
    dutyCount: unit.duties?.length ?? 0,
    children: NONE,
  };
}

function leadershipChildren(data: Dataset): ChartNode[] {
  const units = new Map(data.units.map((u) => [u.id, u]));
  return data.people.map((person) => ({
    id: `person:${person.id}`,
    type: 'person' as const,
    entityId: person.id,
    label: person.name,
    aliases: person.romanizedName ? [{ zh: person.romanizedName }] : NONE,
    posts: person.posts.map((p) => p.title),
    dutyCount: 0,
    children: (person.supervises ?? []).flatMap(({ unitId, asWritten }) => {
      const unit = units.get(unitId);
      return unit ? [unitNode(unit, `${person.id}/${unitId}`, asWritten ?? unit.name)] : [];
    }),
  }));
}
