/**
 * `npm run bench`: prints how long the things a secretary waits for take.
 * Figures only, no assertions: speed is read from here, not from timed tests.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../electron/core/openApp.ts';
import { MEETINGS_DIR, Store } from '../../electron/core/store/store.ts';
import { SearchIndex } from '../../electron/core/search/searchIndex.ts';
import { SCHEMA_VERSION } from '../../shared/domain/storeSchema.ts';
import { docFromParagraphs, type RichNode } from '../../shared/text/richText.ts';
import { execFileSync } from 'node:child_process';
import { Packer } from 'docx';
import { buildReferatDocx, referatDocument } from '../../electron/core/export/buildReferatDocx.ts';
import { buildReferatDocxInWorker, closeExportWorker } from '../../electron/core/export/exportInWorker.ts';
import type { Meeting } from '../../shared/domain/meeting.ts';
import { fixtureCommittee } from '../fixtures/export/referatFixture.ts';
import { largeMeeting } from '../fixtures/export/largeMeeting.ts';
import { syncBenchRows } from './syncBench.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Setup writes the meeting files directly (no fsync per file): only the timed operations go through the app. */
async function storeWith(meetings: number) {
  const dir = await mkdtemp(join(tmpdir(), 'referent-bench-'));
  const app = await openApp(dir);
  const committee = await app.service['committees.create']({
    name: 'Organisations- og Beredskabsudvalget',
    members: [
      { name: 'Holger Mikkelsen', label: 'A', role: 'formand' },
      { name: 'Finn Lykkeskov', label: 'V', role: 'medlem' },
      { name: 'Svend Brandt', label: 'O', role: 'medlem' },
    ],
  });
  const template = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  let full = template;
  for (let k = 0; k < 8; k += 1) full = await app.service['items.add']({ meetingId: template.id, title: `Punkt ${k + 1}`, caseNumber: `26/${k}` });
  await app.close();
  // Varied text, so search has something real to tell apart: rotating subjects and one unique word per meeting.
  const subjects = ['budgetanalyse', 'beredskab', 'skolestruktur', 'ældrepleje', 'klimatilpasning', 'digitalisering', 'vejvedligeholdelse', 'kulturhus', 'affaldssortering', 'lokalplan'];
  const bodyFor = (i: number) =>
    docFromParagraphs(
      ...Array.from({ length: 6 }, (_, p) => `Afsnit ${p + 1} om ${subjects[(i + p) % subjects.length]} (sag${i}): ` + 'Sagsfremstilling med en rimelig mængde tekst. '.repeat(12)),
    );
  await mkdir(join(dir, MEETINGS_DIR), { recursive: true });
  let last = template.id;
  for (let i = 1; i < meetings; i += 1) {
    const id = `bench-${i}`;
    const meeting = {
      ...full,
      id,
      date: `20${10 + (i % 16)}-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
      items: full.items.map((item, k) => ({ ...item, id: `${id}-p${k}`, caseNumber: `${10 + (i % 16)}/${i}${k}`, sections: item.sections.map((sec) => ({ ...sec, body: bodyFor(i) })) })),
    };
    await writeFile(join(dir, MEETINGS_DIR, `${id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, meeting }, null, 1));
    last = id;
  }
  return { dir, meetingId: last };
}

const rows: [string, string][] = [];

for (const count of [10, 3000, 5000]) {
  const t0 = performance.now();
  const { dir, meetingId } = await storeWith(count);
  const built = performance.now() - t0;
  const loadMs = await timeIt(3, async () => (await Store.open(dir)).close());
  const app = await openApp(dir);
  const meeting = app.store.meeting(meetingId)!;
  const item = meeting.items[0]!;
  let n = 0;
  const saveMs = await timeIt(50, () =>
    app.service['items.setSection']({ meetingId, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs(`Redigering ${(n += 1)}`) }),
  );
  const exportMs = await timeIt(5, () => app.service['export.docx']({ meetingId }));
  // Search: the index is built once per start, in the background; after that, queries as the secretary types.
  const fresh = new SearchIndex({ committees: () => app.store.committees(), meetings: () => app.store.meetings() });
  const t1 = performance.now();
  await fresh.query('budget');
  const firstSearchMs = performance.now() - t1;
  const queries = ['bered', 'beredskab', 'klimatilpasning lokalplan', `sag${Math.max(1, count - 7)}`, '15/3', 'sagsfremstilling', 'kulturh', 'Punkt 3'];
  let q = 0;
  const searchMs = await timeIt(80, () => app.service['search.query']({ text: queries[(q += 1) % queries.length]! }));
  await app.close();
  rows.push([`store of ${count} meetings: build (setup)`, `${built.toFixed(0)} ms`]);
  rows.push([`store of ${count} meetings: open/load`, `${loadMs.toFixed(1)} ms`]);
  rows.push([`store of ${count} meetings: save one edit (median of 50, fsync incl.)`, `${saveMs.toFixed(2)} ms`]);
  rows.push([`store of ${count} meetings: export DOCX of an 8-item meeting (median of 5)`, `${exportMs.toFixed(1)} ms`]);
  rows.push([`store of ${count} meetings: build the search index (${count * 8} items, background, once per start)`, `${firstSearchMs.toFixed(0)} ms`]);
  rows.push([`store of ${count} meetings: search as you type (median of 80 queries)`, `${searchMs.toFixed(2)} ms`]);
  await rm(dir, { recursive: true, force: true });
}

/** The same content as Markdown, for pandoc: headings, paragraphs, bold, lists and the pipe table. */
function markdownOf(meeting: Meeting): string {
  const inline = (nodes: RichNode[] = []): string =>
    nodes.map((n) => (n.marks?.some((m) => m.type === 'bold') ? `**${n.text ?? ''}**` : (n.text ?? ''))).join('');
  const block = (node: RichNode, indent = ''): string => {
    switch (node.type) {
      case 'paragraph':
        return `${indent}${inline(node.content)}\n`;
      case 'heading':
        return `${'#'.repeat(Number(node.attrs?.level ?? 3))} ${inline(node.content)}\n`;
      case 'bulletList':
      case 'orderedList':
        return (node.content ?? [])
          .map((item, i) => `${indent}${node.type === 'bulletList' ? '-' : `${i + 1}.`} ${(item.content ?? []).map((c) => block(c).trim()).join(' ')}`)
          .join('\n') + '\n';
      case 'table': {
        const rows = (node.content ?? []).map((r) => `| ${(r.content ?? []).map((c) => (c.content ?? []).map((x) => inline(x.content)).join(' ')).join(' | ')} |`);
        const columns = (node.content?.[0]?.content ?? []).length;
        return [rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n') + '\n';
      }
      default:
        return '';
    }
  };
  return meeting.items
    .map((item, i) =>
      [
        `# Punkt ${i + 1}: ${item.title}\n`,
        `${item.caseNumber}\n`,
        ...item.sections.flatMap((s) => [`## ${s.title}\n`, ...(s.body.content ?? []).map((n) => block(n))]),
        '## Bilag\n',
        item.attachments.map((a) => `- ${a}`).join('\n') + '\n',
      ].join('\n'),
    )
    .join('\n');
}

let pandoc = true;
try {
  execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
} catch {
  pandoc = false;
}

// The referat of meetings with realistic items (paragraphs, an Indstilling list,
// a sub-heading, a numbered list and a table each), against pandoc converting the
// same content from Markdown to DOCX (its own process start included, as a user
// running `pandoc -o x.docx` waits for it). Ours has a TOC with page numbers
// worked out by laying out the pages; pandoc writes neither TOC nor numbers.
const committee = fixtureCommittee();
const exportDir = await mkdtemp(join(tmpdir(), 'referent-bench-export-'));
await buildReferatDocx({ committee, meeting: largeMeeting(10) }); // warm-up
for (const items of [10, 30, 100]) {
  const meeting = largeMeeting(items);
  const runs = items >= 100 ? 3 : 5;
  const oursMs = await timeIt(runs, () => buildReferatDocx({ committee, meeting }));
  const noPagesMs = await timeIt(runs, () => Packer.toBuffer(referatDocument({ committee, meeting }, { pageNumbers: 'none' })));
  await buildReferatDocxInWorker({ committee, meeting: largeMeeting(1) });
  const workerMs = await timeIt(runs, () => buildReferatDocxInWorker({ committee, meeting }));
  rows.push([`export ${items}-item referat: DOCX with TOC page numbers (median of ${runs})`, `${oursMs.toFixed(0)} ms`]);
  rows.push([`export ${items}-item referat: same, in the worker thread as the app runs it`, `${workerMs.toFixed(0)} ms`]);
  rows.push([`export ${items}-item referat: same without page estimation (TOC unnumbered)`, `${noPagesMs.toFixed(0)} ms`]);
  // Which layout gave the numbers above, and what docx's general layout of Word documents would cost instead.
  const used: string[] = [];
  const docxMs = await timeIt(items >= 100 ? 1 : 3, () =>
    Packer.toBuffer(referatDocument({ committee, meeting }, { pageNumbers: 'docx' })),
  );
  await Packer.toBuffer(referatDocument({ committee, meeting }, { onLayout: (how, why) => used.push(why ? `${how}: ${why}` : how) }));
  rows.push([`export ${items}-item referat: page numbers laid out by`, used.join(', ')]);
  rows.push([`export ${items}-item referat: same with docx's general page layout instead (median of ${items >= 100 ? 1 : 3})`, `${docxMs.toFixed(0)} ms`]);
  if (pandoc) {
    const md = join(exportDir, `referat-${items}.md`);
    await writeFile(md, markdownOf(meeting));
    const pandocMs = await timeIt(runs, async () => execFileSync('pandoc', [md, '-o', join(exportDir, `referat-${items}.docx`)]));
    rows.push([`export ${items}-item referat: pandoc markdown → docx, same content (median of ${runs})`, `${pandocMs.toFixed(0)} ms`]);
  } else {
    rows.push([`export ${items}-item referat: pandoc markdown → docx`, 'pandoc not installed']);
  }
}
rows.push(...(await syncBenchRows()));
await closeExportWorker();
await rm(exportDir, { recursive: true, force: true });

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
