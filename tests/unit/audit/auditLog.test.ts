import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/auditLog.ts';
import { tempDir } from '../helpers/tempDir.ts';

async function logWith(n: number) {
  const dir = await tempDir();
  const log = await AuditLog.open(dir);
  for (let i = 0; i < n; i += 1) {
    await log.append([{ at: `2026-02-03T15:0${i}:00.000Z`, meetingId: 'm1', action: 'godkendt', actor: `medlem-${i}`, details: { fingerprint: 'ab'.repeat(32) } }]);
  }
  return { dir, log };
}

describe('AuditLog', () => {
  it('chains entries and survives a reopen', async () => {
    const { dir, log } = await logWith(4);
    expect(await log.verify()).toEqual({ ok: true, entries: 4, restarts: [] });
    const reopened = await AuditLog.open(dir);
    const entries = await reopened.entries();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(reopened.head()).toEqual({ seq: 4, hash: entries[3]!.hash });
  });

  it('appends one transaction in one write, and finds one meeting’s entries by offset', async () => {
    const { log } = await logWith(1);
    await log.append([
      { at: '2026-02-03T16:00:00.000Z', meetingId: 'm2', action: 'sendt_til_godkendelse', actor: 'sekretær', details: {} },
      { at: '2026-02-03T16:00:00.000Z', meetingId: 'm1', action: 'eksporteret', actor: 'sekretær', details: { format: 'docx' } },
    ]);
    expect((await log.entries('m1')).map((e) => e.action)).toEqual(['godkendt', 'eksporteret']);
    expect((await log.entries('m2')).map((e) => e.seq)).toEqual([2]);
    await log.append([{ at: '2026-02-03T17:00:00.000Z', meetingId: 'm2', action: 'godkendt', actor: 'x', details: {} }]);
    expect((await log.entries('m2')).map((e) => e.seq)).toEqual([2, 4]);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it('detects an edited, removed or reordered line', async () => {
    for (const tamper of [
      (lines: string[]) => lines.map((l, i) => (i === 1 ? l.replace('medlem-1', 'medlem-9') : l)),
      (lines: string[]) => lines.filter((_, i) => i !== 1),
      (lines: string[]) => [lines[0]!, lines[2]!, lines[1]!, lines[3]!],
    ]) {
      const { log } = await logWith(4);
      expect((await log.verify()).ok).toBe(true);
      const lines = (await readFile(log.path, 'utf8')).trim().split('\n');
      await writeFile(log.path, tamper(lines).join('\n') + '\n');
      // The same log object notices that someone else changed the file since it last verified.
      const result = await log.verify();
      expect(result.ok).toBe(false);
      expect((await AuditLog.open(log.path.replace(/\/audit\.jsonl$/, ''))).damage()).toBeNull();
    }
  });

  it('reads only the tail at open, and a torn last line is found as damage with its exact bytes', async () => {
    const { dir, log } = await logWith(3);
    const torn = '{"seq":4,"at":"2026-02-03T15:09:00.000Z","meetingId":"m1","act';
    await appendFile(log.path, torn);
    const reopened = await AuditLog.open(dir);
    expect(reopened.head()?.seq).toBe(3);
    expect(reopened.damage()?.bytes.toString('utf8')).toBe(torn);
    await reopened.cutDamagedTail();
    await reopened.append([{ at: '2026-02-03T16:00:00.000Z', meetingId: 'm1', action: 'godkendt', actor: 'x', details: {} }]);
    expect(await reopened.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it('a garbled line in the middle does not stop the log from opening; verify reports it', async () => {
    const { dir, log } = await logWith(4);
    const lines = (await readFile(log.path, 'utf8')).trim().split('\n');
    lines[1] = '\u0000\u0000{garbled';
    await writeFile(log.path, lines.join('\n') + '\n');
    const reopened = await AuditLog.open(dir);
    expect(reopened.head()?.seq).toBe(4);
    expect(reopened.damage()).toBeNull();
    expect(await reopened.verify()).toMatchObject({ ok: false, brokenAt: 2 });
    // Every readable entry is still listed for its meeting.
    expect((await reopened.entries('m1')).map((e) => e.seq)).toEqual([1, 3, 4]);
  });

  it('a failed append leaves no half line: the file is cut back', async () => {
    const { log } = await logWith(2);
    const before = await readFile(log.path);
    await log.rollback(before.length - 1, log.head());
    expect((await readFile(log.path)).length).toBe(before.length - 1);
  });
});

describe('the audit log read by several callers at once', () => {
  it('indexes each entry once when checks run concurrently after an append (the trail never shows an answer twice)', async () => {
    const dir = await tempDir();
    const log = await AuditLog.open(dir);
    await log.append([{ at: '2026-02-03T15:00:00.000Z', meetingId: 'm1', action: 'sendt_til_godkendelse', actor: 'x', details: {} }]);
    await log.verify();
    for (let round = 0; round < 5; round++) {
      await log.append([{ at: '2026-02-03T15:01:00.000Z', meetingId: 'm1', action: 'godkendt', actor: `medlem-${round}`, details: {} }]);
      const lists = await Promise.all([log.entries('m1'), log.entries('m1'), log.verify(), log.entries('m1')]);
      expect((lists[0] as unknown[]).length).toBe(round + 2);
    }
    expect((await log.entries('m1')).map((e) => e.actor)).toEqual(['x', 'medlem-0', 'medlem-1', 'medlem-2', 'medlem-3', 'medlem-4']);
  });
});
