// Bundles the CLI and the browser host for Node, as scripts/build-electron.mjs
// bundles Electron's main process: `referent` and `npm run web` then start
// from plain JavaScript instead of compiling TypeScript through tsx at every
// start. Runs in `prepare` (so after `npm install`) and before the tests.
//
//   dist/node/cli.mjs, dist/node/web.mjs   the two entry points (ES modules, top-level await)
//   dist/node/core-*.mjs                   what opening a data directory needs: the store, the service, the API contract
//   dist/node/*-*.mjs                      what they import() on demand (a command, the DOCX export, LibreOffice, pdf.js)
//   dist/node/exportWorker.cjs             the export worker thread
//   dist/node/searchWorker.cjs             the search worker thread
//
// Rolldown rather than esbuild here for one reason: chunk groups. esbuild
// splits shared code by which entry points reach it, which cut the code every
// command and the host load at start into some 24 modules, and Node 20 loads
// ES modules one at a time (resolve, read, compile, link): `referent list`
// spent about 25 ms more loading those pieces than loading the same code as
// one file. Here the code that opening a data directory statically needs is
// one chunk, so a command loads about five modules.
import { rm } from 'node:fs/promises';
import { rolldown } from 'rolldown';
import { nodeWorkers } from './workerBundles.mjs';

const OUT = 'dist/node';

const inputOptions = {
  platform: 'node',
  external: [...nodeWorkers.external, /^node:/],
  transform: { define: nodeWorkers.define },
  onLog(level, log, report) {
    // A module both imported and import()ed stays where the static import puts it: that is intended here
    // (the export handlers use LibreOffice's converter at once, the export of a DOCX only sometimes).
    if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
    report(level, log);
  },
};

/** Every module that `root` imports statically, directly or through others: what loading it loads. */
async function staticImportsOf(root) {
  const bundle = await rolldown({ ...inputOptions, input: { root } });
  const chunks = (await bundle.generate({ format: 'es' })).output.filter((o) => o.type === 'chunk');
  await bundle.close();
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const modules = new Set();
  const pending = chunks.filter((c) => c.isEntry);
  while (pending.length > 0) {
    const chunk = pending.pop();
    for (const id of chunk.moduleIds) modules.add(id);
    for (const file of chunk.imports) if (byFile.has(file)) pending.push(byFile.get(file));
  }
  return modules;
}

await rm(OUT, { recursive: true, force: true });

const core = new Set([...(await staticImportsOf('electron/core/openApp.ts')), ...(await staticImportsOf('electron/cli/readOnlyApp.ts'))]);

const bundle = await rolldown({ ...inputOptions, input: { cli: 'electron/cli/main.ts', web: 'electron/web/serve.ts' } });
await bundle.write({
  dir: OUT,
  format: 'es',
  entryFileNames: '[name].mjs',
  chunkFileNames: '[name]-[hash].mjs',
  minify: true,
  keepNames: true,
  sourcemap: true,
  // The bundled CommonJS dependencies and the worker locators need `require` and `__dirname` in every chunk.
  banner: [
    "import { createRequire as __referentRequire } from 'node:module';",
    "import { fileURLToPath as __referentPath } from 'node:url';",
    'const require = __referentRequire(import.meta.url);',
    'const __filename = __referentPath(import.meta.url);',
    "const __dirname = __referentPath(new URL('.', import.meta.url));",
  ].join('\n'),
  codeSplitting: { groups: [{ name: 'core', test: (id) => core.has(id) }] },
});
await bundle.close();

await nodeWorkers.build(OUT);
