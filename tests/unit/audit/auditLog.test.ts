import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../electron/core/audit/auditLog.ts';
import { tempDir } from '../helpers/tempDir.ts';

async function logWith(n: number) {
  const dir = await tempDir();
  const log = await AuditLog.open(dir);
  for (let i = 0; i < n; i += 1) {
    await log.append({ at: `2026-02-03T15:0${i}:00.000Z`, meetingId: 'm1', action: 'godkendt', actor: `medlem-${i}`, details: { fingerprint: 'ab'.repeat(32) } });
  }
  return { dir, log };
}

describe('AuditLog', () => {
  it('chains entries and survives a reopen', async () => {
    const { dir, log } = await logWith(4);
    expect(await log.verify()).toEqual({ ok: true, entries: 4 });
    const reopened = await AuditLog.open(dir);
    expect(reopened.entries().map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(reopened.entries()[1]!.prevHash).toBe(reopened.entries()[0]!.hash);
  });

  it('detects an edited, removed or reordered line', async () => {
    for (const tamper of [
      (lines: string[]) => lines.map((l, i) => (i === 1 ? l.replace('medlem-1', 'medlem-9') : l)),
      (lines: string[]) => lines.filter((_, i) => i !== 1),
      (lines: string[]) => [lines[0]!, lines[2]!, lines[1]!, lines[3]!],
    ]) {
      const { log } = await logWith(4);
      const lines = (await readFile(log.path, 'utf8')).trim().split('\n');
      await writeFile(log.path, tamper(lines).join('\n') + '\n');
      const result = await log.verify();
      expect(result.ok).toBe(false);
    }
  });
});
