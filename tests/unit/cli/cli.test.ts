import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const run = promisify(execFile);
const bin = join(process.cwd(), 'bin', 'referent.mjs');

async function referent(...args: string[]) {
  return referentWith({}, ...args);
}

async function referentWith(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
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

/** A meeting with an open item and a closed one whose text must stay out of the public version. */
async function storeWithClosedItem() {
  const dir = await tempDir();
  const app = await openApp(dir);
  const committee = await createCommittee(app.service);
  let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', time: '14:30' });
  m = await app.service['items.add']({ meetingId: m.id, title: 'Godkendelse af dagsorden', caseNumber: '25/30730' });
  m = await app.service['items.add']({ meetingId: m.id, title: 'Personalesag', caseNumber: '81.00.00-A00-3-26' });
  const [open, closed] = m.items as [Meeting['items'][number], Meeting['items'][number]];
  const decisionOf = (item: Meeting['items'][number]) => item.sections.find((s) => s.kind === 'beslutning')!.id;
  await app.service['items.setSection']({ meetingId: m.id, itemId: open.id, sectionId: decisionOf(open), body: docFromParagraphs('Godkendt uden bemærkninger') });
  await app.service['items.setSection']({ meetingId: m.id, itemId: closed.id, sectionId: closed.sections[0]!.id, body: docFromParagraphs('Fortroligt: sagens akter') });
  await app.service['items.update']({ meetingId: m.id, itemId: closed.id, patch: { closed: true, attachments: [{ name: 'Fortrolig erklæring.pdf' }] } });
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
    // One meeting a line, between the brackets: greppable, and a third of indented JSON's size for a large archive.
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: meetingId });
    const table = await referent('list', '--data', dir);
    expect(table.stdout).toMatch(/Id\s+Udvalg\s+Dato\s+Punkter/);
  });

  it('keeps one meeting a line whatever a committee is called, quotes and braces included', async () => {
    const { dir } = await storeWithMeeting();
    const app = await openApp(dir);
    const committee = app.store.committees()[0]!;
    const name = 'Udvalg },{"id":"x"} og \\ "citat"\nny linje';
    await app.service['committees.update']({ committeeId: committee.id, name });
    await app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-03' });
    await app.close();
    const res = await referent('list', '--data', dir, '--json');
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(res.stdout).map((m: { committee: string }) => m.committee)).toEqual([name, name]);
  });

  it('writes all of a long list into a pipe that is read slowly, before it exits', async () => {
    const { dir, meetingId } = await storeWithMeeting();
    const app = await openApp(dir);
    const meeting = app.store.meeting(meetingId)!;
    // 600 meetings: some 120 KB of JSON, more than a pipe holds, so the last lines are still in Node's buffer when the command is done.
    await app.store.transaction((tx) => {
      for (let i = 0; i < 600; i += 1) tx.putMeeting({ ...meeting, id: `kopi-${i}`, date: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}` });
    });
    await app.close();
    // A reader that starts half a second late, as `referent list --json | tool` may: the pipe fills, and the rest waits in Node.
    const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;
    const { stdout } = await run('sh', ['-c', `${quote(process.execPath)} ${quote(bin)} list --data ${quote(dir)} --json | (sleep 0.5; cat)`], { maxBuffer: 16 * 1024 * 1024 });
    const listed = JSON.parse(stdout) as { id: string }[];
    expect(listed).toHaveLength(601);
  });

  it('exports a DOCX that contains the meeting, without writing to the data directory', async () => {
    const { dir, meetingId } = await storeWithMeeting();
    const before = await readdir(join(dir, 'meetings'));
    const out = join(await tempDir(), 'referat.docx');
    const res = await referent('export', '--data', dir, '--meeting', meetingId, '-o', out);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('REFERAT Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026');
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

  it('exports the dagsorden and the public version when asked, with the name of what it wrote', async () => {
    const { dir, meetingId } = await storeWithClosedItem();
    const outDir = await tempDir();
    const text = async (file: string) => (await mammoth.extractRawText({ buffer: await readFile(file) })).value;

    const full = join(outDir, 'referat.docx');
    expect(await referent('export', '--data', dir, '--meeting', meetingId, '-o', full)).toMatchObject({ code: 0, stdout: expect.stringContaining('Referatet er skrevet til') });
    expect(await text(full)).toContain('Fortroligt: sagens akter');
    expect(await text(full)).toContain('Godkendt uden bemærkninger');

    const agenda = join(outDir, 'dagsorden.docx');
    const res = await referent('export', '--data', dir, '--meeting', meetingId, '--variant', 'dagsorden', '--audience', 'offentlig', '-o', agenda);
    expect(res).toMatchObject({ code: 0, stdout: expect.stringContaining('Dagsordenen (offentlig udgave) er skrevet til') });
    const value = await text(agenda);
    expect(value).toContain('DAGSORDEN Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026');
    expect(value).toContain('Punkt 2: Lukket: Personalesag\n\n81.00.00-A00-3-26');
    for (const absent of ['Fortroligt: sagens akter', 'Fortrolig erklæring.pdf', 'Godkendt uden bemærkninger', 'Underskriftsside', 'Fingeraftryk']) {
      expect(value).not.toContain(absent);
    }
  });

  it('writes a PDF through LibreOffice, chosen by --format or by the file name', async () => {
    const { dir, meetingId } = await storeWithClosedItem();
    const outDir = await tempDir();
    const byOption = join(outDir, 'referat-offentlig');
    const res = await referent('export', '--data', dir, '--meeting', meetingId, '--audience', 'offentlig', '--format', 'pdf', '-o', byOption);
    expect(res.code, res.stderr).toBe(0);
    const pdf = await readFile(byOption);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { stdout } = await run('pdftotext', ['-layout', byOption, '-']);
    // LibreOffice draws the title's no-break space and hyphens as a plain space and hyphen.
    expect(stdout).toContain('REFERAT Organisations- og Beredskabsudvalget d. 03-02-2026');
    expect(stdout).toContain('Lukket: Personalesag');
    expect(stdout).not.toContain('Fortroligt: sagens akter');
    expect(stdout).toMatch(/Side 1 af \d+/);

    const byName = join(outDir, 'dagsorden.pdf');
    expect((await referent('export', '--data', dir, '--meeting', meetingId, '--variant', 'dagsorden', '-o', byName)).code).toBe(0);
    expect((await readFile(byName)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  it('says in Danish when LibreOffice is missing, and when an option has a bad value', async () => {
    const { dir, meetingId } = await storeWithMeeting();
    const out = join(await tempDir(), 'referat.pdf');
    const missing = await referentWith({ REFERENT_SOFFICE: '/findes/ikke/soffice' }, 'export', '--data', dir, '--meeting', meetingId, '--format', 'pdf', '-o', out);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('LibreOffice (/findes/ikke/soffice) blev ikke fundet') });
    expect(missing.stderr).toContain('--format docx');
    await expect(readFile(out)).rejects.toThrow();

    const bad = (option: string, value: string) => referent('export', '--data', dir, '--meeting', meetingId, `--${option}`, value, '-o', out);
    expect(await bad('variant', 'protokol')).toMatchObject({ code: 2, stderr: expect.stringContaining('Ugyldig værdi for --variant: "protokol". Brug referat eller dagsorden.') });
    expect(await bad('audience', 'alle')).toMatchObject({ code: 2, stderr: expect.stringContaining('Ugyldig værdi for --audience: "alle". Brug fuld eller offentlig.') });
    expect(await bad('format', 'odt')).toMatchObject({ code: 2, stderr: expect.stringContaining('Ugyldig værdi for --format: "odt". Brug docx, pdf eller packet.') });
    const help = await referent('--help');
    expect(help.stdout).toContain('[--variant referat|dagsorden]');
    expect(help.stdout).toContain('[--audience fuld|offentlig] [--format docx|pdf|packet] -o FIL');
  });
});
