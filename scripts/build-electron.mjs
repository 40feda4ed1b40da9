import { build } from 'esbuild';
import { nodeWorkers } from './workerBundles.mjs';

/** Main and preload are bundled to CommonJS: a sandboxed preload cannot load ES modules. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: nodeWorkers.external,
  sourcemap: true,
  logLevel: 'info',
};

// The export and search workers run in threads with bundles of their own, found beside main.cjs by the names defined here.
await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
  define: nodeWorkers.define,
  // The `import.meta.url`s in main (the worker locators, sqlite.ts) serve the
  // TypeScript sources and are only reached when the defines above are absent.
  logOverride: { 'empty-import-meta': 'silent' },
});
await nodeWorkers.build('dist/electron');
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
