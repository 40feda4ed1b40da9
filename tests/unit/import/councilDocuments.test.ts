import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/core/import/readImportFile.ts';
import { recogniseMeeting } from '../../../electron/core/import/recogniseMeeting.ts';
import type { ImportedMeeting } from '../../../shared/import/importedMeeting.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';
import { parseCouncilSource, type Expected } from '../../../scripts/import-fixtures/councilSource.ts';
import { COUNCIL_SOURCES, councilSourcesDir } from '../../../scripts/import-fixtures/councilSources.ts';

const DIR = join(import.meta.dirname, '../../fixtures/import/council');
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

type Score = { ok: number; total: number };
type Row = { name: string; items: Score; headings: Score; decisions: Score; bilag: Score; misses: string[] };

function score(expected: Expected, got: ImportedMeeting, name: string): Row {
  const row: Row = { name, items: { ok: 0, total: 0 }, headings: { ok: 0, total: 0 }, decisions: { ok: 0, total: 0 }, bilag: { ok: 0, total: 0 }, misses: [] };
  expected.items.forEach((want, i) => {
    const item = got.items[i];
    row.items.total++;
    const same = item && item.number === want.number && clean(item.title) === clean(want.title) && item.closed === want.closed && item.caseNumber === want.caseNumber;
    if (same) row.items.ok++;
    else row.misses.push(`punkt ${want.number}: ${JSON.stringify([want.number, want.title, want.closed, want.caseNumber])} ≠ ${JSON.stringify(item && [item.number, item.title, item.closed, item.caseNumber])}`);
    const headings = (item?.sections ?? []).map((s) => clean(s.heading));
    let common = 0;
    for (const part of diffArrays(want.headings.map(clean), headings)) if (!part.added && !part.removed) common += part.value.length;
    row.headings.total += want.headings.length;
    row.headings.ok += common;
    if (common !== want.headings.length || headings.length !== want.headings.length) row.misses.push(`punkt ${want.number} overskrifter: ${JSON.stringify(want.headings)} ≠ ${JSON.stringify(headings)}`);
    if (want.headings.some((h) => /^Beslutning/.test(h))) {
      row.decisions.total++;
      const decision = item?.sections.find((s) => s.kind === 'beslutning');
      const text = decision ? clean(docToPlainText(decision.body)) : '';
      if (text === want.decision) row.decisions.ok++;
      else row.misses.push(`punkt ${want.number} beslutning: ${JSON.stringify(want.decision.slice(0, 80))} ≠ ${JSON.stringify(text.slice(0, 80))}`);
    }
    row.bilag.total += want.bilag.length;
    const bilag = (item?.attachments ?? []).map((a) => a.name);
    row.bilag.ok += want.bilag.filter((b, k) => bilag[k] === b).length;
    if (JSON.stringify(bilag) !== JSON.stringify(want.bilag)) row.misses.push(`punkt ${want.number} bilag: ${JSON.stringify(want.bilag)} ≠ ${JSON.stringify(bilag)}`);
  });
  if (got.items.length !== expected.items.length) row.misses.push(`punkter: ${expected.items.length} ≠ ${got.items.length}`);
  return row;
}

const pct = (s: Score) => (s.total === 0 ? '–' : `${Math.round((s.ok / s.total) * 1000) / 10}%`);
const ratio = (s: Score) => (s.total === 0 ? 1 : s.ok / s.total);

describe('council-like documents: the three published protocols as councils write them, in two looks, as DOCX and PDF', () => {
  const rows: Row[] = [];
  const meetings = new Map<string, ImportedMeeting>();

  beforeAll(async () => {
    for (const source of COUNCIL_SOURCES) {
      const expected = JSON.parse(readFileSync(join(DIR, `${source.name}.expected.json`), 'utf8')) as Expected;
      for (const look of ['overskrifter', 'fed']) {
        for (const format of ['docx', 'pdf']) {
          const name = `${source.name}-${look}.${format}`;
          const meeting = recogniseMeeting(await readImportFile(readFileSync(join(DIR, name))));
          meetings.set(name, meeting);
          rows.push(score(expected, meeting, name));
        }
      }
    }
    const header = ['dokument', 'punkter', 'overskrifter', 'beslutninger', 'bilag'];
    const table = [header, ...rows.map((r) => [r.name, pct(r.items), pct(r.headings), pct(r.decisions), pct(r.bilag)])];
    const widths = header.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
    console.log(`\nImport af kommunale dokumenter (to udseender, DOCX og PDF)\n${table.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n')}\n`);
    for (const r of rows) for (const miss of r.misses) console.log(`${r.name}: ${miss}`);
  }, 300_000);

  it('the expected results are what the fixture script reads from the published texts', () => {
    for (const source of COUNCIL_SOURCES) {
      const { expected } = parseCouncilSource(readFileSync(join(councilSourcesDir, source.file), 'utf8'), source.hints);
      expect(JSON.parse(readFileSync(join(DIR, `${source.name}.expected.json`), 'utf8'))).toEqual(expected);
    }
  });

  it('recognises at least 98% of the items, section headings and decisions exactly in every document', () => {
    expect(rows).toHaveLength(12);
    for (const r of rows) {
      expect(ratio(r.items), r.name).toBeGreaterThanOrEqual(0.98);
      expect(ratio(r.headings), r.name).toBeGreaterThanOrEqual(0.98);
      expect(ratio(r.decisions), r.name).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('a loose numbered list in the published text (a blank line between its points) is one list, in every look and format', () => {
    // Albertslund's Indstilling to item 1 prints `1. at dagsordenen godkendes` and `2. at referat godkendes`, a blank line apart.
    const source = COUNCIL_SOURCES.find((s) => s.name.startsWith('albertslund'))!;
    for (const [name, meeting] of meetings) {
      if (!name.startsWith(source.name)) continue;
      const indstilling = meeting.items[0]!.sections.find((s) => clean(s.heading) === 'Indstilling');
      const lists = (indstilling?.body.content ?? []).filter((n) => n.type === 'orderedList');
      expect(lists.map((l) => ({ start: l.attrs?.start, points: (l.content ?? []).map((li) => clean(docToPlainText({ type: 'doc', content: li.content ?? [] }))) })), name).toEqual([
        { start: 1, points: ['at dagsordenen godkendes', 'at referat godkendes'] },
      ]);
    }
  });

  it('reads the body, the date and the kind from the title', () => {
    for (const source of COUNCIL_SOURCES) {
      const expected = JSON.parse(readFileSync(join(DIR, `${source.name}.expected.json`), 'utf8')) as Expected;
      for (const [name, meeting] of meetings) {
        if (!name.startsWith(source.name)) continue;
        expect({ body: meeting.bodyName, date: meeting.date, kind: meeting.documentKind }, name).toEqual({ body: expected.bodyName, date: expected.date, kind: 'referat' });
      }
    }
  });
});
