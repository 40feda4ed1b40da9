import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { pdfInfo, pdfOutline, pdfPages } from '../export/pdfRead.ts';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin', 'referent.mjs');
const SEEDS = join(process.cwd(), 'seeds');

async function referent(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('referent lint', () => {
  it('exits 0 on the approved Haderslev protocol and 1 where the check finds errors, listing them', async () => {
    const ok = await referent('lint', '--data', SEEDS, '--meeting', 'haderslev-obu-2026-02-03');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Tjek før udsendelse: ingen fejl eller advarsler.');
    const full = await referent('lint', '--data', SEEDS, '--meeting', 'kalundborg-direktionen-2026-03-16', '--audience', 'fuld');
    expect(full.code).toBe(1);
    expect(full.stdout).toContain('  Fejl      Punkt 1: Punktet har ingen beslutning.');
    expect(full.stdout).toContain('Tjek før udsendelse: 6 fejl, 12 advarsler.');
    // Warnings alone never fail it.
    expect((await referent('lint', '--data', SEEDS, '--meeting', 'kalundborg-direktionen-2026-03-16')).code).toBe(0);
  });

  it('prints the findings as JSON, and refuses unknown values', async () => {
    const res = await referent('lint', '--data', SEEDS, '--meeting', 'kalundborg-direktionen-2026-03-16', '--variant', 'dagsorden', '--json');
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout);
    expect(json).toMatchObject({ meetingId: 'kalundborg-direktionen-2026-03-16', variant: 'dagsorden', audience: 'offentlig', errors: 0, warnings: 12, override: null });
    expect(json.findings[0]).toMatchObject({ rule: 'lukketPunkt', severity: 'advarsel', itemId: 'kalundborg-direktionen-2026-03-16-p1', field: 'publicTitle' });
    const bad = await referent('lint', '--data', SEEDS, '--meeting', 'kalundborg-direktionen-2026-03-16', '--audience', 'alle');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ugyldig værdi for --audience: "alle"');
  });

  it('holds a public export back while the check finds errors', async () => {
    const dir = await tempDir();
    await cp(SEEDS, dir, { recursive: true });
    const app = await openApp(dir);
    const meeting = await app.service['meetings.get']({ meetingId: 'kalundborg-direktionen-2026-03-16' });
    const item = meeting.items[3]!;
    await app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[1]!.id, body: docFromParagraphs('Kontakt: 010203-1234') });
    await app.close();
    const out = join(await tempDir(), 'r.docx');
    const refused = await referent('export', '--data', dir, '--meeting', meeting.id, '--audience', 'offentlig', '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Den offentlige udgave kan ikke eksporteres: tjek før udsendelse fandt 1 fejl.');
    expect((await referent('export', '--data', dir, '--meeting', meeting.id, '-o', out)).code).toBe(0);
    expect((await referent('lint', '--data', dir, '--meeting', meeting.id)).code).toBe(1);
  });
});

describe('referent export --format packet', () => {
  it('writes one PDF with the document, a bookmark per item and the bilag listed by name', async () => {
    const out = join(await tempDir(), 'pakke.pdf');
    const res = await referent('export', '--data', SEEDS, '--meeting', 'haderslev-obu-2026-02-03', '--audience', 'offentlig', '--format', 'packet', '-o', out);
    expect(res.code, res.stderr).toBe(0);
    const bytes = await readFile(out);
    const pages = pdfPages(bytes);
    expect(pdfInfo(bytes).Tagged).toBe('yes');
    // The seeds' bilag are names without files: all listed on the last page, none merged in.
    const listing = pages.at(-1)!.replace(/\s+/g, ' ');
    expect(listing).toContain('Punkt 11: Introduktion - IT og digitalisering');
    expect(listing).toContain('Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf kun navnet (ingen fil)');
    pages.forEach((text, i) => expect(text).toMatch(new RegExp(`Side ${i + 1} af ${pages.length}\\s*$`)));
    const outline = await pdfOutline(bytes);
    expect(outline.map((e) => e.title).slice(0, 7)).toEqual([
      'Punkt 10: Godkendelse af dagsorden',
      'Punkt 11: Introduktion - IT og digitalisering',
      'Punkt 12: Etablering af tværkommunalt IT-samarbejde',
      'Punkt 13: Kommissorier til budgetanalyser',
      'Punkt 14: Kontaktudvalg for Beredskabsplanlægning',
      'Punkt 15: Gensidig orientering',
      'Punkt 16: Underskriftsside',
    ]);
    expect(outline.at(-1)!.kids).toHaveLength(13);
  }, 300_000);
});
