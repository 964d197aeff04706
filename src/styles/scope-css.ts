/**
 * The elements render into their light DOM (so the page's own tools reach the text), and their
 * styles are written as if for a shadow root: `:host`, `:host(<compound>)` and plain selectors
 * that mean "inside this element". `scopeCss` turns such a sheet into one for the whole page:
 * `:host` becomes the tag name and every other selector is prefixed with it. Comments go; strings,
 * at-rules that hold rules (`@media`, `@supports`, `@container`) and other at-rules are kept.
 *
 * Layout is ours, appearance is the page's: every declaration that places or sizes a box is made
 * `!important`, so a portal's resets (even `* { all: unset !important }`, whose `*` is less
 * specific) cannot break the layout, while colours, fonts, borders and shadows stay ordinary
 * declarations that an accessibility toolbar's recolouring and text sizing override.
 *
 * Pure string work, so the build (the no-JavaScript stylesheet) and the browser use one function.
 */
export function scopeCss(css: string, tag: string): string {
  return scopeBlock(stripComments(css), tag).trim();
}

/**
 * The bundles scope their own sheets at build time (scripts/rollup-prescope-css.mjs), for a tag
 * name not known yet (a portal may register a class under another): such a text starts with
 * PRESCOPED and has TAG_SLOT where the tag name goes, so a page only fills it in. A slot is not
 * CSS, so it cannot stand for anything in a sheet; `prescopeCss` refuses a sheet that has one.
 */
export const PRESCOPED = '/*prescoped*/';
const TAG_SLOT = '%tag%';

/** A sheet scoped for any tag: `fillTagName(prescopeCss(css), tag)` is `scopeCss(css, tag)`. */
export function prescopeCss(css: string): string {
  if (css.includes(TAG_SLOT) || css.startsWith(PRESCOPED))
    throw new Error(`prescopeCss: a sheet with ${TAG_SLOT} or scoped already`);
  return PRESCOPED + scopeCss(css, TAG_SLOT);
}

export function fillTagName(prescoped: string, tag: string): string {
  return prescoped.slice(PRESCOPED.length).replaceAll(TAG_SLOT, tag);
}

const GROUPING = /^@(media|supports|container|layer)\b/;

function scopeBlock(css: string, tag: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = findOpen(css, i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@')) {
      out += `${prelude}{${GROUPING.test(prelude) ? scopeBlock(body, tag) : body}}`;
    } else {
      out += `${splitTopLevel(prelude)
        .map((s) => scopeSelector(s.trim(), tag))
        .join(',')}{${layoutImportant(body)}}`;
    }
    i = close + 1;
  }
  return out;
}

/** `:host` → `tag`, `:host(x)` → `tag` + `x`, anything else → `tag` + descendant. */
export function scopeSelector(selector: string, tag: string): string {
  if (selector.startsWith(':host(')) {
    const end = matchingParen(selector, ':host'.length);
    return tag + selector.slice(':host('.length, end) + selector.slice(end + 1);
  }
  if (/^:host(?![\w-])/.test(selector)) return tag + selector.slice(':host'.length);
  return `${tag} ${selector}`;
}

/** Properties the page and its toolbars may restyle: what text and boxes look like, not where they are. */
const APPEARANCE = new RegExp(
  '^(--|color$|background|font|letter-spacing$|word-spacing$|text-(decoration|underline|shadow|transform)|' +
    'border|outline|box-shadow$|fill$|stroke|opacity$|cursor$|forced-color-adjust$|print-color-adjust$|' +
    'accent-color$|caret-color$|content$|quotes$)',
);

/** Appends `!important` to the declarations of a rule body that are not appearance. */
export function layoutImportant(body: string): string {
  const out: string[] = [];
  for (const part of splitOutside(body, ';')) {
    const d = part.trim();
    if (!d) continue;
    const property = d.slice(0, d.indexOf(':')).trim().toLowerCase();
    out.push(APPEARANCE.test(property) || IMPORTANT.test(d) ? d : `${d} !important`);
  }
  return out.join(';');
}

/*
 * The scanners below jump from one character that matters to the next with a regular expression
 * instead of walking every character: a page runs them once per element before its first paint,
 * mostly before the engine has compiled them, where a loop per character costs milliseconds.
 */
const IMPORTANT = /!\s*important$/i;
/** A whole string, quote to quote (backslash escapes skipped); no match if it never closes. */
const STRING = /"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'/y;
/** A comment (to the end if it never closes) or a string (kept, so comment marks in it stay). */
const COMMENT_OR_STRING = /\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\]|\\[\s\S])*"?|'(?:[^'\\]|\\[\s\S])*'?/g;
const OPEN = /[{"']/g;
const BRACES = /[{}"']/g;
const SEPARATORS: Record<string, RegExp> = { ',': /[,()"']/g, ';': /[;()"']/g };

function stripComments(css: string): string {
  if (!css.includes('/*')) return css;
  return css.replace(COMMENT_OR_STRING, (m) => (m[0] === '/' ? '' : m));
}

/** Index of the quote closing the string that opens at `start` (the last index if none does). */
function stringEnd(css: string, start: number): number {
  STRING.lastIndex = start;
  return STRING.test(css) ? STRING.lastIndex - 1 : css.length - 1;
}

/** Index of the first `{` from `from` that is not in a string, or -1. */
function findOpen(css: string, from: number): number {
  OPEN.lastIndex = from;
  for (let m = OPEN.exec(css); m; m = OPEN.exec(css)) {
    if (m[0] === '{') return m.index;
    OPEN.lastIndex = stringEnd(css, m.index) + 1;
  }
  return -1;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  BRACES.lastIndex = open;
  for (let m = BRACES.exec(css); m; m = BRACES.exec(css)) {
    const ch = m[0];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (--depth === 0) return m.index;
    } else BRACES.lastIndex = stringEnd(css, m.index) + 1;
  }
  return css.length;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** Splits a selector list on the commas that are not inside parentheses (`:not(a, b)` stays whole). */
function splitTopLevel(list: string): string[] {
  return splitOutside(list, ',');
}

/** Splits on a separator (`,` or `;`) outside parentheses and strings. */
function splitOutside(text: string, separator: ',' | ';'): string[] {
  const re = SEPARATORS[separator]!;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ch = m[0];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === separator) {
      if (depth === 0) {
        parts.push(text.slice(start, m.index));
        start = m.index + 1;
      }
    } else re.lastIndex = stringEnd(text, m.index) + 1;
  }
  parts.push(text.slice(start));
  return parts;
}
