// Lint, including the process boundaries from docs/architecture.md: core/, db/ and contract/ never
// import electron; contract/ imports nothing from Node; the renderer imports only contract/ from
// src-main; only the renderer's api/ folder touches window.api.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electronOnly = {
  group: [
    '**/window/create-window',
    '**/window/guards',
    '**/window/app-protocol',
    '**/window/menu',
    '**/src-main/index',
    '../../index',
  ],
  message: 'Electron-only modules stay out of the core.',
};
const featurePatterns = [
  electronOnly,
  { group: ['../app/*'], message: 'A feature does not import core/app: the wiring imports the features.' },
];
const noElectron = { name: 'electron', message: 'core/, db/ and contract/ run without Electron (tests, CLI, bench).' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'drizzle/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Prettier wraps code at 120; strings, comments and templates it cannot wrap are kept there too.
      'max-len': ['error', { code: 120, tabWidth: 2 }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
  },
  {
    files: ['src-main/core/**', 'src-main/db/**', 'src-main/cli/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [electronOnly] }] },
  },
  {
    // The registry knows the contract, never the features' code: core/app wires handlers into it.
    files: ['src-main/ipc/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            electronOnly,
            {
              group: ['../core/*', '../core/**'],
              message: 'ipc/ depends on the contract only; core/app wires the handlers in.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features never reach into the wiring: core/app gathers them, not the other way round.
    files: ['src-main/core/*/**'],
    ignores: ['src-main/core/app/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: featurePatterns }] },
  },
  {
    // The export and import engine loops over the features' lists (core/features.ts) and names no
    // feature's table: a new record kind is added in its own feature, not here.
    files: ['src-main/core/data-transfer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            ...featurePatterns,
            {
              group: ['**/db/schema'],
              message: 'The engine names no feature’s table: a feature lends its lists in its transfer.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'],
              message: 'contract/ is shared with the renderer: no Node modules.',
            },
            {
              group: ['../core/*', '../db/*', '../ipc/*', '../cli/*', '../window/*', '../preload/*'],
              message: 'contract/ depends on nothing else in src-main.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/src-main/*', '!**/src-main/contract', '**/src-main/*/**', '!**/src-main/contract/**'],
              message: 'The renderer may import only src-main/contract.',
            },
            { group: ['node:*'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/src/**'],
    ignores: ['src-renderer/src/api/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'api',
          message: 'Use src-renderer/src/api/client.ts: it is the only place that touches window.api.',
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer']",
          message: 'Never expose ipcRenderer to the page.',
        },
      ],
    },
  },
);
