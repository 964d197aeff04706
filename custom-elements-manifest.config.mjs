/** custom-elements.json from the elements' JSDoc (@tagname, @fires, @csspart, @cssprop) and Lit properties. */
export default {
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
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
