/**
 * scopeCss as it was written first, a loop per character: slow before the engine compiles it, but
 * plain to read. scope-css-parity.test.ts holds the fast one (and the build's prescoped sheets) to
 * its output, byte for byte.
 */
export function scopeCss(css: string, tag: string): string {
  return scopeBlock(stripComments(css), tag).trim();
}

const GROUPING = /^@(media|supports|container|layer)\b/;

function scopeBlock(css: string, tag: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = findOutside(css, '{', i);
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
  return splitOutside(body, ';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const property = d.slice(0, d.indexOf(':')).trim().toLowerCase();
      return APPEARANCE.test(property) || /!\s*important$/i.test(d) ? d : `${d} !important`;
    })
    .join(';');
}

function stripComments(css: string): string {
  let out = '';
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]!;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(css, i);
      out += css.slice(i, end + 1);
      i = end;
    } else if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Index of the quote closing the string that opens at `start` (backslash escapes skipped). */
function stringEnd(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length - 1;
}

function findOutside(css: string, target: string, from: number): number {
  for (let i = from; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") i = stringEnd(css, i);
    else if (ch === target) return i;
  }
  return -1;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const ch = css[i];
    if (ch === '"' || ch === "'") i = stringEnd(css, i);
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
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

/** Splits on a separator outside parentheses and strings. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = stringEnd(text, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
