import { build } from 'esbuild';

/** Main and preload are bundled to CommonJS: a sandboxed preload cannot load ES modules. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
};

// The export runs in a worker thread with a bundle of its own, found beside main.cjs by the name defined here.
await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist/electron/main.cjs',
  define: { __REFERENT_EXPORT_WORKER__: JSON.stringify('exportWorker.cjs') },
  // The one `import.meta.url` in main (exportInWorker.ts) locates the worker's
  // TypeScript source and is only reached when the define above is absent.
  logOverride: { 'empty-import-meta': 'silent' },
});
await build({ ...common, entryPoints: ['electron/core/export/exportWorker.ts'], outfile: 'dist/electron/exportWorker.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
