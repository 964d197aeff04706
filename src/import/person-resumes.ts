import type { PersonParts } from './leaders.js';
import { linesOf, nameLine, unknownSurname, type Line } from './leader-lines.js';
import { leaderTextEnd } from './page-furniture.js';
import { isPostList, postSpans } from './posts.js';
import { englishTitles, isEnglishLine, latinNameAfter } from './english-lines.js';
import {
  DUTY_START,
  firstDuty,
  heldNow,
  LEADER_DUTY_START,
  paragraphEnd,
  RESUME_OPENING,
  type Held,
} from './resume-text.js';
import {
  inlineWho,
  leaderTextBelow,
  colonOpening,
  namedAbove,
  nameThenDuty,
  PORTFOLIO_LABEL,
  POSTS_FIELD,
  POSTS_THEN_DUTY,
  resumeBelow,
  type Opening,
} from './profile-heads.js';
import { resumeAfter, resumeLines } from './resume-lines.js';
import { textOf, trimSpan } from './spans.js';
import type { Span } from './types.js';

/**
 * 领导简介 written the way most portals write them, as a news item's profile: the name on a line
 * of its own (or before a comma), then a résumé in prose, then what the leader does:
 *
 *   张三
 *   男，汉族，1970年1月生，江苏苏州人，研究生学历。现任市自然资源和规划局党组书记、局长。
 *   负责局全面工作。分管办公室、财务处。
 *
 * The posts are the 现任 clause's titles (or a line of titles next to the name); the text about
 * the leader starts with the first sentence that says what they do. The résumé, and résumé fields
 * after that text (出生年月：…), are returned for the leader's `resume`.
 */

/** 科长, 主任, 副所长: what heads a unit as well as an organisation. */
const UNIT_HEAD = /^副?(?:[处科股所站队室]长|主任)$/u;

/** A record opening at line `i`, in one of the forms above, or undefined. */
function openingAt(text: string, lines: readonly Line[], i: number): Opening | undefined {
  const line = lines[i]!;
  const own = text.slice(line.own.start, line.own.end);
  if (!own) return undefined;
  // 张三，男，汉族… / 省民政厅厅长余向东，男，…: name and résumé on one line.
  const inline = /^([\u4e00-\u9fff·•・]{2,24}?)(同志)?[，,][ \t\u3000]*/u.exec(own);
  const who =
    inline && RESUME_OPENING.test(own.slice(inline[0].length))
      ? inlineWho(text, { start: line.own.start, end: line.own.start + inline[1]!.length }, own.slice(inline[0].length))
      : undefined;
  if (who) {
    const head = { start: line.own.start, end: line.own.start + inline![1]!.length + (inline![2]?.length ?? 0) };
    const above = namedAbove(text, lines, i, text.slice(who.name.start, who.name.end));
    return {
      head: { start: above?.start ?? head.start, end: head.end },
      name: who.name,
      posts: who.posts.length ? who.posts : (above?.posts ?? []),
      resume: line.own.start + inline![0].length,
      from: line.own.end,
      next: i + 1,
    };
  }
  // 张三：局长、党组书记。/ 罗圣权：⏎县委书记 (null: a name and colon that open no leader).
  const colon = colonOpening(text, lines, i);
  if (colon !== undefined) return colon ?? undefined;
  const spaced = nameThenDuty(text, line, i);
  if (spaced) return spaced;
  const found = nameLine(text, line.own) ?? unknownSurname(text, lines, i);
  if (!found) return undefined;
  const posts = [...found.posts];
  let head: Span = line.own;
  // A line of titles just above the name (局长 / 张三) or just below it (张三 / 党组书记、局长).
  const above = i > 0 ? lines[i - 1]! : undefined;
  // Titles from a heading above (县长⏎张三⏎县委副书记、县长) give way to a line of titles below.
  let heading = false;
  if (above && !posts.length && isPostList(text.slice(above.own.start, above.own.end))) {
    posts.push(...postSpans(text, above.own));
    head = { start: above.own.start, end: head.end };
    heading = true;
  }
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const next = lines[j]!;
    const written = text.slice(next.own.start, next.own.end);
    // A blank line, or a contact line between the titles and the résumé (联系方式：…, reported).
    if (!written || leaderTextEnd(written) === 0) continue;
    const below = resumeBelow(text, lines, j, textOf(text, found.name));
    if (below) {
      const { resume, headEnd, next: after } = below;
      return {
        head: { start: head.start, end: headEnd ?? head.end },
        name: found.name,
        posts,
        resume,
        from: resume,
        next: after,
      };
    }
    // 马兴瑞⏎省长，主持省政府全面工作。: the titles, then what the leader does.
    const duty = posts.length ? null : POSTS_THEN_DUTY.exec(written);
    if (duty) {
      const titled = duty[1]!.split(/兼任?/u);
      let at = next.own.start;
      for (const part of titled) {
        posts.push(...postSpans(text, { start: at, end: at + part.length }));
        at += part.length + (duty[1]!.slice(at - next.own.start + part.length).match(/^兼任?/u)?.[0].length ?? 0);
      }
      return {
        head: { start: head.start, end: next.own.start + duty[1]!.length },
        name: found.name,
        posts,
        from: next.own.start + duty[0].length,
        next: j + 1,
      };
    }
    // 张三⏎党组书记、局长⏎主持局全面工作。 / 局长：赵建军⏎主持…: what only a leader does (a unit's
    // page gives its head the same way, then the unit's 负责… duties).
    // Under a title heading (局长⏎张三⏎负责…), any duty sentence is the leader's.
    // 负责食品安全监管工作，分管食品科。: a duty sentence that goes on to what the leader supervises.
    const leads = LEADER_DUTY_START.test(written) || /^负责[^。；;\n]*[，,；;][ \t\u3000]*(?:分管|协助)/u.test(written);
    // Titles of an organisation's leadership (党委委员、总会计师⏎负责财务…), not only a unit's head.
    const led = posts.some((p) => !UNIT_HEAD.test(textOf(text, p)));
    if (posts.length && (leads || ((heading || led) && DUTY_START.test(written))))
      return { head, name: found.name, posts, from: next.own.start, next: j };
    // 张三⏎职务：党组书记、局长⏎出生年月：…: the posts as a field of their own.
    const field = POSTS_FIELD.exec(written);
    if (field && (!posts.length || heading) && isPostList(written.slice(field[0].length))) {
      posts.length = 0;
      heading = false;
      posts.push(...postSpans(text, { start: next.own.start + field[0].length, end: next.own.end }));
      head = { start: head.start, end: next.own.end };
      continue;
    }
    // Secretary of the Party Committee, Chairman: the titles above in English (englishTitles).
    if (posts.length && isEnglishLine(written)) continue;
    // 管委会副主任（挂职）: the titles without the remark after them, which stays for the report.
    const remark = /[（(][^（()）\n]{1,8}[)）]$/u.exec(written)?.[0].length ?? 0;
    if (!isPostList(written.slice(0, written.length - remark))) return undefined;
    // 严海鹏⏎县委副书记⏎县长⏎分工：…: another line of titles goes on with the first, when what the
    // leader does or their résumé follows (else it may head the next leader: 局长⏎甲⏎副局长⏎乙).
    if (posts.length && !heading && !leaderTextBelow(text, lines, j)) return undefined;
    if (heading) posts.length = 0;
    heading = false;
    posts.push(...postSpans(text, { start: next.own.start, end: next.own.end - remark }));
    head = { start: head.start, end: next.own.end - remark };
  }
  return undefined;
}

/**
 * Every leader written as a profile or a list line, and the regions they take up. `stops` are
 * where the other forms (副局长李四：…, 副局长王五同志分管…) start a leader: a profile's text ends
 * there even without a blank line.
 */
export function findResumeRecords(
  text: string,
  span: Span,
  stops: readonly number[] = [],
  known: ReadonlySet<string> = new Set(),
): { people: PersonParts[]; regions: Span[] } {
  const lines = linesOf(text, span);
  const openings: Opening[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = openingAt(text, lines, i);
    if (!opening) continue;
    openings.push(opening);
    i = opening.next - 1;
  }
  const people: PersonParts[] = [];
  const regions: Span[] = [];
  const byName = new Map<string, number>();
  openings.forEach((o, k) => {
    let end = k + 1 < openings.length ? openings[k + 1]!.head.start : span.end;
    const stop = stops.find((at) => at > o.head.end && at < end);
    if (stop !== undefined) end = stop;
    const own = text.slice(o.from, end);
    const cut = leaderTextEnd(own);
    if (cut !== undefined) end = o.from + cut;
    let resume: Span | undefined;
    let from = o.from;
    let held: Held | undefined;
    if (o.resume !== undefined) {
      resume = trimSpan(text, { start: o.resume, end: paragraphEnd(text, o.resume, end, 'resume') });
      held = heldNow(text, resume);
      // What the leader does starts after the 现任 clause (主持国家课题… before it is the résumé), or
      // in its own sentence: 现任副县长，协助县长负责财政工作。
      const dutyAt = held.dutyAt ?? firstDuty(text, { start: held.after ?? resume.start, end: resume.end });
      resume = trimSpan(text, { start: resume.start, end: dutyAt });
      from = dutyAt < end && dutyAt > resume.start ? dutyAt : resume.end;
    }
    // 简历：⏎1990.09—… / 出生年月：… lines before the text about the leader: the résumé's too.
    const lead = resumeLines(text, from, end);
    if (lead.spans.length || lead.frames.length) from = lead.next;
    let body = trimSpan(text, {
      start: from,
      end: paragraphEnd(text, from, end, o.strict ? 'strict' : 'body'),
    });
    // The 现任 clause names every post held now; a line of titles beside the name may give fewer.
    const posts = held?.posts.length && (held.from === 'now' || !o.posts.length) ? held.posts : o.posts;
    const lastAppointment = posts === held?.posts && held.from === 'last';
    // 分工：主持… / 分工⏎主持…: the label is the frame of the text about the leader.
    const label = PORTFOLIO_LABEL.exec(text.slice(body.start, body.end));
    const frames = label ? [{ start: body.start, end: body.start + label[0].length }] : [];
    if (label) body = { start: body.start + label[0].length, end: body.end };
    // 出生年月：…, 籍贯：… after the text: the résumé's fields.
    const after = resumeAfter(text, body, end);
    body = trimSpan(text, after.body);
    frames.push(...lead.frames, ...after.frames);
    const fields = [...lead.spans, ...after.spans];
    const hasBody = body.start < body.end;
    const region = {
      start: o.head.start,
      end: Math.max(o.head.end, body.end, resume?.end ?? 0, ...fields.map((f) => f.end)),
    };
    const who = text.slice(o.name.start, o.name.end).replace(/\s+/g, '');
    const nameEn = latinNameAfter(text, o.name);
    const postsEn = posts === o.posts ? englishTitles(text, { start: o.head.end, end: body.start }, posts) : undefined;
    const earlier = byName.get(who);
    if (earlier !== undefined) {
      // A list of names and posts, then each leader's profile: one person, the profile's text and
      // résumé theirs.
      const first = people[earlier]!;
      people[earlier] = {
        ...first,
        ...(hasBody && first.body.start >= first.body.end ? { body } : {}),
        ...(resume && !first.resume ? { resume } : {}),
        ...(fields.length && !first.resumeFields ? { resumeFields: fields } : {}),
      };
      regions.push(region);
      return;
    }
    // A résumé alone makes a leader only of someone the page names as one elsewhere.
    if (!posts.length && !hasBody && !(known.has(who) && (resume || fields.length))) return;
    // 安全生产：负责… is a topic, not a person: a name and a duty only for a leader named elsewhere.
    if (o.dutyOnly && !known.has(who)) return;
    regions.push(region);
    byName.set(who, people.length);
    people.push({
      name: o.name,
      posts,
      head: o.head,
      body: hasBody ? body : { start: o.head.end, end: o.head.end },
      ...(resume ? { resume } : {}),
      ...(fields.length ? { resumeFields: fields } : {}),
      ...(lastAppointment ? { lastAppointment } : {}),
      ...(frames.length ? { frames } : {}),
      ...(o.dutyOnly ? { dutyOnly: true } : {}),
      ...(nameEn ? { nameEn } : {}),
      ...(postsEn ? { postsEn } : {}),
      labelled: true,
    });
  });
  return { people, regions };
}
