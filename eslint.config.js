import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { noDanishLiterals } from './scripts/eslint/noDanishLiterals.js';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'stream', 'util', 'events', 'worker_threads'];

/**
 * Runtime boundaries (VS Code's layering rule, by folder):
 * - shared/ is pure: no Electron, no Node built-ins, no DOM code, no other layer.
 * - renderer/ never reaches electron/ or Node; it talks to main only through the API client, and only a
 *   feature's commands module (`renderer/src/<feature>/<feature>Commands.ts`) or a reading hook under
 *   `renderer/src/data/` may import that client.
 * - electron/core, web and cli run without Electron so they are testable here; only main/ and preload/ import 'electron'.
 * Texts: a string with Danish letters lives in a catalogue under shared/i18n/ (seeds and tests hold data, not UI text).
 */
const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const RENDERER_BOUNDARY = [['electron', 'electron/*', 'node:*', ...nodeBuiltins, '**/electron/**'], 'renderer/ reaches main only through the API client.'];
const API_CLIENT = [
  ['**/api/apiClient', '**/api/apiClient.ts'],
  'Only a feature\'s commands module (<feature>/<feature>Commands.ts) or a reading hook under renderer/src/data/ calls the API client; components call commands.',
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'seeds/**', 'test-results/**', 'playwright-report/**', '**/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    plugins: { referent: { rules: { 'no-danish-literals': noDanishLiterals } } },
    rules: { 'referent/no-danish-literals': 'error' },
  },
  {
    // Catalogues hold the text; seeds and tests hold data and expectations in Danish.
    files: ['shared/i18n/**', 'seeds/**', 'scripts/seeds/**', 'scripts/import-fixtures/**', 'tests/**'],
    rules: { 'referent/no-danish-literals': 'off' },
  },
  {
    // Plain Node scripts (build helpers, the CLI's bin) run outside TypeScript's view of the globals.
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'tests/bench/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict([
        ['electron', 'electron/*', 'node:*', ...nodeBuiltins, 'react', 'react-dom', '@tiptap/*', '**/electron/**', '**/renderer/**'],
        'shared/ is pure: no Electron, Node, DOM or other layer.',
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(RENDERER_BOUNDARY, API_CLIENT),
  },
  {
    files: ['renderer/src/*/*Commands.ts', 'renderer/src/data/**/*.ts'],
    rules: restrict(RENDERER_BOUNDARY),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'], 'The core runs without Electron; only electron/main and electron/preload import electron.']),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict([['**/renderer/**'], 'The main process does not import the renderer.']),
  },
);
