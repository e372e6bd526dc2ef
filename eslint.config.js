// Lint rules are strict from day one: type-checked TypeScript, hooks, accessibility, no literal UI text,
// named exports only, and the module boundaries of house-style.md.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Restricts what a folder may import; `patterns` are gitignore-style import paths. */
const boundary = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/peer/dist',
      'bench/dist',
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
  boundary(
    ['src/domain/**'],
    [
      'react',
      'react-*',
      'dexie',
      'dexie-*',
      'i18next',
      '**/db',
      '**/db/*',
      '**/sync/*',
      '**/features/*',
      '**/app/*',
    ],
    'src/domain is pure: zod and functions only, no React, Dexie, i18n or network.',
  ),
  {
    // Tests may open a raw Dexie database, e.g. to write version-1 data for the upgrade test.
    ...boundary(
      ['src/**/*.{ts,tsx}'],
      ['dexie'],
      'Only src/db imports Dexie; features call its named operations.',
    ),
    ignores: ['src/db/**', 'src/test/**', 'src/**/*.test.{ts,tsx}'],
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '**/features/*', '**/app/*'],
              message: 'src/db has no React or UI.',
            },
          ],
        },
      ],
    },
  },
  boundary(
    ['server/src/**'],
    ['**/src/*', '!**/src/domain', '**/src/!(domain)/**', 'react', 'react-*', 'dexie'],
    'server/ imports src/domain and nothing else from src/.',
  ),
  boundary(['src/sync/**'], ['react', 'react-*', '**/features/*'], 'src/sync has no React.'),
  boundary(
    ['src/state/**'],
    ['dexie', '**/db', '**/db/*'],
    'Stores hold UI and session state only, never copies of database rows.',
  ),
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
