import { isLeaderTable, readLeaderTable } from './leader-table.js';
import type { Adjustment, Duty, KindStatement, LocalText, UnitKind } from '../model/types.js';
import { adjustmentParts, dutyClauses, sentenceSpans } from './duties.js';
import type { PersonDraft } from './drafts.js';
import { findPeople } from './leaders.js';
import { dutyItemsAfter } from './leader-items.js';
import type { OrganizationParts } from './organization.js';
import { readPerson } from './people.js';
import { readOther } from './intro-block.js';
import type { Segmented } from './segment.js';
import { splitSpan, textOf, trimSpan } from './spans.js';
import { readUnitProse } from './unit-prose.js';
import { readCountedUnits } from './counted-units.js';
import { readQuotas, type QuotaParts } from './staffing.js';
import type { Span } from './types.js';
import { DUTY_OPENING, nameList } from './unit-names.js';
import {
  isUnitItem,
  rankIn,
  readUnitItem,
  readUnitList,
  splitUnitLines,
  unitNamed,
  type UnitContext,
} from './units.js';

/** Everything read from the text, before it becomes a dataset. */
export interface Collected {
  readonly org: OrganizationParts;
  readonly duties: Duty[];
  readonly adjustments: Adjustment[];
  readonly kindStatements: KindStatement[];
  readonly people: PersonDraft[];
  statement?: LocalText;
  readonly quotas: QuotaParts[];
  readonly references: { title: Span; publisher?: Span; cited?: string; number: number }[];
}

/** 办公电话：…, 地址：…, 科室负责人：姓名 on a line of their own (not 综合协调：负责…, a duty's topic). */
const FIELD_LINE =
  /^\s*[\p{Script=Han}]{0,6}(?:电话|传真|地址|邮编|邮政编码|邮箱|网址|网站|负责人|联系人|办公时间|时间|人数)\s*[:：][^。；;]{1,60}$/u;

/** Reads every block by the section it is in. */
export function walk(ctx: UnitContext, seg: Segmented, org: OrganizationParts): Collected {
  const { text, ledger } = ctx;
  const c: Collected = { org, duties: [], adjustments: [], kindStatements: [], people: [], quotas: [], references: [] };
  const unitOfBlock = new Map<number, string>();
  // "均为正科级建制" comes before or after the units it speaks of; it is applied once all are read.
  const ranks = new Map<UnitKind, LocalText>();
  // Numbered items read with the block before them (a leader's duties, dutyItemsAfter).
  const taken = new Set<number>();
  seg.blocks.forEach((block, index) => {
    const { section, label } = block;
    let { body } = block;
    if (label) ledger.place({ start: label.start, end: label.end });
    if (taken.has(index)) return;
    const children = seg.blocks.some((b) => b.parent === index);
    // Outside any section, a numbered unit with its duties below is an internal unit all the same.
    const unitItem =
      section.kind === 'intro' &&
      label !== undefined &&
      label.style !== 'article' &&
      !children &&
      isUnitItem(text, body);
    switch (unitItem ? 'units' : section.kind) {
      case 'duties': {
        for (const d of label
          ? [trimSpan(text, body)]
          : splitSpan(text, body, /\r?\n/g)
              .filter((p) => !/[:：]\s*$/.test(text.slice(p.start, p.end)))
              // 一是负责…；二是负责…；… or duties run together with ；: one duty each.
              .flatMap((p) => dutyClauses(text, p))) {
          if (d.end <= d.start) continue;
          // A unit page's 负责人：姓名 or 办公电话：… under its duties is a leader, or a field the
          // dataset has no place for (reported), never a duty.
          const labelled = label ? [] : findPeople(text, d).filter((p) => p.labelled && p.head.start === d.start);
          if (labelled.length || (!label && FIELD_LINE.test(text.slice(d.start, d.end)))) {
            for (const p of labelled) readPerson(ctx, c.people, p);
            continue;
          }
          // A page's menu under a 机构职能 link (工作动态, 统计业务…): a few words, no verb, no
          // sentence, is no duty; it stays for the report.
          if (!label && isMenuItem(textOf(text, d))) continue;
          ledger.place(d);
          const spoken = label
            ? undefined
            : /^\s*([一二三四五六七八九十]{1,3}是)(?=\S)/u.exec(text.slice(d.start, d.end));
          const number = label ? text.slice(label.start, label.end).trim() : spoken ? spoken[1]! : undefined;
          const words = spoken ? { start: d.start + spoken[0].length, end: d.end } : d;
          c.duties.push(
            number
              ? { number: { zh: number }, text: { zh: textOf(text, words) } }
              : { text: { zh: textOf(text, words) } },
          );
        }
        return;
      }
      case 'adjustments': {
        const parts = adjustmentParts(text, body);
        if (parts.items.length === 0) return;
        [parts.title, ...parts.items].forEach((s) => ledger.place(s));
        c.adjustments.push({
          kind: parts.kind,
          ...(label ? { number: { zh: text.slice(label.start, label.end).trim() } } : {}),
          ...(parts.title ? { title: { zh: textOf(text, parts.title) } } : {}),
          items: parts.items.map((s) => ({ text: { zh: textOf(text, s) } })),
        });
        return;
      }
      case 'units': {
        const kind = section.unitKind ?? 'internal';
        if (label && !(children && block.cue)) {
          const parentUnit = block.parent !== undefined ? unitOfBlock.get(block.parent) : undefined;
          const [own, ...siblings] = splitUnitLines(text, body);
          const unit = readUnitItem(ctx, own!, kind, parentUnit);
          if (unit) unitOfBlock.set(index, unit.id);
          else if (parentUnit !== undefined) {
            // （1）拟订…； under a unit's heading: one of that unit's duties, numbered as written.
            const duty = trimSpan(text, body);
            ledger.place(duty);
            ctx.units
              .find((u) => u.id === parentUnit)!
              .duties.push({
                number: { zh: text.slice(label.start, label.end).trim() },
                text: { zh: textOf(text, duty) },
              });
            return;
          }
          for (const line of siblings) readUnitItem(ctx, line, kind, parentUnit);
          return;
        }
        for (const s of readUnitProse(ctx, body, kind).flatMap((line) => sentenceSpans(text, line))) {
          // A page's breadcrumb or menu (当前位置：, 首页-): no statement about the units.
          if (isMenuItem(textOf(text, s))) continue;
          // 内科、外科、妇产科。 under 临床科室: the units themselves.
          // (Not the end of a sentence begun on the line above: 配合单位为⏎县水利局、县气象局。)
          const before = text.slice(body.start, s.start).trimEnd();
          const listed = before === '' || /[。；;:：]$/u.test(before) ? nameList(text, s) : undefined;
          if (listed) {
            ledger.place(s);
            for (const name of listed) unitNamed(ctx, textOf(text, name), kind);
            continue;
          }
          ledger.place(s);
          c.kindStatements.push({ kind, text: { zh: textOf(text, s) } });
          const rank = rankIn(text, s);
          if (rank) ranks.set(kind, { zh: textOf(text, rank) });
          // Counted lists give each unit the kind their count names (…4个事业单位); other lists the section's.
          if (readCountedUnits(ctx, s).length === 0) readUnitList(ctx, s, kind);
        }
        return;
      }
      case 'staffing': {
        const statement = trimSpan(text, body);
        ledger.place(statement);
        c.statement = { zh: textOf(text, statement) };
        c.quotas.push(...readQuotas(text, statement));
        return;
      }
      case 'leaders': {
        // A table of leaders under its heading (姓名⇥职务⇥…), the rest of the page in prose.
        if (isTabTable(text.slice(body.start, body.end))) return void readLeaderTable(ctx, c.people, body);
        const known = new Set(c.people.map((p) => p.name));
        const items = findPeople(text, body, known).length ? dutyItemsAfter(text, seg.blocks, index) : [];
        items.forEach((j) => taken.add(j));
        if (items.length) body = { start: body.start, end: seg.blocks[items[items.length - 1]!]!.body.end };
        for (const p of findPeople(text, body, known)) readPerson(ctx, c.people, p);
        return;
      }
      case 'references':
        readReferences(text, body, c);
        return;
      default:
        // A table of leaders before the first heading (姓名⇥职务, then a 领导分工 section of 某某：…).
        if (section.kind === 'intro' && !label && isTabTable(text.slice(body.start, body.end)))
          readLeaderTable(ctx, c.people, body);
        else readOther(ctx, c, block.body, index === 0 && !label);
    }
  });
  for (const u of ctx.units) if (!u.rank && !u.fromLeaders && ranks.has(u.kind)) u.rank = ranks.get(u.kind)!;
  return c;
}

/** A section that is a tab table of leaders (姓名⇥职务⇥…), not one lined up with spaces. */
const isTabTable = (own: string): boolean => own.includes('\t') && isLeaderTable(own);

/** 参考资料: "1.某某办公室2.领导班子．某局[引用日期2015-09-02]". */
function readReferences(text: string, body: Span, c: Collected): void {
  const own = text.slice(body.start, body.end);
  for (const m of own.matchAll(
    /(\d{1,2})[.．、]\s*([^\d\[]+?)(?:\[引用日期(\d{4}-\d{2}-\d{2})\])?(?=\d{1,2}[.．、]|词条|$)/gu,
  )) {
    const start = body.start + m.index + m[0].indexOf(m[2]!);
    const dot = m[2]!.search(/[．.]/);
    const title = { start, end: start + (dot > 0 ? dot : m[2]!.trimEnd().length) };
    const publisher = dot > 0 ? { start: start + dot + 1, end: start + m[2]!.trimEnd().length } : undefined;
    c.references.push({
      title,
      ...(publisher ? { publisher } : {}),
      ...(m[3] ? { cited: m[3] } : {}),
      number: Number(m[1]),
    });
  }
}

/** A page's breadcrumb, or a line of a few words, no sentence, no duty verb: a menu's link. */
function isMenuItem(line: string): boolean {
  if (/^(?:当前位置|您现在的位置|您的位置|所在位置|现在位置)[:：]/u.test(line)) return true;
  return line.length <= 8 && !/[。；;，,、]/u.test(line) && !DUTY_OPENING.test(line);
}
