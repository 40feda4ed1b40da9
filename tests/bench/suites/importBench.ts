import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mammoth from 'mammoth';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { convertDocxToPdf } from '../../../electron/core/export/convertToPdf.ts';
import { readImportFile } from '../../../electron/core/import/readImportFile.ts';
import { recogniseMeeting } from '../../../electron/core/import/recogniseMeeting.ts';
import { plainTextToRich } from '../../../shared/text/plainTextToRich.ts';
import { fixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { largeMeeting } from '../../fixtures/export/largeMeeting.ts';
import { referent } from '../runners/commands.ts';
import { ms, type Row } from '../report.ts';

const GOAL_MS = 2000;
const GOAL = `≤ ${GOAL_MS} ms`;

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * How long a secretary waits for a 30-item referat to be read and recognised
 * (issue 14), as DOCX and as PDF, beside the bare text extraction of the same
 * file (mammoth's raw text; poppler's pdftotext); and a 4 MB plain-text paste.
 * The documents are Referent's own export of a 30-item meeting, the PDF made
 * from it by LibreOffice.
 */
export async function importBench(options: { runs?: number; items?: number } = {}): Promise<Row[]> {
  const runs = options.runs ?? 3;
  const items = options.items ?? 30;
  const rows: Row[] = [];
  const meeting = largeMeeting(items);
  const docx = await buildReferatDocx({ committee: fixtureCommittee('medUdvalgOgDato'), meeting });
  const analyse = async (bytes: Uint8Array) => {
    const recognised = recogniseMeeting(await readImportFile(bytes));
    if (recognised.items.length !== items) throw new Error(`importBench: ${recognised.items.length} items recognised, ${items} expected`);
  };

  // Cold, as a user runs it: `referent import` from process start to exit, into a fresh data directory (the
  // store is created, the readers load, the meeting is stored). In process, the bench's TypeScript loader would
  // dominate a first import: it transforms pdf.js's 3 MB on the fly, which the app's bundles never do.
  const cold = async (file: string) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const dir = await mkdtemp(join(tmpdir(), 'referent-import-bench-'));
      try {
        times.push((await referent('import', '--data', join(dir, 'data'), file, '--json')).ms);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  };
  const files = await mkdtemp(join(tmpdir(), 'referent-import-files-'));
  const docxMammoth = await median(runs, () => mammoth.extractRawText({ buffer: Buffer.from(docx) }));
  await writeFile(join(files, 'referat.docx'), docx);
  const coldDocx = await cold(join(files, 'referat.docx'));
  rows.push({ what: `${items}-item referat, DOCX: \`referent import\`, cold (median of ${runs})`, figure: ms(coldDocx), reference: `mammoth raw text only: ${ms(docxMammoth)}`, goal: GOAL, met: coldDocx <= GOAL_MS });
  const docxMs = await median(runs, () => analyse(docx));
  rows.push({ what: `${items}-item referat, DOCX: read + recognise (median of ${runs})`, figure: ms(docxMs), reference: `mammoth raw text only: ${ms(docxMammoth)}`, goal: GOAL, met: docxMs <= GOAL_MS });

  let pdf: Buffer | null = null;
  try {
    pdf = await convertDocxToPdf(docx);
  } catch (error) {
    rows.push({ what: `${items}-item referat, PDF`, figure: `no PDF: ${(error as Error).message}` });
  }
  if (pdf) {
    const pdfBytes = pdf;
    const dir = await mkdtemp(join(tmpdir(), 'referent-import-bench-'));
    let reference = 'pdftotext not installed';
    try {
      const file = join(dir, 'referat.pdf');
      await writeFile(file, pdfBytes);
      try {
        reference = `pdftotext -layout: ${ms(await median(runs, () => execFileSync('pdftotext', ['-layout', file, join(dir, 'referat.txt')])))}`;
      } catch {
        // reference stays "not installed"
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await writeFile(join(files, 'referat.pdf'), pdfBytes);
    const coldPdf = await cold(join(files, 'referat.pdf'));
    rows.push({ what: `${items}-item referat, PDF: \`referent import\`, cold (median of ${runs})`, figure: ms(coldPdf), reference, goal: GOAL, met: coldPdf <= GOAL_MS });
    const pdfMs = await median(runs, () => analyse(pdfBytes));
    rows.push({ what: `${items}-item referat, PDF: read + recognise (median of ${runs})`, figure: ms(pdfMs), reference, goal: GOAL, met: pdfMs <= GOAL_MS });
  }

  await rm(files, { recursive: true, force: true });

  // A 4 MB paste from a PDF or an e-mail: paragraphs, nested lists and tab tables.
  const chunk = ['Kommunaldirektøren indstiller, at', '- dagsordenen godkendes', '  - med en rettelse til punkt 3', '1. Samarbejdskommuner', 'a) under første', 'Afdeling\tLøntilskud\tPraktik', 'Ældre\t16\t4', 'En almindelig linje tekst, som fortsætter', 'på næste linje og slutter her.', ''].join('\n');
  const paste = chunk.repeat(Math.ceil((4 * 1024 * 1024) / chunk.length));
  rows.push({ what: `paste of ${(paste.length / 1024 / 1024).toFixed(1)} MB plain text → rich text (median of ${runs})`, figure: ms(await median(runs, () => plainTextToRich(paste))) });
  return rows;
}
