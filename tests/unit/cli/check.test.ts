import { cp, readFile, writeFile, appendFile, rm } from 'node:fs/promises';
import { openApp } from '../../../electron/core/openApp.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/referent.ts';
import { meetingPath } from '../../../electron/core/store/store.ts';
import { tempDir } from '../helpers/tempDir.ts';

async function check(dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', '--data', dir], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function seedsCopy() {
  const dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  return dir;
}

describe('referent check', () => {
  it('exits 0 on a healthy store and changes nothing', async () => {
    const dir = await seedsCopy();
    const before = await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'));
    const res = await check(dir);
    expect(res).toMatchObject({ code: 0, out: expect.stringContaining('OK: datamappen er sund (3 udvalg, 3 møder') });
    expect(await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'))).toEqual(before);
  });

  it('names a truncated meeting file', async () => {
    const dir = await seedsCopy();
    const path = meetingPath(dir, 'kalundborg-direktionen-2026-03-16');
    await writeFile(path, (await readFile(path)).subarray(0, 500));
    const res = await check(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain('meetings/kalundborg-direktionen-2026-03-16.json');
  });

  it('names an approved protocol changed by hand, and a broken audit trail', async () => {
    const dir = await seedsCopy();
    const path = meetingPath(dir, 'haderslev-obu-2026-02-03');
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.meeting.items[1].title = 'Introduktion – ændret';
    await writeFile(path, JSON.stringify(file));
    await appendFile(join(dir, 'audit.jsonl'), '{"seq": 7, "hash": "x"}\n');
    const res = await check(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain('haderslev-obu-2026-02-03: Holger Mikkelsens godkendelse gælder ikke længere');
    expect(res.err).toContain('Revisionssporet');
  });

  it('names a bilag whose file is missing or altered', async () => {
    const dir = await seedsCopy();
    const app = await openApp(dir);
    const meeting = app.store.meeting('kalundborg-direktionen-2026-03-16')!;
    const item = meeting.items[3]!;
    const m = await app.service['attachments.add']({ meetingId: meeting.id, itemId: item.id, name: 'Oplæg KKR Sjælland.pdf', base64: Buffer.from('%PDF-1.4 oplæg').toString('base64') });
    const file = m.items[3]!.attachments[0]!.file!;
    await app.close();
    expect((await check(dir)).out).toContain('1 bilagsfiler');
    await writeFile(join(dir, file.path), 'ændret indhold');
    const altered = await check(dir);
    expect(altered.code).toBe(1);
    expect(altered.err).toContain('filen til bilaget "Oplæg KKR Sjælland.pdf" er ændret');
    await rm(join(dir, file.path));
    expect((await check(dir)).err).toContain('filen til bilaget "Oplæg KKR Sjælland.pdf" mangler');
  });
});
