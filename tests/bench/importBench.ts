/**
 * Import figures for `npm run bench`: how long a secretary waits for a
 * 30-item referat to be read and recognised, as DOCX and as PDF, beside the
 * bare text extraction of the same file (mammoth's raw text; poppler's
 * pdftotext) and the goal. Also a 4 MB plain-text paste into rich text.
 * Returns `[label, value]` rows in bench.ts's form; call it from there:
 *
 *   import { importBench } from './importBench.ts';
 *   rows.push(...(await importBench()));
 *
 * Run on its own: npx tsx tests/bench/importBench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import mammoth from 'mammoth';
import { buildReferatDocx } from '../../electron/core/export/buildReferatDocx.ts';
import { convertDocxToPdf } from '../../electron/core/export/convertToPdf.ts';
import { readImportFile } from '../../electron/core/import/readImportFile.ts';
import { recogniseMeeting } from '../../electron/core/import/recogniseMeeting.ts';
import { plainTextToRich } from '../../shared/text/plainTextToRich.ts';
import { fixtureCommittee } from '../fixtures/export/referatFixture.ts';
import { largeMeeting } from '../fixtures/export/largeMeeting.ts';

const GOAL_MS = 2000;

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

export async function importBench(options: { runs?: number; items?: number } = {}): Promise<[string, string][]> {
  const runs = options.runs ?? 3;
  const items = options.items ?? 30;
  const rows: [string, string][] = [];
  const meeting = largeMeeting(items);
  const docx = await buildReferatDocx({ committee: fixtureCommittee('medUdvalgOgDato'), meeting });
  const analyse = async (bytes: Uint8Array) => {
    const recognised = recogniseMeeting(await readImportFile(bytes));
    if (recognised.items.length !== items) throw new Error(`importBench: ${recognised.items.length} punkter genkendt, ${items} ventet`);
  };

  // The first import in a process also loads the readers (pdf.js is large); that wait is real too.
  const firstDocx = await median(1, () => analyse(docx));
  rows.push([`import ${items}-item referat DOCX: read + recognise, first in process`, `${ms(firstDocx)} (goal ≤ ${GOAL_MS} ms)`]);
  rows.push([`import ${items}-item referat DOCX: read + recognise (median of ${runs})`, `${ms(await median(runs, () => analyse(docx)))} (goal ≤ ${GOAL_MS} ms)`]);
  rows.push([`import ${items}-item referat DOCX: reference, mammoth raw text only`, ms(await median(runs, () => mammoth.extractRawText({ buffer: docx })))]);

  let pdf: Buffer | null = null;
  try {
    pdf = await convertDocxToPdf(docx);
  } catch (error) {
    rows.push([`import ${items}-item referat PDF`, `no PDF: ${(error as Error).message}`]);
  }
  if (pdf) {
    const pdfBytes = pdf;
    const firstPdf = await median(1, () => analyse(pdfBytes));
    rows.push([`import ${items}-item referat PDF: read + recognise, first in process`, `${ms(firstPdf)} (goal ≤ ${GOAL_MS} ms)`]);
    rows.push([`import ${items}-item referat PDF: read + recognise (median of ${runs})`, `${ms(await median(runs, () => analyse(pdfBytes)))} (goal ≤ ${GOAL_MS} ms)`]);
    const dir = await mkdtemp(join(tmpdir(), 'referent-import-bench-'));
    try {
      const file = join(dir, 'referat.pdf');
      await writeFile(file, pdfBytes);
      try {
        rows.push([`import ${items}-item referat PDF: reference, pdftotext -layout`, ms(await median(runs, () => execFileSync('pdftotext', ['-layout', file, join(dir, 'referat.txt')])))]);
      } catch {
        rows.push([`import ${items}-item referat PDF: reference, pdftotext`, 'pdftotext not installed']);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  // A 4 MB paste from a PDF or an e-mail: paragraphs, nested lists and tab tables.
  const chunk = ['Kommunaldirektøren indstiller, at', '- dagsordenen godkendes', '  - med en rettelse til punkt 3', '1. Samarbejdskommuner', 'a) under første', 'Afdeling\tLøntilskud\tPraktik', 'Ældre\t16\t4', 'En almindelig linje tekst, som fortsætter', 'på næste linje og slutter her.', ''].join('\n');
  const paste = chunk.repeat(Math.ceil((4 * 1024 * 1024) / chunk.length));
  rows.push([`paste ${(paste.length / 1024 / 1024).toFixed(1)} MB plain text → rich text (median of ${runs})`, ms(await median(runs, () => plainTextToRich(paste)))]);
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await importBench();
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
