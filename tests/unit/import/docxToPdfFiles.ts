import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDF_CONVERT_TO } from '../../../electron/core/export/convertToPdf.ts';

/**
 * Many DOCX files to PDF in one LibreOffice run (starting it costs more than
 * converting), with a private profile so parallel test files do not share one.
 * Tagged and accessible with the export's own options, as Referent makes its
 * PDFs; `tagged: false` for a plain PDF, as many councils' files are.
 */
export function docxToPdfFiles(files: Record<string, Buffer>, options: { tagged?: boolean } = {}): Record<string, Buffer> {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error('LibreOffice (soffice) is needed to make the PDF files for the import round trip.');
  const dir = mkdtempSync(join(tmpdir(), 'referent-import-pdf-'));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.docx`), files[name]!);
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', options.tagged === false ? 'pdf' : PDF_CONVERT_TO, '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
    return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, `${name}.pdf`))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
