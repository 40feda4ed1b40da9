import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'stream', 'util', 'events', 'worker_threads'];

/**
 * Runtime boundaries (VS Code's layering rule, by folder):
 * - shared/ is pure: no Electron, no Node built-ins, no DOM code, no other layer.
 * - renderer/ never reaches electron/ or Node; it talks to main only through the API client.
 * - electron/core, web and cli run without Electron so they are testable here; only main/ and preload/ import 'electron'.
 */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

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
    // Plain Node scripts (build helpers, the CLI's bin) run outside TypeScript's view of the globals.
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'tests/bench/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict(
        ['electron', 'electron/*', 'node:*', ...nodeBuiltins, 'react', 'react-dom', '@tiptap/*', '**/electron/**', '**/renderer/**'],
        'shared/ er ren: ingen Electron, Node, DOM eller andre lag.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(['electron', 'electron/*', 'node:*', ...nodeBuiltins, '**/electron/**'], 'renderer/ når kun hovedprocessen gennem API-klienten.'),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'], 'Kernen kører uden Electron; kun electron/main og electron/preload må importere electron.'),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'Hovedprocessen importerer ikke rendereren.'),
  },
);
