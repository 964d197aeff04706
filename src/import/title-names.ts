import { isBodyName, nameFromTitle, PLACE_ENDING, type OrganizationParts } from './organization.js';
import type { Ledger } from './report.js';
import type { Heading } from './sections.js';
import { isUnitLike } from './unit-names.js';

/** Where a text names the body it is about: its title line, a printed document's title, a heading. */

/** The document's title ("某某部职能配置、内设机构和人员编制规定"), on its own line or at the start of one long line. */
export function titleLine(
  text: string,
): { line: { start: number; end: number }; name: { start: number; end: number } } | undefined {
  const first = /^\s*([^\n]{2,80}?)(?:规定|通知|解读|方案|决定)(?=\s|$)/u.exec(text);
  if (!first) return undefined;
  const line = { start: first.index, end: first.index + first[0].length };
  const name = nameFromTitle(text, line);
  return name ? { line, name } : undefined;
}

/** The body named in the title of the document a notice near the top prints (关于印发《…规定》的通知). */
export function printedTitleName(text: string): { start: number; end: number } | undefined {
  const m = /关于印发《([^》\n]{2,60}?)》/u.exec(text.slice(0, 400));
  if (!m) return undefined;
  const inner = m.index + m[0].indexOf(m[1]!);
  return nameFromTitle(text, { start: inner, end: inner + m[1]!.length });
}

/** A page about one unit opens with its name alone on the first line ("机关党委办公室"). */
export function nameLine(text: string, line: RegExpExecArray): { start: number; end: number } | undefined {
  // A gazetteer's section label before it (第三节 开发区管理委员会) is not part of the name.
  const name = line[1]!.trim().replace(/^第[一二三四五六七八九十百\d]+[章节篇部分]+[ \t\u3000]*/u, '');
  if (!(isUnitLike(name) || isBodyName(name)) || /[、，,。；;：:（(]/.test(name)) return undefined;
  // Leadership 领导团队: a bilingual page's heading, English words and their Chinese.
  if (/[A-Za-z]{3}/u.test(name)) return undefined;
  // 三河镇, 某某县第一中学 alone on the first line is as often the site's name over a page about
  // another body: it names the body only when nothing else does (placeLine).
  if (!isUnitLike(name) && PLACE_ENDING.test(name)) return undefined;
  // 中共某某县委办公室 某某县人民政府办公室: the issuers of a notice, two bodies, not one name.
  if (name.split(/[ \t\u3000]+/).filter((part) => isUnitLike(part) || isBodyName(part)).length > 1) return undefined;
  const start = line.index + line[0].indexOf(name);
  return { start, end: start + name.length };
}

/**
 * Words before a heading word on its line ("某某局机构职能"): the body's name when the first heading
 * carries it and the text has not named the body before, or the body's name cut short (县政府领导);
 * otherwise (a unit's own heading further down, 县会计核算中心主要职责) reported, so nothing a heading
 * line says goes unseen.
 */
export function headingNames(text: string, headings: readonly Heading[], org: OrganizationParts, ledger: Ledger): void {
  // A breadcrumb before the first heading names nobody: the heading after it may.
  const first = headings.findIndex((h) => !h.crumb);
  for (const [i, { prefix }] of headings.entries()) {
    if (!prefix) continue;
    const words = text.slice(prefix.start, prefix.end);
    const known = org.name ? text.slice(org.name.start, org.name.end) : undefined;
    if (!known && i === first && isBodyName(words)) org.name = prefix;
    else if (words !== known && !(known && shortFor(words, known)))
      ledger.report('unplaced', prefix, {
        zh: '标题行中的这几个字未能归入数据集。',
        en: 'These words of a heading line could not be placed in the dataset.',
      });
  }
}

/**
 * Whether `words` is `name` cut short (县政府 of 某某县人民政府, 管委会 of 某某开发区管理委员会): its
 * characters in the name's order, ending as the name ends.
 */
function shortFor(words: string, name: string): boolean {
  if (words.length < 2 || words.length >= name.length || words[words.length - 1] !== name[name.length - 1])
    return false;
  let at = 0;
  for (const ch of words) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A town, a street office, a school or a hospital alone on the first line (某某镇, 某某市第一中学),
 * when no title or heading named the body: the body, if it is short or the text names it again (a
 * headline such as 走进美丽乡村建设示范镇 is neither).
 */
export function placeLine(text: string, line: RegExpExecArray): { start: number; end: number } | undefined {
  const name = line[1]!.trim();
  if (!PLACE_ENDING.test(name) || !isBodyName(name) || /[、，,。；;：:（(\s]/u.test(name)) return undefined;
  if (name.length > 8 && text.indexOf(name, line.index + line[0].length) < 0) return undefined;
  const start = line.index + line[0].indexOf(name);
  return { start, end: start + name.length };
}
