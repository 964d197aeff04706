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
  ],
};
