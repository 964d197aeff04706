import { isBodyName } from './organization.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  emsp: '\u2003',
  ensp: '\u2002',
  ideographicspace: '\u3000',
};

/** Whether a text looks like an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype|html|head|body|div|p|br|table|span|script)\b/i.test(text.slice(0, 20_000));
}

/** A tag's inside, attribute values in quotes included (ms-visible="list.length>0"). */
const INSIDE = `(?:"[^"]*"|'[^']*'|[^'">])*`;
const tag = (names: string, flags = 'gi'): RegExp => new RegExp(`<\\/?(?:${names})\\b${INSIDE}>`, flags);
const BLOCK = tag('p|div|li|tr|h[1-6]|table|ul|ol|section|article|header|footer|nav|aside|main|blockquote|pre|dd|dt');
/** An inline element's end right before a list's first number: 主要职能</span><span>(一)… . */
const BEFORE_NUMBER = new RegExp(
  `<\\/(?:span|font|strong|b|em|a|label)${INSIDE}>(?=(?:\\s|<[a-z]${INSIDE}>|&nbsp;)*[（(]?[一1][）)、.．])`,
  'gi',
);

/**
 * The readable text of a saved HTML page: scripts, styles, comments and tags dropped, block
 * elements and <br> as line breaks, entities decoded, each line without the source's indentation.
 * Pure string work, no DOM.
 */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(tag('br|hr'), '\n')
    .replace(BEFORE_NUMBER, '\n')
    .replace(BLOCK, '\n')
    .replace(tag('td|th'), '\t')
    .replace(new RegExp(`<[a-z!/]${INSIDE}>`, 'gi'), '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
    .replace(/^[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // The page's <title> names its site (领导之窗_萧县人民政府): the body's name, on a line of its own
  // before the text (a page opens with its menus, not with its name).
  const site = siteName(html);
  return site ? `${site}\n\n${body}` : body;
}

/** The body's name in a page's <title>: the last of its parts (split at _ | - —) that is one. */
function siteName(html: string): string | undefined {
  const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (!title) return undefined;
  const parts = decodeEntities(title)
    .split(/[_|｜\-—–]/u)
    .map((p) => p.replace(/\s+/gu, ''));
  return parts.reverse().find((p) => isBodyName(p) && p.length <= 30);
}

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}
