import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { councilDocx, type Look } from './councilDocx.ts';
import { COUNCIL_SOURCES, councilSourcesDir } from './councilSources.ts';
import { parseCouncilSource } from './councilSource.ts';

/**
 * Writes tests/fixtures/import/council/: each published protocol's text as a
 * council's DOCX in two looks (heading styles; bold paragraphs only), the same
 * as PDF through LibreOffice, and `<name>.expected.json` with what an import
 * must find. Run: npx tsx scripts/import-fixtures/build-council-fixtures.ts
 */
const out = join(import.meta.dirname, '../../tests/fixtures/import/council');
mkdirSync(out, { recursive: true });
const LOOKS: Look[] = ['overskrifter', 'fed'];
const work = mkdtempSync(join(tmpdir(), 'referent-council-'));
try {
  const docxFiles: string[] = [];
  for (const source of COUNCIL_SOURCES) {
    const { document, expected } = parseCouncilSource(readFileSync(join(councilSourcesDir, source.file), 'utf8'), source.hints);
    writeFileSync(join(out, `${source.name}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);
    for (const look of LOOKS) {
      const name = `${source.name}-${look}`;
      const docx = await councilDocx(document, look);
      writeFileSync(join(out, `${name}.docx`), docx);
      writeFileSync(join(work, `${name}.docx`), docx);
      docxFiles.push(join(work, `${name}.docx`));
    }
  }
  const profile = pathToFileURL(join(work, 'profil')).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docxFiles], { encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0) throw new Error(`LibreOffice: ${run.stderr || run.stdout}`);
  for (const file of docxFiles) {
    const pdf = file.replace(/\.docx$/, '.pdf');
    writeFileSync(join(out, pdf.split('/').pop()!), readFileSync(pdf));
  }
  console.log(`Skrev ${docxFiles.length} DOCX- og ${docxFiles.length} PDF-filer til ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
