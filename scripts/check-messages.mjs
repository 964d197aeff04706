// Checks that every element reads only the Chinese text it brings (plain Node, part of `npm test`).
// The Chinese interface text ships in parts (src/i18n/zh-CN/): the core's, in the shared core
// chunk, and one per element, added by the element's module (`addChinese`). A string of another
// element's part would be missing on a page without that element, and the type `Messages` (all
// parts) cannot say so. With the TypeScript checker, this script finds every read of a `Messages`
// value's property in src/ and fails when the file's element does not bring that property's part.
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, ts.sys);
const program = ts.createProgram({
  rootNames: config.fileNames.filter((f) => f.startsWith(path.join(root, 'src') + path.sep)),
  options: config.options,
});
const checker = program.getTypeChecker();

/** The part each element brings, by the folder its code is in; code elsewhere has only the core. */
const PARTS_BY_FOLDER = {
  'elements/org-chart': ['ChartMessages'],
  chart: ['ChartMessages'],
  export: ['ChartMessages'],
  'elements/duty-list': ['DutyMessages'],
  duties: ['DutyMessages'],
  'elements/leader-card': ['LeaderMessages'],
  'elements/leader-list': ['LeaderMessages'],
  'elements/staffing-summary': ['StaffingMessages'],
  staffing: ['StaffingMessages'],
  'elements/org-profile': ['ProfileMessages'],
};
/** The element modules and the part each must add. */
const ADDS = {
  'elements/org-chart/org-chart.ts': 'zhChart',
  'elements/duty-list/duty-list.ts': 'zhDuties',
  'elements/leader-card/leader-card.ts': 'zhLeaders',
  'elements/leader-list/leader-list.ts': 'zhLeaders',
  'elements/staffing-summary/staffing-summary.ts': 'zhStaffing',
  'elements/org-profile/org-profile.ts': 'zhProfile',
};
// Code that holds every language's text whole (server rendering, authoring, the locale files).
const WHOLE = /^(i18n|authoring|render|cli|import)\//;

const problems = [];
let reads = 0;
const partOf = (symbol) => {
  const declaration = symbol.declarations?.[0];
  const owner = declaration?.parent;
  return owner && ts.isInterfaceDeclaration(owner) ? owner.name.text : undefined;
};
const isMessages = (type) =>
  type.aliasSymbol?.name === 'Messages' ||
  (type.isIntersection() && type.types.some((t) => t.symbol?.name === 'CoreMessages'));

for (const file of program.getSourceFiles()) {
  const rel = path.relative(path.join(root, 'src'), file.fileName).split(path.sep).join('/');
  if (rel.startsWith('..') || WHOLE.test(rel)) continue;
  const folder = Object.keys(PARTS_BY_FOLDER).find((f) => rel.startsWith(`${f}/`));
  const allowed = new Set(['CoreMessages', ...(folder ? PARTS_BY_FOLDER[folder] : [])]);
  const read = (type, name, at) => {
    reads++;
    const symbol = type.getProperty(name);
    const part = symbol && partOf(symbol);
    if (part && !allowed.has(part)) {
      const { line } = file.getLineAndCharacterOfPosition(at.getStart());
      problems.push(`src/${rel}:${line + 1}: reads ${name} (${part}), which ${folder ?? 'this folder'} does not bring`);
    }
  };
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const type = checker.getTypeAtLocation(node.expression);
      if (isMessages(type)) read(type, node.name.text, node);
    } else if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectBindingPattern(node.name)) {
      // const { zoomIn, zoomOut } = t
      const type = checker.getTypeAtLocation(node.initializer);
      if (isMessages(type))
        for (const element of node.name.elements) {
          const key = element.propertyName ?? element.name;
          if (ts.isIdentifier(key)) read(type, key.text, element);
        }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const adds = ADDS[rel];
  if (adds && !file.text.includes(`addChinese(${adds})`))
    problems.push(`src/${rel}: does not call addChinese(${adds})`);
}

if (reads === 0) problems.push('no reads of Messages found: the check is not looking where it should');
for (const p of problems) console.error(p);
if (problems.length) process.exitCode = 1;
else console.log(`messages: ${reads} reads of the interface text, each from the core or the element's own part`);
