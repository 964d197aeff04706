/**
 * A chunk loaded with `import()` names its shared chunks (Lit, the model, …) in its own static
 * imports, which the browser discovers only after fetching it: one more round trip per level. This
 * plugin rewrites every dynamic import in the build to fetch the target's static imports in the
 * same round trip (those the importing chunk does not already have), and to resolve to the
 * target's namespace as before. Every path is relative to the importing chunk, so `dist/` works
 * from any folder it is copied to.
 */
export function preloadDeps() {
  return {
    name: 'preload-deps',
    renderDynamicImport({ format, chunk, getTargetChunkImports }) {
      if (format !== 'es') return null;
      const have = new Set(chunk.imports);
      const deps = (getTargetChunkImports() ?? [])
        .filter((dep) => dep.type === 'internal' && !have.has(dep.fileName))
        .map((dep) => dep.resolvedImportPath); // already a string literal, quotes included
      if (deps.length === 0) return null;
      return {
        left: 'Promise.all([import(',
        right: `),${deps.map((path) => `import(${path})`).join(',')}]).then(r=>r[0])`,
      };
    },
  };
}
