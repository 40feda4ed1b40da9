import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { buildReferatDocx, referatDocument } from '../../../electron/core/export/buildReferatDocx.ts';
import { loadDocxLayout } from '../../../electron/core/export/docxLayout.ts';
import { buildReferatDocxInWorker, closeExportWorker } from '../../../electron/core/export/exportInWorker.ts';
import { fixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { largeMeeting } from '../../fixtures/export/largeMeeting.ts';
import { markdownOf } from '../markdownOf.ts';
import { ms, type Row } from '../report.ts';
import { timeIt } from '../stats.ts';

export function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The referat of meetings with realistic items (paragraphs, an Indstilling list,
 * a sub-heading, a numbered list and a table each), in process, against pandoc
 * converting the same content from Markdown to DOCX (its own process start
 * included, as a user running `pandoc -o x.docx` waits for it). Ours has a TOC
 * with page numbers worked out by laying out the pages; pandoc writes neither.
 */
export async function exportBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const committee = fixtureCommittee();
  const dir = await mkdtemp(join(tmpdir(), 'referent-bench-export-'));
  const pandoc = hasPandoc();
  await buildReferatDocx({ committee, meeting: largeMeeting(10) }); // warm-up
  await loadDocxLayout();
  for (const items of [10, 30, 100]) {
    const meeting = largeMeeting(items);
    const runs = items >= 100 ? 3 : 5;
    const oursMs = await timeIt(runs, () => buildReferatDocx({ committee, meeting }));
    const noPagesMs = await timeIt(runs, () => Packer.toBuffer(referatDocument({ committee, meeting }, { pageNumbers: 'none' })));
    await buildReferatDocxInWorker({ committee, meeting: largeMeeting(1) });
    const workerMs = await timeIt(runs, () => buildReferatDocxInWorker({ committee, meeting }));
    const used: string[] = [];
    const docxMs = await timeIt(items >= 100 ? 1 : 3, () => Packer.toBuffer(referatDocument({ committee, meeting }, { pageNumbers: 'docx' })));
    await Packer.toBuffer(referatDocument({ committee, meeting }, { onLayout: (how, why) => used.push(why ? `${how}: ${why}` : how) }));
    let pandocMs = NaN;
    if (pandoc) {
      const md = join(dir, `referat-${items}.md`);
      await writeFile(md, markdownOf(meeting));
      pandocMs = await timeIt(runs, async () => execFileSync('pandoc', [md, '-o', join(dir, `referat-${items}.docx`)]));
    }
    const ref = pandoc ? `pandoc, same content: ${ms(pandocMs)}` : 'pandoc not installed';
    rows.push({ what: `${items}-item referat, DOCX with TOC page numbers (in process, median of ${runs})`, figure: ms(oursMs), reference: ref });
    rows.push({ what: `${items}-item referat, same in the export worker as the app runs it`, figure: ms(workerMs), reference: ref });
    rows.push({ what: `${items}-item referat, same without page estimation (TOC unnumbered)`, figure: ms(noPagesMs), reference: ref });
    rows.push({ what: `${items}-item referat, same with docx's general page layout instead`, figure: ms(docxMs), reference: `page numbers laid out by: ${used.join(', ')}` });
  }
  await closeExportWorker();
  await rm(dir, { recursive: true, force: true });
  return rows;
}
