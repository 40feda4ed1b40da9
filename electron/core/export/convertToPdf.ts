import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** Raised when LibreOffice is not there to convert with; the message is for the user. */
export class PdfConverterMissingError extends Error {}

/** The LibreOffice command: `REFERENT_SOFFICE` when set (a non-standard install), else `soffice` on the PATH. */
export function sofficeCommand(): string {
  return process.env.REFERENT_SOFFICE?.trim() || 'soffice';
}

/**
 * LibreOffice's PDF export options for an accessible PDF (webtilgængelighed):
 * tagged, PDF/UA (headings, table header cells, alternative texts, language
 * from the document: da-DK), the document's title shown as the window title,
 * a bookmark per heading (so one per item, with its sections under it), and
 * every font embedded. Given as JSON in the --convert-to argument
 * (LibreOffice 7.4 and later).
 */
export const PDF_EXPORT_OPTIONS = {
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  PDFUACompliance: { type: 'boolean', value: 'true' },
  DisplayPDFDocumentTitle: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
  EmbedStandardFonts: { type: 'boolean', value: 'true' },
} as const;

export const PDF_CONVERT_TO = `pdf:writer_pdf_Export:${JSON.stringify(PDF_EXPORT_OPTIONS)}`;

/**
 * Converts a DOCX to PDF with LibreOffice (`soffice --headless --convert-to
 * pdf`) in a temporary folder, with a profile of its own so it neither waits
 * for nor disturbs a LibreOffice the user has open. LibreOffice lays the pages
 * out itself and recomputes the TOC's page references as it does. The PDF is
 * tagged and accessible (`PDF_EXPORT_OPTIONS`).
 */
export async function convertDocxToPdf(docx: Buffer, options: { timeoutMs?: number } = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'referent-pdf-'));
  try {
    const input = join(dir, 'referat.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profil')).href;
    await run(sofficeCommand(), [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', PDF_CONVERT_TO, '--outdir', dir, input], options.timeoutMs ?? 180_000);
    try {
      return await readFile(join(dir, 'referat.pdf'));
    } catch {
      throw new Error(documentText.pdf.noOutput);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    // Our own timer rather than spawn's `timeout`, whose timer outlives a
    // command that never started and would keep the CLI waiting.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    timer.unref();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT' || error.code === 'EACCES') {
        reject(
          new PdfConverterMissingError(documentText.pdf.missing(command)),
        );
      } else reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (signal) reject(new Error(documentText.pdf.stopped(signal)));
      else reject(new Error(documentText.pdf.failed(code, stderr.trim())));
    });
  });
}
