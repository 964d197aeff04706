import { dutyParagraphs, sentenceSpans } from './duties.js';
import { readCountedUnits } from './counted-units.js';
import { findPeople } from './leaders.js';
import { readIntro } from './organization.js';
import { readPerson } from './people.js';
import { compactOf, isBlank, textOf, trimSpan } from './spans.js';
import type { Span } from './types.js';
import { DUTY_OPENING, unitHead } from './unit-names.js';
import { readUnitProse } from './unit-prose.js';
import type { UnitContext } from './units.js';
import type { Collected } from './walk.js';

/** Intro text: facts about the organisation, a lead duty paragraph, or leaders written as prose. */
export function readOther(ctx: UnitContext, c: Collected, body: Span, first: boolean): void {
  const { text, ledger } = ctx;
  readIntro(text, body, c.org).forEach((s) => ledger.place(s));
  const leaders: Span[] = [];
  const people = findPeople(text, body, new Set(c.people.map((p) => p.name)));
  // 局长　某某⏎副局长　某某: a name and its posts alone on a line say nothing of a leader, unless
  // such lines make a list (two or more).
  const alone = people.filter((p) => isBlank(text, p.body) && wholeLine(text, p.head));
  for (const p of people) {
    const own = text.slice(p.body.start, p.body.end);
    const listed = alone.length > 1 && alone.includes(p);
    if (
      p.labelled ||
      listed ||
      /分管|主持|负责|协助|全面工作/.test(own) ||
      /同志/.test(text.slice(p.name.end, p.name.end + 2))
    ) {
      readPerson(ctx, c.people, p);
      // The text about a leader may come before the head (主持…——局长　某某).
      leaders.push({ start: Math.min(p.head.start, p.body.start), end: Math.max(p.head.end, p.body.end) });
    }
  }
  // A unit's own page: a paragraph that opens with its duty verb (or its kind, then the verb). A
  // leader's 负责…工作 is theirs, not the organisation's.
  const ofLeader = (d: Span): boolean => leaders.some((l) => d.start < l.end && l.start < d.end);
  for (const d of dutyParagraphs(text, body).filter((d) => !ofLeader(d))) {
    ledger.place(d);
    c.duties.push({ text: { zh: textOf(text, d) } });
  }
  // A department page opens with "某某厅（某某局）负责…" or "某某中心的主要职责是：…": the body's
  // name, a second name, its duty.
  // 下设甲、乙、丙3个内设机构 / 内设3个管理机构：甲、乙、丙.
  for (const s of sentenceSpans(text, body)) readCountedUnits(ctx, s);
  // Or, under its name on the first line, 某某科（第二名称）。组织实施…: its name again, a full stop,
  // then its duties.
  const named = c.org.name;
  // Where the name stands again at a line's start, after the title line.
  const repeat = named ? text.indexOf(`\n${text.slice(named.start, named.end)}`, named.end) : -1;
  const from = repeat >= 0 && repeat < body.end ? { start: repeat + 1, end: body.end } : body;
  const opening = unitHead(text, from);
  const again =
    named && opening && opening.name.start > named.end && compactOf(text, opening.name) === compactOf(text, named);
  const head = (first && !named) || again ? opening : undefined;
  const lead = head ? /^\s*的?(?:主要)?职[责能](?:是|为)[:：]\s*/u.exec(text.slice(head.rest, body.end)) : null;
  if (head && lead) head.rest += lead[0].length;
  const stop = again && head && !lead ? /^\s*[。.]\s*/u.exec(text.slice(head.rest, body.end)) : null;
  if (head && stop && DUTY_OPENING.test(text.slice(head.rest + stop[0].length, head.rest + stop[0].length + 4)))
    head.rest += stop[0].length;
  if (head && (lead || /^\s*(?:负责|承担|主管)/.test(text.slice(head.rest, head.rest + 4)) || stop)) {
    c.org.name = head.name;
    c.org.aliases.push(...head.aliases.map((name) => ({ name, kind: 'other' as const })));
    const para = trimSpan(text, {
      start: head.rest,
      end: text.indexOf('\n', head.rest) >= 0 ? Math.min(body.end, text.indexOf('\n', head.rest)) : body.end,
    });
    ledger.place(head.name);
    ledger.place(para);
    c.duties.push({ text: { zh: textOf(text, para) } });
  } else readUnitProse(ctx, body, 'internal', false);
}

/** Whether `span` is all of its line's text. */
function wholeLine(text: string, span: Span): boolean {
  const before = text.lastIndexOf('\n', span.start - 1) + 1;
  const after = text.indexOf('\n', span.end);
  return !text.slice(before, span.start).trim() && !text.slice(span.end, after < 0 ? text.length : after).trim();
}
