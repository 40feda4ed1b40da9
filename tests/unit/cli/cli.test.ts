import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin', 'referent.mjs');

async function referent(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function storeWithMeeting() {
  const dir = await tempDir();
  const app = await openApp(dir);
  const committee = await createCommittee(app.service);
  let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', time: '14:30' });
  m = await app.service['items.add']({ meetingId: m.id, title: 'Godkendelse af dagsorden', caseNumber: '25/30730' });
  const item = m.items[0]!;
  await app.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: item.sections.find((s) => s.kind === 'beslutning')!.id, body: docFromParagraphs('Godkendt') });
  await app.close();
  return { dir, meetingId: m.id };
}

describe('referent CLI', () => {
  it('lists meetings as JSON with id, committee, date and number of items', async () => {
    const { dir, meetingId } = await storeWithMeeting();
    const res = await referent('list', '--data', dir, '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([
      { id: meetingId, committee: 'Organisations- og Beredskabsudvalget', committeeId: expect.any(String), date: '2026-02-03', time: '14:30', items: 1, status: 'kladde' },
    ]);
    const table = await referent('list', '--data', dir);
    expect(table.stdout).toMatch(/Id\s+Udvalg\s+Dato\s+Punkter/);
  });

  it('exports a DOCX that contains the meeting, without writing to the data directory', async () => {
    const { dir, meetingId } = await storeWithMeeting();
    const before = await readdir(join(dir, 'meetings'));
    const out = join(await tempDir(), 'referat.docx');
    const res = await referent('export', '--data', dir, '--meeting', meetingId, '-o', out);
    expect(res.code).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('REFERAT Organisations- og Beredskabsudvalget d. 03-02-2026');
    expect(value).toContain('Punkt 1: Godkendelse af dagsorden');
    expect(value).toContain('Godkendt');
    expect(await readdir(join(dir, 'meetings'))).toEqual(before);
  });

  it('says in Danish what is wrong with a bad call', async () => {
    const { dir } = await storeWithMeeting();
    expect(await referent('export', '--data', dir, '--meeting', 'findes-ikke', '-o', '/tmp/x.docx')).toMatchObject({ code: 1, stderr: expect.stringContaining('findes ikke') });
    expect(await referent('export', '--data', dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Mangler --meeting') });
    expect(await referent('slet', '--data', dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Ukendt kommando') });
  });
});
