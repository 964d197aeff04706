// custom-elements.json from the elements' JSDoc (@tagname, @fires, @csspart, @cssprop) and Lit properties.
import { readFileSync } from 'node:fs';

/**
 * Event name → detail type, read from the typed Event subclasses in src/events.ts
 * (`class UnitToggleEvent extends CustomEvent<UnitToggleDetail> { static readonly eventName = 'unit-toggle'`),
 * so the manifest states each event's detail without a second, hand-written copy in the JSDoc.
 */
function eventDetailTypes() {
  const source = readFileSync(new URL('src/events.ts', import.meta.url), 'utf8');
  const interfaces = new Set([...source.matchAll(/export interface (\w+)/g)].map((m) => m[1]));
  const types = new Map();
  for (const m of source.matchAll(
    /export class \w+ extends CustomEvent<([^>]+)> \{\s*static readonly eventName = '([\w-]+)'/g,
  )) {
    const detail = m[1].trim();
    const text = `CustomEvent<${detail}>`;
    const references = interfaces.has(detail)
      ? [
          {
            name: detail,
            module: 'src/events.ts',
            start: text.indexOf(detail),
            end: text.indexOf(detail) + detail.length,
          },
        ]
      : undefined;
    types.set(m[2], { text, ...(references ? { references } : {}) });
  }
  return types;
}

/** The analyzer's configuration (`npm run analyze`). */
export default {
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  // chart-drawing.ts only gathers the export chunk's modules (see its comment): nothing to describe.
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/org-chart/chart-drawing.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer records a definition for each customElements.define call it sees, and the
      // only one in src/ is inside the define helper (`tag → element`), which names no tag.
      // Definitions come from each class's @tagname instead, in the module that registers it
      // (src/define/<tag>.ts, else the class's own module), so they hold however a tag is
      // registered, lazily or under a subclass.
      name: 'definitions-from-tagname',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        for (const mod of modules) {
          mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
        }
        for (const mod of modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.customElement || !declaration.tagName) continue;
            const registrar = modules.find((m) => m.path === `src/define/${declaration.tagName}.ts`) ?? mod;
            registrar.exports.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: mod.path },
            });
          }
        }
      },
    },
    {
      // `@fires name - description` gives no type; each event gets its detail type from src/events.ts.
      name: 'event-detail-types',
      packageLinkPhase({ customElementsManifest }) {
        const types = eventDetailTypes();
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const event of declaration.events ?? []) {
              const type = types.get(event.name);
              if (type) event.type = structuredClone(type);
            }
          }
        }
      },
    },
    {
      // `dispatchEvent(new UnitToggleEvent(…))` is seen as a second, nameless event: the @fires
      // JSDoc already documents it by name, so nameless entries are dropped.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
    {
      // src/ is not published: point every module reference at the npm build's file instead.
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');
        const visit = (node) => {
          if (Array.isArray(node)) return node.forEach(visit);
          if (node === null || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
            else visit(value);
          }
        };
        visit(customElementsManifest);
      },
    },
  ],
};
