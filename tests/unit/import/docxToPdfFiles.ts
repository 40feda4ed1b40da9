import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Many DOCX files to PDF in one LibreOffice run (starting it costs more than
 * converting), with a private profile so parallel test files do not share one.
 */
export function docxToPdfFiles(files: Record<string, Buffer>): Record<string, Buffer> {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error('LibreOffice (soffice) is needed to make the PDF files for the import round trip.');
  const dir = mkdtempSync(join(tmpdir(), 'referent-import-pdf-'));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.docx`), files[name]!);
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
    return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, `${name}.pdf`))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
