import { findLabels, sequenceLabels, type NumberedLabel } from './numbering.js';
import { cueSection, findHeadings, type Heading, type Section } from './sections.js';
import type { Span } from './types.js';
import { PAGE_FURNITURE, PAGE_NOTE } from './page-furniture.js';
import { DUTY_OPENING } from './unit-names.js';

/** A numbered item or a stretch of unnumbered text, with the section it belongs to. */
export interface Block {
  readonly section: Section;
  /** The item's label; none for unnumbered text. */
  readonly label?: NumberedLabel;
  /** The text after the label up to the next label or heading. */
  readonly body: Span;
  /** Index (in the block list) of the item this one is nested in. */
  readonly parent?: number;
  /** What a sentence in this block announces for the blocks after it ("主要职责是："). */
  readonly cue?: Section;
}

export interface Segmented {
  readonly headings: readonly Heading[];
  readonly blocks: readonly Block[];
  readonly repeatedName?: Span;
}

const INTRO: Section = { kind: 'intro' };

/**
 * Cuts the text at headings and numbering labels. A cue sentence in unnumbered text sets the
 * section of what follows (until the next heading); a cue in an item's own text sets it for the
 * items nested in that one only (第三条 …主要职责是：（一）…).
 */
export function segment(text: string, title?: Span): Segmented {
  const found = findHeadings(text);
  const repeatedName = found.repeatedName;
  // 某某镇机构职能 on the first line, with 主要职责 or 内设机构 headings below it: the page's title,
  // over an introduction (a description, its counted units), not a list of duties.
  const [first] = found.headings;
  if (
    !title &&
    first?.kind === 'duties' &&
    first.prefix !== undefined &&
    /机构职能/u.test(text.slice(first.span.start, first.span.end)) &&
    text.slice(0, first.span.start).trim() === '' &&
    found.headings.slice(1).some((h) => h.kind === 'duties' || h.kind === 'units')
  )
    title = first.span;
  // The document's title is a heading too (it would otherwise read as a cue: "…内设机构和人员编制规定").
  const headings = title
    ? [{ kind: 'intro' as const, span: title }, ...found.headings.filter((h) => h.span.start >= title.end)]
    : found.headings;
  const inHeading = (at: number): boolean => headings.some((h) => at >= h.span.start && at < h.span.end);
  const all = findLabels(text, new Set(headings.map((h) => h.span.end)));
  // 第四条　某局设下列内设机构：, a heading that is an article of its own: 第五条 goes on after it.
  const seeds = new Map(
    headings.flatMap((h) => {
      const own = all.find((l) => l.start === h.span.start + (/^\s*/.exec(text.slice(h.span.start))?.[0].length ?? 0));
      return own ? [[h.span.start, own] as const] : [];
    }),
  );
  const labels = sequenceLabels(
    all.filter((l) => !inHeading(l.start)),
    headings.map((h) => h.span.start),
    text.search(/\S/),
    seeds,
  );
  const cuts = [
    ...headings.map((h) => ({ at: h.span.start, heading: h })),
    ...labels.map((l) => ({ at: l.start, label: l })),
  ].sort((a, b) => a.at - b.at);

  const blocks: Block[] = [];
  let section: Section = INTRO;
  let open: { depth: number; index: number; cue?: Section }[] = [];
  let position = 0;
  const pushText = (end: number): void => {
    if (end <= position) return;
    const body = { start: position, end };
    const cue = cueIn(text, body);
    if (/\S/.test(text.slice(body.start, body.end))) blocks.push(cue ? { section, body, cue } : { section, body });
    if (cue) section = cue;
    open = [];
  };
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    if ('heading' in cut && cut.heading) {
      pushText(cut.at);
      section = { kind: cut.heading.kind, ...(cut.heading.unitKind ? { unitKind: cut.heading.unitKind } : {}) };
      position = cut.heading.span.end;
      open = [];
      continue;
    }
    if (!('label' in cut)) continue;
    const label = cut.label;
    pushText(label.start);
    const next = i + 1 < cuts.length ? cuts[i + 1]!.at : text.length;
    open = open.filter((o) => o.depth < label.depth);
    const parent = open[open.length - 1];
    // An article (第五条) after a heading (第四条　…内设机构：) is a topic of its own, not more of it.
    const article = label.style === 'article' && open.length === 0 && section.kind !== 'intro';
    const inherited =
      [...open].reverse().find((o) => o.cue)?.cue ??
      (article ? (cueIn(text, { start: label.end, end: next }) ?? INTRO) : section);
    // Only the last item of a run can end before the next cut (what follows it is not an item);
    // a unit's item holds paragraphs of duties.
    const last = i + 1 >= cuts.length || !('label' in cuts[i + 1]!);
    const end = last && inherited.kind === 'duties' ? itemEnd(text, label.end, next) : next;
    const body = { start: label.end, end };
    const cue = cueIn(text, body);
    blocks.push({
      section: inherited,
      label,
      body,
      ...(parent ? { parent: parent.index } : {}),
      ...(cue ? { cue } : {}),
    });
    open.push({ depth: label.depth, index: blocks.length - 1, ...(cue ? { cue } : {}) });
    position = end;
    if (end < next) {
      // What follows the item's last sentence after a blank line (a page's footer, a note) is
      // text of its own, read as such: not more of the item, and not an item of the section.
      const saved = section;
      section = INTRO;
      pushText(next);
      if (section === INTRO) section = saved;
      position = next;
    }
  }
  pushText(text.length);
  return repeatedName ? { headings, blocks, repeatedName } : { headings, blocks };
}

/**
 * Where a numbered item's text ends: at the next label or heading, or after a finished sentence
 * where a blank line follows, or where only lines without any sentence in them follow (a page's
 * 相关附件 / 相关新闻). A line broken mid-sentence (a page break, a hard wrap) goes on.
 */
function itemEnd(text: string, start: number, next: number): number {
  const lineBreak = /\n([^\S\n]*\n)?/g;
  lineBreak.lastIndex = start;
  for (let m = lineBreak.exec(text); m && m.index < next; m = lineBreak.exec(text)) {
    const before = text.slice(start, m.index).trimEnd();
    const rest = text.slice(m.index, next);
    if (!before || !/[。；;！!？?][”’」』）)]*$/.test(before) || !/\S/.test(rest)) continue;
    // A paragraph that opens with a duty's verb goes on with the duty (统筹城乡低保…).
    const paragraph = m[1] !== undefined && !DUTY_OPENING.test(rest.trimStart());
    const note = PAGE_NOTE.test(rest.trimStart()) || PAGE_FURNITURE.exec(rest)?.index === 0;
    if (paragraph || !/[。；;！!？?，,:：]/.test(rest) || note) return m.index;
  }
  return next;
}

/** The last cue among the block's sentences, if any. */
function cueIn(text: string, span: Span): Section | undefined {
  const sentences = text.slice(span.start, span.end).split(/(?<=[。；;\n])/);
  let found: Section | undefined;
  for (const s of sentences) found = cueSection(s.trim()) ?? found;
  return found;
}
