import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/**
 * Dependencies point one way (docs/architecture.md): define -> elements -> chart, duties, staffing
 * (what each element shows) -> layout (generic geometry), i18n, model -> text (string handling).
 */
const noLitOrDom = {
  patterns: [
    { group: ['lit', 'lit/*', '@lit/*'], message: 'Pure modules never import lit.' },
    { group: ['**/elements/**', '**/define/**'], message: 'Lower layers never import elements or registration.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'tmp/'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Text handling at the very bottom: strings in, strings or offsets out.
    files: ['src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            {
              group: [
                'd3-*',
                '**/model/**',
                '**/layout/**',
                '**/i18n/**',
                '**/chart/**',
                '**/duties/**',
                '**/staffing/**',
                'node:*',
              ],
              message: 'text/ is the bottom layer: it imports nothing.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            {
              group: ['d3-*', '**/layout/**', '**/chart/**', '**/duties/**', '**/staffing/**'],
              message: 'model/ sits under everything but text/.',
            },
          ],
        },
      ],
    },
  },
  {
    // What each element shows, decided from the dataset: pure, below elements/, beside layout/.
    files: ['src/chart/**/*.ts', 'src/duties/**/*.ts', 'src/staffing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            { group: ['d3-*'], message: 'd3 computes tree positions in layout/ only.' },
          ],
        },
      ],
    },
  },
  {
    // Generic tree and viewport geometry: boxes and ids in, positions out; it knows no dataset.
    files: ['src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            {
              group: ['**/model/**', '**/chart/**', '**/duties/**', '**/staffing/**', '**/i18n/**'],
              message: 'layout/ is generic geometry: text/ below it, nothing of the dataset.',
            },
          ],
        },
      ],
    },
  },
  {
    // The importer runs in the browser (authoring page) and in Node (the CLI): text in, data out.
    files: ['src/import/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            {
              group: ['d3-*', '**/layout/**', '**/i18n/**', 'node:*'],
              message: 'import/ is pure: model/ only, no Node or DOM.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'navigator',
        'localStorage',
        'fetch',
        'process',
        'Buffer',
      ],
    },
  },
  {
    // The authoring page's logic: datasets in, datasets out; the page (demo/author*.js) owns the DOM.
    files: ['src/authoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            { group: ['d3-*', '**/layout/**', 'node:*'], message: 'authoring/ is pure: model/ and import/ only.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'navigator',
        'localStorage',
        'fetch',
        'process',
        'Buffer',
      ],
    },
  },
  {
    // The export and print drawings: a pure scene in, DOM out, built with d3-selection (the DOM is
    // not Lit's: it is made once per file or print, from data). Loaded on demand, so nothing here
    // may pull in lit or an element.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noLitOrDom.patterns,
            { group: ['d3-*', '!d3-selection'], message: 'export/ draws with d3-selection only.' },
          ],
        },
      ],
    },
  },
  {
    // The typescript-eslint form of the rule, for allowTypeImports: an element reaches export/
    // through `import()` only (chart-export.ts), which keeps it and d3-selection out of the first view.
    // chart-drawing.ts is what that import() loads: the export chunk's own entry.
    files: ['src/elements/**/*.ts'],
    ignores: ['src/elements/org-chart/chart-drawing.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/define/**'], message: 'Elements never register themselves; define/ does.' },
            { group: ['d3-*'], message: 'd3 computes tree positions in layout/; export/ draws with d3-selection.' },
            {
              group: ['**/export/**'],
              allowTypeImports: true,
              message: 'The export code loads on demand: import() it (chart-export.ts), never statically.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/define/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message: 'Only modules in src/define/ call customElements.define.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Prettier (printWidth 120) never breaks a string, a template literal or a comment, so a line
    // can still outgrow it: split long strings with +, break Lit templates only where no text node
    // appears (between attributes, or `<span\n  >text</span\n  >`). tests/fixtures/ keeps its data
    // verbatim.
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: ['tests/fixtures/**'],
    rules: { 'max-len': ['error', { code: 120 }] },
  },
  {
    files: ['**/*.mjs', 'scripts/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
