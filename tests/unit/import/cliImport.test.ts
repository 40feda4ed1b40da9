import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { tempDir } from '../helpers/tempDir.ts';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin', 'referent.mjs');
const COUNCIL = join(import.meta.dirname, '../../fixtures/import/council');
const BAD = join(import.meta.dirname, '../../fixtures/import/bad');

async function referent(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 10 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each case starts the CLI through tsx, which compiles on start: generous time on a busy machine.
describe('referent import', { timeout: 240_000 }, () => {
  it('--json prints exactly the meetings it stored, text as plain text with each list item on its own line', async () => {
    const dir = await tempDir();
    const { code, stdout } = await referent('import', '--data', dir, '--json', join(COUNCIL, 'haderslev-obu-2026-02-03-overskrifter.docx'));
    expect(code).toBe(0);
    const { meetings } = JSON.parse(stdout) as { meetings: Record<string, unknown>[] };
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0]!;
    expect(Object.keys(meeting)).toEqual(['id', 'committee', 'date', 'time', 'location', 'participants', 'items']);
    expect(meeting).toMatchObject({ committee: 'Organisations- og Beredskabsudvalget', date: '2026-02-03', time: '14:30', location: 'Rådhuset, indgang A, stuen, lokale Hammelev' });
    const items = meeting.items as Record<string, unknown>[];
    expect(Object.keys(items[0]!)).toEqual(['number', 'title', 'caseNumber', 'closed', 'sections', 'decision']);
    expect(items.map((i) => i.number)).toEqual(['10', '11', '12', '13', '14', '15', '16']);
    expect(items[2]).toMatchObject({ title: 'Etablering af tværkommunalt IT-samarbejde', caseNumber: '26/777', closed: false, decision: 'Taget til efterretning' });
    const sagsfremstilling = (items[2]!.sections as { heading: string; text: string }[]).find((s) => s.heading === 'Sagsfremstilling')!;
    expect(sagsfremstilling.text).toContain('Processen ifølge ØA26 er, at\nkommunerne senest d. 1. januar 2027');
    expect(sagsfremstilling.text).toContain('\nSamarbejdsform: Stillingtagen til');

    const app = await openApp(dir);
    expect(app.store.meeting(meeting.id as string)?.historic).toEqual({ approvedOn: null });
    await app.close();
  });

  it('prints what it recognised and where it was unsure; a second file of the same body goes into the same committee', async () => {
    const dir = await tempDir();
    const first = await referent('import', '--data', dir, join(COUNCIL, 'kalundborg-direktionen-2026-03-16-fed.docx'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(importText.cli.imported('kalundborg-direktionen-2026-03-16-fed.docx', 'Direktionen', '2026-03-16', 8));
    expect(first.stdout).toContain(importText.cli.unsure('Punkt 4 · Sagsfremstilling', importText.uncertain.subHeading('Resume og sagens baggrund', 'Sagsfremstilling')));
    const second = await referent('import', '--data', dir, join(COUNCIL, 'kalundborg-direktionen-2026-03-16-overskrifter.pdf'));
    expect(second.code).toBe(0);
    const app = await openApp(dir);
    expect(app.store.committees().map((c) => c.name)).toEqual(['Direktionen']);
    expect(app.store.meetings()).toHaveLength(2);
    await app.close();
  });

  it('exits non-zero when no meeting could be recognised, and 3 when only some files were', async () => {
    const dir = await tempDir();
    const none = await referent('import', '--data', dir, join(BAD, 'brev.docx'), join(BAD, 'scannet.pdf'));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(importText.failures.ikkeEtMoede);
    expect(none.stderr).toContain(importText.failures.scannet);
    expect(none.stderr).toContain(importText.cli.noneRecognised);
    const some = await referent('import', '--data', dir, join(BAD, 'krypteret.pdf'), join(COUNCIL, 'haderslev-obu-2026-02-03-fed.docx'));
    expect(some.code).toBe(3);
    expect(some.stderr).toContain(importText.failures.krypteret);
  });

  it('takes the store lock as the app does: it will not import beside an open Referent', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const result = await referent('import', '--data', dir, join(COUNCIL, 'haderslev-obu-2026-02-03-fed.docx'));
    await app.close();
    expect(result.code).not.toBe(0);
    expect(app.store.meetings()).toEqual([]);
  });

  it('imports into the committee it is given, and refuses an unknown one', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await app.service['committees.create']({ name: 'OBU', templateId: 'variant-a' });
    await app.close();
    expect((await referent('import', '--data', dir, '--committee', 'findes-ikke', join(COUNCIL, 'haderslev-obu-2026-02-03-fed.docx'))).code).toBe(2);
    const result = await referent('import', '--data', dir, '--committee', committee.id, '--json', join(COUNCIL, 'haderslev-obu-2026-02-03-fed.docx'));
    expect(result.code).toBe(0);
    const again = await openApp(dir);
    expect(again.store.meetings().map((m) => m.committeeId)).toEqual([committee.id]);
    await again.close();
  });
});
