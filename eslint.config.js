// Lint rules are strict from day one: type-checked TypeScript, hooks, accessibility, no literal UI text,
// named exports only, and the module boundaries of house-style.md.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries (house-style.md, README "Layout"): for each layer, everything it may NOT import.
// Flat config does not merge a rule across blocks (a later block for the same file replaces the whole
// `no-restricted-imports` setting of an earlier one), so these blocks are the only ones that set it and
// their files never overlap. scripts/lint-walls.test.ts lints a probe import against every wall.
// Patterns are gitignore-style import paths. `src/sync`, `src/state`, ... have no index file, so only
// `<folder>/*` can reach them (`'../sync'` inside src/domain is domain/sync.ts); `src/db` and `src/i18n` have one.
const REACT = ['react', 'react-*']; // also react-dom, react-i18next, react-router, react-hook-form
const DEXIE = ['dexie'];
/** Dexie and its React hooks: features read through `useLiveQuery` (dexie-react-hooks), lower layers do not. */
const DEXIE_ALL = ['dexie', 'dexie-*'];
/** Any way into these src/ folders. */
const into = (...folders) =>
  folders.flatMap((folder) =>
    ['db', 'i18n'].includes(folder) ? [`**/${folder}`, `**/${folder}/*`] : [`**/${folder}/*`],
  );
/** A file inside src/db other than its index: outside src/db, only `src/db/index.ts` is the way in. */
const DB_INTERNALS = ['**/db/*'];
const ABOVE_DOMAIN = [
  'db',
  'sync',
  'security',
  'state',
  'providers',
  'components',
  'features',
  'app',
  'i18n',
  'lib',
];

const LAYERS = [
  {
    files: ['src/domain/**'],
    forbidden: [...REACT, ...DEXIE_ALL, 'i18next', 'zustand', ...into(...ABOVE_DOMAIN)],
    message:
      'src/domain is pure: zod and functions only, no React, Dexie, i18n, stores or anything above it.',
  },
  {
    files: ['src/lib/**'],
    forbidden: [
      ...REACT,
      ...DEXIE_ALL,
      ...into('db', 'sync', 'security', 'state', 'providers', 'components', 'features', 'app', 'i18n'),
    ],
    message: 'src/lib holds small helpers on src/domain alone.',
  },
  {
    files: ['src/db/**'],
    forbidden: [
      ...REACT,
      'i18next',
      'zustand',
      ...into('sync', 'security', 'state', 'providers', 'components', 'features', 'app', 'i18n'),
    ],
    message: 'src/db is the storage layer: Dexie, src/domain and src/lib only; no React, UI, stores or sync.',
  },
  {
    files: ['src/sync/**'],
    forbidden: [
      ...REACT,
      ...DEXIE_ALL,
      'i18next',
      ...DB_INTERNALS,
      ...into('security', 'state', 'providers', 'components', 'features', 'app', 'i18n'),
    ],
    message: 'src/sync has no React and no Dexie: it reaches the device database through src/db (its index).',
  },
  {
    files: ['src/security/**'],
    forbidden: [
      ...REACT,
      ...DEXIE_ALL,
      'i18next',
      ...DB_INTERNALS,
      ...into('sync', 'state', 'providers', 'components', 'features', 'app', 'i18n'),
    ],
    message: 'src/security (the key vault) sits below features: src/domain and src/db (its index) only.',
  },
  {
    files: ['src/state/**'],
    forbidden: [
      ...REACT,
      ...DEXIE_ALL,
      ...into('db', 'sync', 'security', 'providers', 'components', 'features', 'app'),
    ],
    message: 'Stores hold UI and session state only, never copies of database rows.',
  },
  {
    files: ['src/i18n/**'],
    forbidden: [
      ...DEXIE_ALL,
      ...into('db', 'sync', 'security', 'state', 'providers', 'components', 'features', 'app'),
    ],
    message: 'src/i18n loads translations and knows nothing of the data or the UI above it.',
  },
  {
    files: ['src/providers/**'],
    forbidden: [...DEXIE, ...DB_INTERNALS, ...into('components', 'features', 'app')],
    message: 'src/providers sits below components, features and app; the database only through src/db.',
  },
  {
    files: ['src/components/**'],
    forbidden: [...DEXIE, ...DB_INTERNALS, ...into('features', 'app')],
    message: 'Shared components import no feature and not src/app; the database only through src/db.',
  },
  {
    files: ['src/features/**'],
    forbidden: [...DEXIE, ...DB_INTERNALS, ...into('app')],
    message: 'Features never import src/app (use src/providers) and reach the database only through src/db.',
  },
  {
    files: ['src/app/**', 'src/*.{ts,tsx}'],
    forbidden: [...DEXIE, ...DB_INTERNALS],
    message: 'Only src/db imports Dexie, and only through its index.',
  },
  {
    files: ['server/src/**'],
    forbidden: ['**/src/*', '!**/src/domain', ...REACT, ...DEXIE_ALL],
    message: 'server/ imports src/domain and nothing else from src/.',
  },
];

const TESTS = '**/*.test.{ts,tsx}';
/** Tests keep their layer's walls but may open a raw Dexie database (e.g. to write old-version rows). */
const walls = LAYERS.flatMap(({ files, forbidden, message }) => {
  const rules = (group) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });
  return [
    { files, ignores: [TESTS], rules: rules(forbidden) },
    {
      files: files.map((pattern) => [pattern, TESTS]),
      rules: rules(forbidden.filter((pattern) => pattern !== 'dexie')),
    },
  ];
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/peer/dist',
      'bench/dist',
      // The built server (scripts/build-server.mjs) and the built-server test's own builds.
      'server/dist',
      'server/.dist-test-*',
      'bench/results',
      'test-results',
      'playwright-report',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'bench/*.mjs',
            'bench/*/*.mjs',
            'bench/*/*.js',
            'bench/peer/src/*.jsx',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Dropping fields with a rest pattern (`{ id, ...changed }`) is the clearest way to omit them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (default exports only in config files).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { i18next },
    rules: {
      // Text and text-bearing attributes (aria-label, title, placeholder, alt) must come from i18n;
      // attributes that carry code values (routes, ids, types) may be literal.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          callees: { exclude: ['i18n(ext)?', 't', 'errorOf', 'formatDate'] },
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'to',
              'href',
              'titleKey',
              'labelPrefix',
              'name',
              'value',
              'htmlFor',
              'role',
              'inputMode',
              'autoComplete',
              'aria-(labelledby|describedby|live|current|hidden)',
              'data-.*',
              'path',
            ],
          },
        },
      ],
    },
  },
  ...walls,
  {
    files: [
      '*.config.{js,ts}',
      'playwright.config.ts',
      'pwa-assets.config.ts',
      'vite.config.ts',
      'vitest.config.ts',
      'bench/**/*.{js,mjs}',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
