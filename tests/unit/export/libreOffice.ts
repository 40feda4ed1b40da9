import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function requireTool(command: string, args: string[], purpose: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `\`${command}\` is required for ${purpose} but could not be run (${probe.error?.message ?? `exit ${probe.status}`}). ` +
        'Install LibreOffice and poppler-utils (apt-get install libreoffice-writer poppler-utils fonts-crosextra-carlito).',
    );
  }
}

/**
 * Converts .docx files to PDF with LibreOffice in one run and returns each
 * PDF's text per page (`pdftotext -layout`, pages split on form feeds). A
 * private LibreOffice profile keeps parallel test files from fighting over
 * the user's profile lock.
 */
export function docxToPdfPages(files: Record<string, Buffer>): Record<string, string[]> {
  requireTool('soffice', ['--version'], 'the LibreOffice layout test');
  requireTool('pdftotext', ['-v'], 'reading the PDF that LibreOffice writes');
  const dir = mkdtempSync(join(tmpdir(), 'referent-export-'));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.docx`), files[name]!);
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
    const result: Record<string, string[]> = {};
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      readFileSync(pdf); // a clear ENOENT if LibreOffice silently skipped the file
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
      result[name] = text.stdout.split('\f').slice(0, -1);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
