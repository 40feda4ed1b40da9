import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';

const CHILD = join(process.cwd(), 'tests', 'unit', 'store', 'support', 'fullDisk.ts');
const node = `'${process.execPath}' --import tsx '${CHILD}'`;

/**
 * A real full disk where the machine allows it: a 3 MB tmpfs mounted in a
 * private mount namespace (unshare, as root or with user namespaces). Where it
 * does not, a real file-size limit (ulimit -f) makes the kernel refuse the
 * write (EFBIG) the same way.
 */
function runFull(dir: string): { how: string; result: Record<string, unknown> } {
  const attempts: [string, string[]][] = [
    ['tmpfs', ['unshare', '-rm', 'sh', '-c', `mount -t tmpfs -o size=3m tmpfs '${dir}' && exec ${node} '${dir}' fill`]],
    ['ulimit -f', ['sh', '-c', `ulimit -f 64 && exec ${node} '${dir}' limit`]],
  ];
  const failures: string[] = [];
  for (const [how, [cmd, ...args]] of attempts) {
    const run = spawnSync(cmd!, args, { cwd: process.cwd(), encoding: 'utf8', timeout: 120_000 });
    const line = run.stdout?.trim().split('\n').at(-1);
    if (run.status === 0 && line?.startsWith('{')) return { how, result: JSON.parse(line) as Record<string, unknown> };
    failures.push(`${how}: ${run.status} ${run.stderr?.slice(0, 400)}`);
  }
  throw new Error(`no way to fill a disk here:\n${failures.join('\n')}`);
}

describe('a full disk', () => {
  it('the API says the disk is full (its own code, in Danish), nothing is half written, no temp file stays, and the next save after freeing space lands', async () => {
    const dir = await tempDir();
    const { how, result } = runFull(dir);
    console.log(`full disk via ${how}`);
    expect(result.edit).toEqual({ ok: false, error: { code: 'disk_fuld', message: expect.stringContaining('Disken er fuld, så ændringen er ikke gemt') } });
    if (how === 'tmpfs') {
      // An audited change: the audit entry could not be appended whole, so nothing of it is left.
      expect(result.sent).toMatchObject({ ok: false, error: { code: 'disk_fuld' } });
      expect(result.after).toMatchObject({ auditUnchanged: true, rootUnchanged: true });
      // Room for the audit line but not for the meeting file: the line is taken back.
      expect(result.partly).toMatchObject({ sent: { ok: false, error: { code: 'disk_fuld' } }, auditUnchanged: true, meetingUnchanged: true, tempFiles: [] });
    }
    expect(result.after).toMatchObject({ tempFiles: [], meetingUnchanged: true, inMemoryUnchanged: true });
    expect(result.retry).toBe(true);
    expect(result.reopened).toEqual({ notices: [], saved: true, auditOk: true });
  }, 180_000);
});
