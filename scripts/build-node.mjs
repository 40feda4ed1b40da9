// Bundles the CLI and the browser host for Node, as scripts/build-electron.mjs
// bundles Electron's main process: `referent` and `npm run web` then start
// from plain JavaScript instead of compiling TypeScript through tsx at every
// start. Runs in `prepare` (so after `npm install`) and before the tests.
//
//   dist/node/cli.mjs, dist/node/web.mjs   the two entry points (ES modules, top-level await)
//   dist/node/chunk-*.mjs                  code they share, and what they import() on demand
//   dist/node/exportWorker.cjs             the export worker thread
//   dist/node/searchWorker.cjs             the search worker thread
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { nodeWorkers } from './workerBundles.mjs';

const OUT = 'dist/node';

await rm(OUT, { recursive: true, force: true });

// ES modules for the entry points: the CLI and the host await at top level,
// and code splitting keeps what `import()` loads (the DOCX export, LibreOffice,
// the approval package) out of what `referent --help` has to read. The banner
// gives the bundled CommonJS dependencies and the worker locators their
// `require` and `__dirname`.
await build({
  entryPoints: { cli: 'electron/cli/main.ts', web: 'electron/web/serve.ts' },
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  external: nodeWorkers.external,
  define: nodeWorkers.define,
  // The `import.meta.url` in the worker locators is only reached without the defines above.
  logOverride: { 'empty-import-meta': 'silent' },
  banner: {
    js: [
      "import { createRequire as __referentRequire } from 'node:module';",
      "import { fileURLToPath as __referentPath } from 'node:url';",
      'const require = __referentRequire(import.meta.url);',
      'const __filename = __referentPath(import.meta.url);',
      "const __dirname = __referentPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
  logLevel: 'warning',
});

await nodeWorkers.build(OUT);
