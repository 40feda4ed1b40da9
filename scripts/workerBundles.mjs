// The worker threads' bundles, shared by the Electron build and the Node build
// (CLI and browser host): each is a CommonJS file of its own, found at run
// time beside the bundle that starts it, by the file names defined here.
import { build } from 'esbuild';
import { join } from 'node:path';

const WORKERS = {
  __REFERENT_EXPORT_WORKER__: { entry: 'electron/core/export/exportWorker.ts', file: 'exportWorker.cjs' },
  __REFERENT_SEARCH_WORKER__: { entry: 'electron/core/search/searchWorker.ts', file: 'searchWorker.cjs' },
};

export const nodeWorkers = {
  /** For the bundle that starts the workers: where each worker's bundle is. */
  define: Object.fromEntries(Object.entries(WORKERS).map(([name, { file }]) => [name, JSON.stringify(file)])),
  /** better-sqlite3 is a native module: required from node_modules at run time, never bundled. */
  external: ['better-sqlite3', 'electron'],
  async build(outdir) {
    for (const { entry, file } of Object.values(WORKERS)) {
      await build({
        entryPoints: [entry],
        outfile: join(outdir, file),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minify: true,
        keepNames: true,
        sourcemap: 'linked',
        external: this.external,
        // The one `import.meta.url` (sqlite.ts) makes a `require` for the ES-module
        // sources and is never reached in a CommonJS bundle, which has its own.
        logOverride: { 'empty-import-meta': 'silent' },
        logLevel: 'warning',
      });
    }
  },
};
