import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('the readers inside a CommonJS bundle, as Electron’s main process runs them', () => {
  it('reads a PDF and a DOCX where pdf.js can neither load its worker file nor @napi-rs/canvas', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'referent-bundle-'));
    try {
      const entry = join(dir, 'entry.ts');
      const council = join(import.meta.dirname, '../../fixtures/import/council');
      await writeFile(
        entry,
        `import { readFileSync } from 'node:fs';
import { readImportFile } from ${JSON.stringify(join(process.cwd(), 'electron/core/import/readImportFile.ts'))};
import { recogniseMeeting } from ${JSON.stringify(join(process.cwd(), 'electron/core/import/recogniseMeeting.ts'))};
void (async () => {
  for (const file of process.argv.slice(2)) console.log(recogniseMeeting(await readImportFile(readFileSync(file))).items.length);
})();
`,
      );
      // The same options as scripts/build-electron.mjs uses for main.
      await build({ entryPoints: [entry], outfile: join(dir, 'main.cjs'), bundle: true, platform: 'node', target: 'node22', format: 'cjs', external: ['electron'], logLevel: 'silent', nodePaths: [join(process.cwd(), 'node_modules')] });
      const { stdout } = await run(process.execPath, [join(dir, 'main.cjs'), join(council, 'haderslev-obu-2026-02-03-fed.pdf'), join(council, 'haderslev-obu-2026-02-03-fed.docx')], { cwd: dir });
      expect(stdout.trim().split('\n')).toEqual(['7', '7']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
