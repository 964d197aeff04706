// The support floor (issue 14): what we ship runs in Chromium 86, the kernel of many older 360 / QQ /
// Sogou 极速 modes still common among government-site visitors. Part of `npm test`, after the build.
// Every version comes from @mdn/browser-compat-data (BCD), read here, not from a list kept by hand:
//   1. syntax: each dist/*.js (and lib/**/*.js) parses as ES2022 (acorn), and no syntax node is one
//      Chrome 86 lacks (class static blocks, `#x in obj`, top-level await, the RegExp `d` flag, …);
//   2. APIs: no property or global the bundles use is, under that name, only in BCD features newer
//      than 86 (`.at(`, `Object.hasOwn`, `structuredClone`, `findLast`, …). Names in strings and
//      comments are not code, and a name that an older feature also has cannot be told apart;
//   3. CSS: the styles the bundles adopt (their css`…` blocks), dist/gov-org-elements.css and
//      themes/*.css use no selector, at-rule, property, value, function or unit newer than 86.
// A finding that degrades safely is allowed below with what an 86 visitor sees; anything else fails.
// Run: node scripts/check-browser-floor.mjs   (after `npm run build`)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import postcss from 'postcss';
import bcd from '@mdn/browser-compat-data/forLegacyNode';

const FLOOR = 86;
// `--root DIR` checks another tree laid out the same way (tests/package/browser-floor.test.mjs).
const rootArg = process.argv.indexOf('--root');
const ROOT =
  rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) + path.sep : fileURLToPath(new URL('../', import.meta.url));
const OURS = rootArg < 0;

/**
 * What the floor may use although BCD dates it later: each entry is a BCD feature and where it is
 * (a pattern for the source file or the CSS context), and what a Chromium 86 visitor sees instead.
 */
const ALLOWED = [
  {
    feature: 'css.at-rules.media.scripting',
    where: /scripting:\s*none/,
    why:
      'The query is false in 86: with JavaScript off, the buttons that need a script (fold, filter, the ' +
      "chart's toolbar) stay visible and do nothing; the text is whole all the same (duty-list:not(:defined)).",
  },
  {
    feature: 'css.at-rules.media.forced-colors',
    where: /forced-colors:\s*active/,
    why: '86 has no forced-colors mode to answer; its visitors get the ordinary colours.',
  },
  {
    feature: 'api.TextMetrics.fontBoundingBoxAscent',
    where: /chart-scene/,
    why: 'Feature-detected (`?? size * 0.88`): 86 exports the chart with a CJK face’s usual ascent.',
  },
  {
    feature: 'api.TextMetrics.fontBoundingBoxDescent',
    where: /chart-scene/,
    why: 'Feature-detected (`?? size * 0.12`): 86 exports the chart with a CJK face’s usual descent.',
  },
  {
    feature: 'css.properties.text-decoration-thickness',
    where: /\.unit-link|\[part~="match"\]/,
    why:
      'Underlines keep their default thickness in 86: a hovered unit link does not thicken, the current ' +
      'unit is marked by its bold weight alone, a filter match by its background and plain underline.',
  },
  {
    feature: 'css.properties.text-underline-offset',
    where: /\.unit-link|\[part~="match"\]/,
    why: "86 draws those underlines at the font's default offset, a little closer to the text.",
  },
  // Both only while every sheet with @container also has the fallback (`holds`, checked below).
  {
    feature: 'css.at-rules.container',
    where: /@container/,
    holds: 'container fallback',
    why:
      '86 skips @container and takes the `@supports not (container-type: inline-size)` block instead: ' +
      "the same narrow layouts, by the window's width rather than the element's.",
  },
  {
    feature: 'css.properties.container-type',
    where: /container-type: inline-size/,
    holds: 'container fallback',
    why: '86 ignores it; the @supports fallback above does the narrowing.',
  },
  {
    feature: 'css.properties.aspect-ratio',
    where: /\.photo/,
    why: "86 shows the leader's portrait at its own proportions instead of cropped to 3:4.",
  },
];

// ---------------------------------------------------------------------------------------------
// BCD: Chrome's first version of a feature, and whether 86 has it.

const lookup = (id) => id.split('.').reduce((node, key) => node?.[key], bcd);
const versionNumber = (v) =>
  v === true ? 1 : typeof v === 'string' ? Number(v.replace('≤', '')) || Infinity : Infinity;

/** `{ since, ok }`: the first Chrome with the feature unflagged and unprefixed; ok if 86 has it. */
function chrome(id) {
  const compat = lookup(id)?.__compat;
  if (!compat) throw new Error(`check-browser-floor: BCD has no ${id} (did @mdn/browser-compat-data move it?)`);
  // A partial implementation counts: BCD marks `outline` partial before 94 for not following
  // border-radius, but an outline it is.
  const entries = [compat.support.chrome ?? []].flat().filter((e) => !e.flags && !e.prefix && !e.alternative_name);
  let since = Infinity;
  let ok = false;
  for (const e of entries) {
    const added = versionNumber(e.version_added);
    const removed = e.version_removed ? versionNumber(e.version_removed) : Infinity;
    if (removed <= added) continue;
    if (removed > FLOOR && added <= FLOOR) ok = true;
    if (removed === Infinity) since = Math.min(since, added);
  }
  return { since, ok };
}
const chromeLabel = (since) => (since === Infinity ? 'not in Chrome' : `Chrome ${since}`);

/** The children of a BCD node that are features (not `__compat`). */
const children = (node) => Object.entries(node ?? {}).filter(([k]) => k !== '__compat');

// ---------------------------------------------------------------------------------------------
// Findings

const findings = [];
function report(kind, id, where, file) {
  const { since } = lookup(id)?.__compat ? chrome(id) : { since: id === V8_SPREAD_IN_CHAIN ? 91 : Infinity };
  findings.push({ kind, id, since, where, file });
}

// ---------------------------------------------------------------------------------------------
// Files

const rel = (file) => path.relative(ROOT, file);
const walkDir = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walkDir(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
const distJs = readdirSync(path.join(ROOT, 'dist'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => path.join(ROOT, 'dist', f));
const libJs = existsSync(path.join(ROOT, 'lib'))
  ? walkDir(path.join(ROOT, 'lib')).filter((f) => f.endsWith('.js'))
  : [];
if (OURS && (distJs.length < 4 || libJs.length === 0)) {
  console.error('check-browser-floor: dist/ or lib/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Maps a generated position to the source through the file's source map, if it has one. */
function sourceMapper(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return (line) => `${rel(file)}:${line}`;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let source = 0;
  let srcLine = 0;
  for (const text of map.mappings.split(';')) {
    const segments = [];
    let col = 0;
    for (const seg of text.split(',').filter(Boolean)) {
      const values = [];
      for (let i = 0, shift = 0, value = 0; i < seg.length; i++) {
        const digit = B64.indexOf(seg[i]);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      col += values[0];
      if (values.length >= 4) {
        source += values[1];
        srcLine += values[2];
        segments.push([col, source, srcLine]);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segs = lines[line - 1] ?? [];
    let hit;
    for (const s of segs) if (s[0] <= column) hit = s;
    if (!hit) return `${rel(file)}:${line}:${column + 1}`;
    const src = path.relative(ROOT, path.resolve(path.dirname(file), map.sources[hit[1]]));
    return `${src}:${hit[2] + 1}`;
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Syntax: parsed as ES2022, then each syntax node checked against BCD.

/**
 * Not in BCD as a version: Chrome 80-90 throw on a call in an optional chain whose spread argument
 * is not the last (`a?.f(...xs, 1)`; crbug.com/42201552, fixed in 91). The build keeps `?.` (see
 * rollup.config.mjs), so this form is what must not appear.
 */
const V8_SPREAD_IN_CHAIN = 'optional call with a spread before the last argument (V8 bug until Chrome 91)';
const spreadBeforeLast = (call) => call.arguments.slice(0, -1).some((a) => a.type === 'SpreadElement');

/** A syntax feature per test on an AST node (with its parent); versions from BCD. */
const SYNTAX = [
  ['javascript.classes.static.initialization_blocks', (n) => n.type === 'StaticBlock'],
  [
    'javascript.classes.private_class_fields_in',
    (n) => n.type === 'BinaryExpression' && n.operator === 'in' && n.left.type === 'PrivateIdentifier',
  ],
  [
    'javascript.classes.private_class_methods',
    (n) => n.type === 'MethodDefinition' && n.key.type === 'PrivateIdentifier',
  ],
  [
    'javascript.classes.private_class_fields',
    (n) => n.type === 'PropertyDefinition' && n.key.type === 'PrivateIdentifier',
  ],
  ['javascript.classes.public_class_fields', (n) => n.type === 'PropertyDefinition' && !n.static],
  ['javascript.classes.static.class_fields', (n) => n.type === 'PropertyDefinition' && n.static],
  ['javascript.operators.await.top_level', (n, _p, ctx) => n.type === 'AwaitExpression' && ctx.depth === 0],
  ['javascript.statements.for_await_of', (n) => n.type === 'ForOfStatement' && n.await],
  ['javascript.operators.optional_chaining', (n) => n.type === 'ChainExpression'],
  ['javascript.operators.nullish_coalescing', (n) => n.type === 'LogicalExpression' && n.operator === '??'],
  ['javascript.operators.logical_or_assignment', (n) => n.type === 'AssignmentExpression' && n.operator === '||='],
  ['javascript.operators.logical_and_assignment', (n) => n.type === 'AssignmentExpression' && n.operator === '&&='],
  [
    'javascript.operators.nullish_coalescing_assignment',
    (n) => n.type === 'AssignmentExpression' && n.operator === '??=',
  ],
  ['javascript.grammar.numeric_separators', (n) => n.type === 'Literal' && /^[\d.]/.test(n.raw) && n.raw.includes('_')],
  ['javascript.builtins.BigInt', (n) => n.type === 'Literal' && typeof n.bigint === 'string'],
  ['javascript.statements.try_catch.optional_catch_binding', (n) => n.type === 'CatchClause' && !n.param],
  ['javascript.operators.import_meta', (n) => n.type === 'MetaProperty' && n.meta.name === 'import'],
  ['javascript.operators.import', (n) => n.type === 'ImportExpression'],
  [
    'javascript.statements.export.arbitrary_module_namespace_identifier_names',
    (n) =>
      ['ImportSpecifier', 'ExportSpecifier', 'ExportAllDeclaration'].includes(n.type) &&
      [n.imported, n.exported, n.local].some((x) => x?.type === 'Literal'),
  ],
  ['javascript.builtins.RegExp.hasIndices', (n) => regexFlags(n).includes('d')],
  ['javascript.builtins.RegExp.dotAll', (n) => regexFlags(n).includes('s')],
  ['javascript.regular_expressions.lookbehind_assertion', (n) => /\(\?<[=!]/.test(regexSource(n))],
  ['javascript.regular_expressions.named_capturing_group', (n) => /\(\?<[^=!]/.test(regexSource(n))],
  ['javascript.regular_expressions.unicode_character_class_escape', (n) => /\\[pP]\{/.test(regexSource(n))],
  ['javascript.regular_expressions.modifier', (n) => /\(\?[ims]*-?[ims]+:/.test(regexSource(n))],
  [V8_SPREAD_IN_CHAIN, (n, _p, ctx) => n.type === 'CallExpression' && ctx.chain && spreadBeforeLast(n)],
];
/** A regular expression literal's flags, or those of `new RegExp(…, 'flags')` / `RegExp(…, 'flags')`. */
function regexFlags(n) {
  if (n.type === 'Literal' && n.regex) return n.regex.flags;
  if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee.name === 'RegExp') {
    const flags = n.arguments[1];
    if (flags?.type === 'Literal' && typeof flags.value === 'string') return flags.value;
  }
  return '';
}
const regexSource = (n) => (n.type === 'Literal' && n.regex ? n.regex.pattern : '');

/**
 * Calls `visit(node, parent, key, ctx)` on every node; ctx.depth counts the functions around it,
 * ctx.chain is true inside an optional chain (`a?.b.c()`).
 */
function walk(node, visit, parent = null, key = null, ctx = { depth: 0, chain: false }) {
  visit(node, parent, key, ctx);
  let inner = ctx;
  if (/Function/.test(node.type)) inner = { depth: ctx.depth + 1, chain: false };
  else if (node.type === 'ChainExpression') inner = { ...ctx, chain: true };
  for (const [k, v] of Object.entries(node)) {
    if (k === 'loc' || !v || typeof v !== 'object') continue;
    if (Array.isArray(v)) v.forEach((c) => c && typeof c.type === 'string' && walk(c, visit, node, k, inner));
    else if (typeof v.type === 'string') walk(v, visit, node, k, inner);
  }
}

const asts = new Map();
for (const file of [...distJs, ...libJs]) {
  const code = readFileSync(file, 'utf8');
  const sourceType = file.endsWith('.classic.js') ? 'script' : 'module';
  try {
    asts.set(file, { code, ast: parse(code, { ecmaVersion: 2022, sourceType, locations: true }) });
  } catch (error) {
    findings.push({
      kind: 'syntax',
      id: `syntax newer than ES2022, or invalid as a ${sourceType}`,
      since: Infinity,
      where: `${error.message}: ${code.slice(Math.max(0, error.pos - 40), error.pos + 40)}`,
      file: `${rel(file)}:${error.loc?.line ?? '?'}`,
    });
  }
}

for (const [file, { ast }] of asts) {
  const where = sourceMapper(file);
  walk(ast, (node, parent, key, ctx) => {
    for (const [id, test] of SYNTAX)
      if (test(node, parent, ctx) && (id === V8_SPREAD_IN_CHAIN || !chrome(id).ok))
        report('syntax', id, '', where(node.loc.start.line, node.loc.start.column));
  });
}

// ---------------------------------------------------------------------------------------------
// 2. APIs: member and global names that only BCD features newer than 86 have.

const IDENT = /^[A-Za-z$][\w$]*$/;
const camel = (prop) => prop.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/**
 * name -> { ok, ids }: ok when any feature of that name is in 86, for then a name cannot tell which
 * is meant. Features Chrome never had are left out (our own `.path` is not Firefox's Directory).
 */
function nameIndex() {
  const members = new Map();
  const globals = new Map();
  const add = (index, key, id) => {
    const name = key.replace(/_static$/, '');
    if (!IDENT.test(name) || name.includes('_')) return;
    const { ok, since } = chrome(id);
    if (!ok && since === Infinity) return;
    const entry = index.get(name) ?? { ok: false, ids: [] };
    if (ok) entry.ok = true;
    else entry.ids.push(id);
    index.set(name, entry);
  };
  for (const [ns, tree] of [
    ['javascript.builtins', bcd.javascript.builtins],
    ['api', bcd.api],
  ]) {
    for (const [top, node] of children(tree)) {
      if (!node.__compat) continue;
      add(globals, top, `${ns}.${top}`);
      for (const [member, sub] of children(node)) {
        if (member === top || !sub.__compat) continue;
        add(members, member, `${ns}.${top}.${member}`);
        // Namespaces hold classes with members of their own (Intl.Segmenter.prototype.segment).
        if (ns === 'javascript.builtins')
          for (const [inner, subsub] of children(sub))
            if (inner !== member && subsub.__compat) add(members, inner, `${ns}.${top}.${member}.${inner}`);
      }
    }
  }
  // `el.style.minWidth`: every CSS property 86 has is a property of CSSStyleDeclaration.
  for (const [prop] of children(bcd.css.properties))
    if (chrome(`css.properties.${prop}`).ok) members.set(camel(prop), { ok: true, ids: [] });
  return { members, globals };
}
const { members: MEMBERS, globals: GLOBALS } = nameIndex();

/** Names a file declares (after minification, globals are the names it never declares). */
function declaredNames(ast) {
  const names = new Set();
  const addPattern = (p) => {
    if (!p) return;
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'ObjectPattern')
      p.properties.forEach((q) => addPattern(q.type === 'RestElement' ? q : q.value));
    else if (p.type === 'ArrayPattern') p.elements.forEach(addPattern);
    else if (p.type === 'RestElement') addPattern(p.argument);
    else if (p.type === 'AssignmentPattern') addPattern(p.left);
  };
  walk(ast, (n) => {
    if (n.type === 'VariableDeclarator') addPattern(n.id);
    else if (/Function/.test(n.type)) {
      addPattern(n.id);
      n.params.forEach(addPattern);
    } else if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') addPattern(n.id);
    else if (n.type === 'CatchClause') addPattern(n.param);
    else if (/^Import(Default|Namespace)?Specifier$/.test(n.type)) addPattern(n.local);
  });
  return names;
}

/** Property names our code (and Lit's, d3's) defines: object keys, class members, `x.name =`. */
function ownProperties(ast, into) {
  const keyName = (k) => (k.type === 'Identifier' ? k.name : k.type === 'Literal' ? String(k.value) : undefined);
  walk(ast, (n, parent) => {
    let name;
    if (n.type === 'Property' && parent?.type === 'ObjectExpression' && !n.computed) name = keyName(n.key);
    else if ((n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') && !n.computed) name = keyName(n.key);
    else if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && !n.left.computed)
      name = keyName(n.left.property);
    if (name !== undefined) into.add(name);
  });
  return into;
}

/** An Identifier that is a name in its own right, not a property, key or label. */
function isReference(node, parent, key) {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return false;
  if (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent.type) && key === 'key')
    return parent.computed;
  if (/Statement$/.test(parent.type) && key === 'label') return false;
  if (/Specifier$/.test(parent.type) || parent.type === 'MetaProperty') return false;
  return true;
}

// The bundles, and the npm modules they do not bundle (the rest of lib/ is the same code); the
// command line (lib/cli) runs in Node.
const bundled = new Set(
  distJs.flatMap((file) =>
    existsSync(`${file}.map`)
      ? JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources.map((s) => rel(path.resolve(path.dirname(file), s)))
      : [],
  ),
);
const apiFiles = [...asts.keys()].filter((f) => {
  const name = rel(f);
  if (!name.startsWith(`lib${path.sep}`)) return true;
  const source = name.replace(/^lib/, 'src').replace(/\.js$/, '.ts');
  return !name.startsWith(path.join('lib', 'cli')) && !bundled.has(source);
});
// A classic bundle is a program of its own; the module entries and their chunks import one
// another, as lib/'s modules do.
const libOwn = new Set();
for (const file of libJs) if (asts.has(file)) ownProperties(asts.get(file).ast, libOwn);
const isClassic = (file) => file.endsWith('.classic.js');
const chunksOwn = new Set();
for (const file of distJs) if (asts.has(file) && !isClassic(file)) ownProperties(asts.get(file).ast, chunksOwn);
const skippedAsOwn = new Set();
for (const file of apiFiles) {
  const { ast } = asts.get(file);
  const own = !distJs.includes(file) ? libOwn : isClassic(file) ? ownProperties(ast, new Set()) : chunksOwn;
  const where = sourceMapper(file);
  const declared = declaredNames(ast);
  walk(ast, (node, parent, key) => {
    let name;
    let index;
    if (node.type === 'MemberExpression') {
      const p = node.property;
      name = !node.computed && p.type === 'Identifier' ? p.name : p.type === 'Literal' ? String(p.value) : undefined;
      index = MEMBERS;
    } else if (node.type === 'Identifier' && !declared.has(node.name) && isReference(node, parent, key)) {
      name = node.name;
      index = GLOBALS;
    }
    const entry = name === undefined ? undefined : index.get(name);
    if (!entry || entry.ok || entry.ids.length === 0) return;
    // A property the code defines itself is read as its own (`.info` of our index, not NavigateEvent's).
    if (index === MEMBERS && own.has(name)) return void skippedAsOwn.add(name);
    const at = where(node.loc.start.line, node.loc.start.column);
    const [first, ...more] = entry.ids.sort((a, b) => chrome(a).since - chrome(b).since);
    report(
      'api',
      first,
      `${index === MEMBERS ? '.' : ''}${name}${more.length ? ` (also ${more.join(', ')})` : ''}`,
      at,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// 3. CSS: selectors, at-rules, properties, values, functions and units, each against BCD.

/** `:is` / `::part` -> css.selectors.*, from each entry's description or MDN address. */
const PSEUDO = new Map();
for (const [key, node] of children(bcd.css.selectors)) {
  const text = node.__compat?.description ?? '';
  const code =
    /<code>(::?[\w-]+)/.exec(text)?.[1] ?? /\/(::?[\w-]+?)(_function)?$/.exec(node.__compat?.mdn_url ?? '')?.[1];
  if (code && !PSEUDO.has(code)) PSEUDO.set(code, `css.selectors.${key}`);
}
/** Functions (`color-mix(`) and units (`dvh`) -> css.types.*, read from the descriptions. */
const FUNCTIONS = new Map();
const UNITS = new Map();
(function typeIndex(node, id) {
  for (const [key, sub] of children(node)) {
    const subId = `${id}.${key}`;
    const text = sub.__compat?.description ?? '';
    for (const m of text.matchAll(/<code>([\w-]+)\(\)<\/code>/g)) if (!FUNCTIONS.has(m[1])) FUNCTIONS.set(m[1], subId);
    if (/\bunits?\b/.test(text)) for (const m of text.matchAll(/<code>([a-zA-Z]+)<\/code>/g)) UNITS.set(m[1], subId);
    typeIndex(sub, subId);
  }
})(bcd.css.types, 'css.types');
for (const [key, node] of children(bcd.css.types))
  if (!FUNCTIONS.has(key) && /\(\)/.test(node.__compat?.description ?? '')) FUNCTIONS.set(key, `css.types.${key}`);

/** CSS texts to check: [label, css, mapper for the position]. */
const sheets = [];
const seen = new Set();
for (const file of distJs) {
  const { ast } = asts.get(file) ?? {};
  if (!ast) continue;
  const where = sourceMapper(file);
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.quasi.expressions.length > 0) return;
    const text = node.quasi.quasis[0].value.cooked ?? '';
    if (text.includes('<') || !/^[^{}]+\{[\s\S]*\}$/.test(text.trim()) || seen.has(text)) return;
    seen.add(text);
    sheets.push([where(node.loc.start.line, node.loc.start.column), text]);
  });
}
const cssFiles = [
  path.join(ROOT, 'dist/gov-org-elements.css'),
  ...(existsSync(path.join(ROOT, 'themes')) ? readdirSync(path.join(ROOT, 'themes')) : [])
    .filter((f) => f.endsWith('.css'))
    .map((f) => path.join(ROOT, 'themes', f)),
];
for (const file of cssFiles) if (existsSync(file)) sheets.push([rel(file), readFileSync(file, 'utf8')]);
if (OURS && sheets.length < 5)
  throw new Error(`check-browser-floor: found only ${sheets.length} style sheets (a build change?)`);

const short = (text, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(/\s+/g, ' ');

function checkSelector(selector, at) {
  const bare = selector.replace(/"[^"]*"|'[^']*'/g, '""').replace(/\[[^\]]*\]/g, '[]');
  const found = [];
  for (const m of bare.matchAll(/(::?)([a-zA-Z-]+)(\(?)/g)) {
    const id = PSEUDO.get(m[1] + m[2]) ?? PSEUDO.get(`:${m[2]}`);
    if (id && !chrome(id).ok) found.push(id);
    if (m[2] === 'not' && m[3]) {
      const start = m.index + m[0].length;
      let depth = 1;
      let end = start;
      while (end < bare.length && depth > 0) depth += { '(': 1, ')': -1 }[bare[end++]] ?? 0;
      if (/[,\s>+~]/.test(bare.slice(start, end - 1).trim())) found.push('css.selectors.not.selector_list');
    }
  }
  if (bare.includes('&')) found.push('css.selectors.nesting');
  for (const id of new Set(found)) if (!chrome(id).ok) report('css', id, short(selector), at);
  return found.some((id) => !chrome(id).ok);
}

/** True when the rule also sets the `-webkit-` form of the property and 86 has that form. */
function prefixedInRule(decl, id) {
  const prefixed = [lookup(id).__compat.support.chrome ?? []]
    .flat()
    .some((e) => e.prefix === '-webkit-' && !e.flags && versionNumber(e.version_added) <= FLOOR && !e.version_removed);
  return prefixed && decl.parent.some((d) => d.type === 'decl' && d.prop.toLowerCase() === `-webkit-${decl.prop}`);
}

function checkDeclaration(decl, context, at) {
  const prop = decl.prop.toLowerCase();
  if (prop.startsWith('--') || prop.startsWith('-')) return;
  const where = `${short(context, 60)} { ${short(`${decl.prop}: ${decl.value}`, 70)} }`;
  const property = bcd.css.properties[prop];
  if (!property) return report('css', `css.properties (no such property: ${prop})`, where, at);
  const id = `css.properties.${prop}`;
  if (!chrome(id).ok) return prefixedInRule(decl, id) || report('css', id, where, at);
  const value = decl.value.replace(/"[^"]*"|'[^']*'/g, '""');
  // Font families fall back within the list: a name 86 lacks (ui-monospace) is no error.
  if (prop !== 'font-family')
    for (const [keyword] of children(property))
      if (/^[a-z][a-z-]*$/.test(keyword) && new RegExp(`(^|[\\s,(])${keyword}($|[\\s,)])`).test(value)) {
        const sub = `${id}.${keyword}`;
        if (!chrome(sub).ok) report('css', sub, where, at);
      }
  if (prop === 'text-decoration' && /\d(px|em|rem|%)|\bfrom-font\b/.test(value))
    if (!chrome(`${id}.includes_thickness`).ok) report('css', `${id}.includes_thickness`, where, at);
  for (const m of value.matchAll(/([a-zA-Z-]+)\(/g)) {
    const fn = FUNCTIONS.get(m[1].toLowerCase());
    if (fn && !chrome(fn).ok) report('css', fn, where, at);
  }
  for (const m of value.matchAll(/\d(?:\.\d+)?([a-zA-Z]+)\b/g)) {
    const unit = UNITS.get(m[1]);
    if (unit && !chrome(unit).ok) report('css', unit, where, at);
  }
}

/** True when Chrome 86 never applies what is inside the at-rule (an unknown query is false). */
function checkAtRule(rule, at) {
  const name = rule.name.toLowerCase();
  const where = `@${name} ${short(rule.params, 70)}`;
  const ruleId = `css.at-rules.${name}`;
  if (!lookup(ruleId)) {
    report('css', `css.at-rules (no such at-rule: @${name})`, where, at);
    return false;
  }
  if (!chrome(ruleId).ok) {
    report('css', ruleId, where, at);
    return true;
  }
  if (name !== 'media') return false;
  let skipped = false;
  for (const m of rule.params.matchAll(/\(\s*([a-z-]+)\s*[:)<>=]/g)) {
    const id = `css.at-rules.media.${m[1]}`;
    if (lookup(id) && !chrome(id).ok) {
      report('css', id, where, at);
      skipped ||= !/\bnot\b/.test(rule.params);
    }
  }
  if (/[<>]=?/.test(rule.params) && !chrome('css.at-rules.media.range_syntax').ok) {
    report('css', 'css.at-rules.media.range_syntax', where, at);
    skipped = true;
  }
  return skipped;
}

for (const [at, text] of sheets) {
  const root = postcss.parse(text);
  (function visit(container) {
    for (const node of container.nodes ?? []) {
      if (node.type === 'atrule') {
        if (!checkAtRule(node, at)) visit(node);
      } else if (node.type === 'rule') {
        if (node.parent?.type === 'rule') report('css', 'css.selectors.nesting', short(node.selector), at);
        if (checkSelector(node.selector, at)) continue;
        for (const decl of node.nodes ?? []) if (decl.type === 'decl') checkDeclaration(decl, node.selector, at);
        visit(node);
      }
    }
  })(root);
}

// ---------------------------------------------------------------------------------------------
// Report

/** Conditions an allowance depends on, over the style sheets checked. */
const HOLDS = {
  'container fallback': () =>
    sheets.every(([, text]) => !/@container/.test(text) || /@supports not \(container-type: ?inline-size\)/.test(text)),
};
const allowedBy = (f) =>
  ALLOWED.find(
    (a) => a.feature === f.id && (a.where.test(f.where) || a.where.test(f.file)) && (!a.holds || HOLDS[a.holds]()),
  );
const used = new Set();
const groups = new Map();
for (const f of findings) {
  const allow = allowedBy(f);
  if (allow) used.add(allow);
  const key = `${allow ? 'allowed' : 'error'}|${f.kind}|${f.id}`;
  const group = groups.get(key) ?? { ...f, allow, places: new Map() };
  const place = `${f.file}${f.where ? `  ${f.where}` : ''}`;
  group.places.set(place, (group.places.get(place) ?? 0) + 1);
  groups.set(key, group);
}
const errors = [...groups.values()].filter((g) => !g.allow);
const allowed = [...groups.values()].filter((g) => g.allow);
// An allowance nothing needs any more goes (another tree, with --root, needs none of ours).
const unused = OURS ? ALLOWED.filter((a) => !used.has(a)) : [];

const print = (g) => {
  console.log(`  ${g.kind}  ${g.id}  (${chromeLabel(g.since)})`);
  for (const [place, count] of g.places) console.log(`      ${place}${count > 1 ? `  ×${count}` : ''}`);
};
console.log(
  `Browser floor: Chromium ${FLOOR} (BCD ${bcd.__meta.version}); ` +
    `checked ${asts.size} scripts, ${sheets.length} style sheets.`,
);
if (skippedAsOwn.size)
  console.log(
    `Names of newer APIs read as our own properties (defined in the code): ${[...skippedAsOwn].sort().join(', ')}`,
  );
if (allowed.length) {
  console.log(`\nAllowed (degrade safely in ${FLOOR}):`);
  for (const g of allowed) {
    print(g);
    console.log(`      → ${g.allow.why}`);
  }
}
if (errors.length) {
  console.log(`\nNewer than Chromium ${FLOOR}: ${errors.length} feature(s):`);
  for (const g of errors) print(g);
  console.log(
    `\nRewrite these for Chromium ${FLOOR} (or, if an ${FLOOR} visitor still reads everything, allow them in ` +
      'scripts/check-browser-floor.mjs with what that visitor sees).',
  );
}
for (const a of unused) console.error(`Allowed but no longer used (remove it): ${a.feature} ${a.where}`);
if (errors.length || unused.length) process.exit(1);
console.log(`\nNothing newer than Chromium ${FLOOR} outside the allowed list.`);
