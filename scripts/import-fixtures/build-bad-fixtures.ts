import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

/**
 * Writes tests/fixtures/import/bad/: files an import must refuse with a clear
 * Danish message. Made from the council fixtures with LibreOffice, poppler and
 * qpdf. `krypteret.docx` (a Word file with a password, an OLE container
 * holding an EncryptedPackage) cannot be made by these tools; it was made
 * once from kalundborg-direktionen-2026-03-16-fed.docx with the npm package
 * officecrypto-tool (`encrypt(bytes, { password: 'hemmelig' })`) and is kept.
 * Run: npx tsx scripts/import-fixtures/build-bad-fixtures.ts
 */
const root = join(import.meta.dirname, '../../tests/fixtures/import');
const out = join(root, 'bad');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'referent-bad-'));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command}: ${result.stderr || result.stdout}`);
}

try {
  const docx = readFileSync(join(root, 'council/haderslev-obu-2026-02-03-fed.docx'));
  const pdf = readFileSync(join(root, 'council/haderslev-obu-2026-02-03-fed.pdf'));
  // Cut short, as a broken download or a damaged disk leaves them.
  writeFileSync(join(out, 'beskadiget.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(join(out, 'beskadiget.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));

  run('qpdf', ['--encrypt', 'hemmelig', 'ejer', '256', '--', join(root, 'council/haderslev-obu-2026-02-03-fed.pdf'), join(out, 'krypteret.pdf')]);

  // A scan: each page only a picture of the page.
  run('pdftoppm', ['-r', '60', '-png', '-f', '3', '-l', '3', join(root, 'council/haderslev-obu-2026-02-03-fed.pdf'), join(work, 'side')]);
  const picture = readFileSync(join(work, 'side-03.png'));
  const scan = new Document({
    sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 480, height: 680 } })] })] }],
  });
  writeFileSync(join(work, 'scannet.docx'), await Packer.toBuffer(scan));
  const profile = pathToFileURL(join(work, 'profil')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'scannet.docx')]);
  writeFileSync(join(out, 'scannet.pdf'), readFileSync(join(work, 'scannet.pdf')));
  writeFileSync(join(out, 'billede.png'), picture);

  // The old binary Word format.
  writeFileSync(join(work, 'gammel.docx'), docx);
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', work, join(work, 'gammel.docx')]);
  writeFileSync(join(out, 'gammel.doc'), readFileSync(join(work, 'gammel.doc')));

  // Readable, but not a meeting: a letter, and a zip that is no Word document.
  const letter = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Kære borger', bold: true })] }),
          new Paragraph({ children: [new TextRun('Tak for din henvendelse om renovation. Vi vender tilbage inden for 14 dage.')] }),
          new Paragraph({ children: [new TextRun('Med venlig hilsen, Teknik og Miljø')] }),
        ],
      },
    ],
  });
  writeFileSync(join(out, 'brev.docx'), await Packer.toBuffer(letter));
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook/>');
  writeFileSync(join(out, 'regneark.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  console.log(`Skrev testfiler til ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
