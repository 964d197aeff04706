import type { UnitKind } from '../model/types.js';
import type { Span } from './types.js';

/** Endings that make a phrase a unit's name (longest first, so 分局 wins over 局). */
export const UNIT_ENDINGS = [
  '办公室',
  '办公厅',
  '委员会',
  '服务中心',
  '中心',
  '分局',
  '支队',
  '大队',
  '中队',
  '窗口',
  // A court's divisions: 刑事审判庭, 民事审判第一庭, 立案庭, 某某人民法庭 (not 家庭).
  '审判庭',
  '审判第一庭',
  '审判第二庭',
  '审判第三庭',
  '审判第四庭',
  '审判第五庭',
  '立案庭',
  '法庭',
  // A hospital's wards: 中医经典病房, 心内科一病区.
  '病房',
  '病区',
  '党委',
  '党总支',
  '党支部',
  '支部',
  '处',
  '科',
  '室',
  '局',
  '厅',
  '司',
  '站',
  '所',
  '队',
  '股',
  '部',
  '院',
  '馆',
  '办',
  '组',
  '委',
  '会',
];
const ENDING = UNIT_ENDINGS.join('|');
const NAME_CHAR = '[\\u4e00-\\u9fff\\w·]';
/** The verbs a duty opens with (负责…, 指导…). */
export const DUTY_VERBS =
  '负责|承担|开展|组织|拟订|拟定|研究|指导|协调|管理|参与|监督|制定|办理|贯彻|编制|统筹|起草|受理|实施|牵头|履行|主管';
/** Text that opens as a duty does: not a unit's name, nor where a duty's text stops. */
export const DUTY_OPENING = new RegExp(`^(?:${DUTY_VERBS}|联系|完成|推进|做好)`, 'u');
/** A rank: 正科级, 副县级, 正厅级. */
export const RANK = '(?:正|副)?(?:部|厅|局|处|县|科|乡|股)级';
/** What may follow a unit's name at the head of its paragraph: punctuation, a bracket, a duty verb. */
const AFTER_NAME = `的(?=(?:主要)?职[责能])|[（(]|[。：:，,；;\\s]|$|${DUTY_VERBS}|主要职责|职责|为|是`;
const HEAD = new RegExp(`^(${NAME_CHAR}{0,24}?(?:${ENDING}))(?=${AFTER_NAME})`, 'u');
const BRACKET = /^[（(]([^（()）]{1,60})[)）]/u;

export interface UnitHead {
  readonly name: Span;
  /** Second names in brackets right after the name (加挂牌子), each as its own span. */
  readonly aliases: readonly Span[];
  /** A rank in brackets right after the name (（正股级）). */
  readonly rank?: Span;
  /** Where the unit's own text (its duties) starts. */
  rest: number;
}

/** A bracket that gives a second name: （挂农村改革股牌子）, （加挂测绘股牌子）, also wrapped. */
export const PLATE = /^(?:加)?挂([\s\S]+?)牌子$/u;
/** A bracket that gives a rank: （正股级）. */
export const RANK_ONLY = new RegExp(`^${RANK}$`, 'u');

/** The unit named at the start of `span` ("综合科负责…", "甲处（乙处）组织…", "规划科\n…"). */
export function unitHead(text: string, span: Span): UnitHead | undefined {
  let start = span.start;
  while (start < span.end && /\s/.test(text[start]!)) start++;
  const head = HEAD.exec(text.slice(start, Math.min(span.end, start + 40)));
  if (!head) return undefined;
  const name = { start, end: start + head[1]!.length };
  const aliases: Span[] = [];
  let rest = name.end;
  let rank: Span | undefined;
  const bracket = BRACKET.exec(text.slice(rest, span.end));
  const inner = bracket?.[1] ?? '';
  const plate = PLATE.exec(inner);
  if (bracket && bracketHoldsNames(inner)) {
    let from = rest + 1;
    for (const part of inner.split(/[、，,]/)) {
      aliases.push({ start: from, end: from + part.length });
      from += part.length + 1;
    }
    rest += bracket[0].length;
  } else if (bracket && plate && isUnitLike(plate[1]!)) {
    // （挂农村改革股牌子）, （加挂测绘股牌子）: the second name the unit goes by.
    const at = rest + 1 + inner.indexOf(plate[1]!);
    aliases.push({ start: at, end: at + plate[1]!.length });
    rest += bracket[0].length;
  } else if (bracket && RANK_ONLY.test(inner)) {
    rank = { start: rest + 1, end: rest + 1 + inner.length };
    rest += bracket[0].length;
  }
  return rank ? { name, aliases, rank, rest } : { name, aliases, rest };
}

function bracketHoldsNames(inner: string): boolean {
  return inner.split(/[、，,]/).every((part) => isUnitLike(part));
}

const WORK_NAME = /^[^工]*工作(?:部|局|处|科|股|室|办公室|办|委员会|委|站|组|领导小组办公室|领导小组|服务中心|中心)$/u;

/** Whether a phrase reads as a unit's name: short, ends like one, no verb of duty inside. */
export function isUnitLike(phrase: string): boolean {
  const p = phrase.replace(/\s+/g, '');
  return (
    p.length >= 2 &&
    p.length <= 30 &&
    new RegExp(`(?:${ENDING})$`, 'u').test(p) &&
    !/负责|和管理|等/.test(p) &&
    // 工作 is a duty's word (…等工作), except right before a body's own ending: 党建工作办公室,
    // 社会工作部, 老干部工作局, 社区工作站, 安全生产工作领导小组办公室, 金融工作服务中心.
    (!p.includes('工作') || WORK_NAME.test(p)) &&
    // 本规定由某办公室负责解释: a document's words before a body's name, not a unit's name.
    !/^(?:本(?:规定|办法|条例|细则|方案|通知|决定)|由)/u.test(p) &&
    // 成立全区河长制工作领导小组: a notice's title, which sets a body up, not the body's name.
    !/^(?:关于|成立|设立|组建|调整|撤销)/u.test(p)
  );
}

/** The ending a name shares with the others of its list ("西城分局" → "分局"). */
export function endingOf(name: string): string | undefined {
  return UNIT_ENDINGS.find((e) => name.endsWith(e) && name.length > e.length);
}

/** A guess at the kind of a unit named only in a leader's 分管 list; the report says it is a guess. */
export function kindFromName(name: string, fallback: UnitKind): UnitKind {
  if (/党委|党总支|党支部|支部|机关党/.test(name)) return 'party';
  if (/窗口/.test(name)) return 'service-window';
  if (/分局|派出|派驻/.test(name)) return 'dispatched';
  if (/中心|支队|大队|站|所|院|馆/.test(name)) return 'affiliated';
  return fallback;
}

/**
 * The names of a sentence that is only a list of units (内科、外科、妇产科、儿科。), each with where
 * it stands; undefined for any other sentence.
 */
export function nameList(text: string, sentence: Span): Span[] | undefined {
  const own = text.slice(sentence.start, sentence.end).replace(/[。；;]\s*$/u, '');
  // 县财政局内设办公室、预算股2个股室: a counted list, with its verb and count (readUnitList's).
  if (/[\d个设含括有]/u.test(own)) return undefined;
  return unitNamesIn(own, /[^、]+/gu)?.map((n) => ({ start: sentence.start + n.start, end: sentence.start + n.end }));
}

/**
 * The names in `line` when each piece `piece` matches is a unit's name (blank pieces skipped) and
 * there are two at least, with where each stands in `line`; undefined otherwise.
 */
export function unitNamesIn(line: string, piece: RegExp): Span[] | undefined {
  const out: Span[] = [];
  for (const m of line.matchAll(piece)) {
    const name = m[0].trim();
    if (!name) continue;
    if (!isUnitLike(name) || /[，,。；;：:、（(\s]/u.test(name)) return undefined;
    const start = m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length });
  }
  return out.length >= 2 ? out : undefined;
}
