import fsp, { readFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { Store, meetingPath } from '../../../electron/core/store/store.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const realOpen = fsp.open;

/**
 * The disk refuses to fsync one directory (EIO), as a failing disk does. No
 * file system here can be made to fail just that call, so Node's own `open`
 * is wrapped for the directory's read-only open (what an fsync of it needs).
 */
function failDirectorySync(dir: string | null): void {
  (fsp as { open: typeof fsp.open }).open = (async (path: Parameters<typeof fsp.open>[0], flags?: string | number, mode?: number) => {
    if (dir !== null && path === dir && flags === 'r') throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    return realOpen(path, flags, mode);
  }) as typeof fsp.open;
  syncBuiltinESMExports();
}

afterEach(() => failDirectorySync(null));

describe('a directory fsync that fails after the rename', () => {
  it('counts the save as made (its audit entry kept, the list current) and says in Danish that it is not confirmed on disk', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { background: false });
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-05-04' });
    await app.close();

    const store = await Store.open(dir, { background: false });
    const before = store.auditHead()!.seq;
    failDirectorySync(join(dir, 'meetings'));
    await expect(store.putMeeting({ ...store.meeting(meeting.id)!, location: 'Byrådssalen', status: 'udsendt' })).rejects.toThrow(/Ændringen er gemt og vises, men disken bekræftede ikke/);
    failDirectorySync(null);
    // What readers see is the new file, and the log, the file's head and the list agree with it.
    const file = JSON.parse(await readFile(meetingPath(dir, meeting.id), 'utf8'));
    expect(file.meeting.location).toBe('Byrådssalen');
    expect(store.auditHead()!.seq).toBeGreaterThan(before);
    expect(file.auditHead).toEqual(store.auditHead());
    expect(store.meetingSummaries()[0]).toMatchObject({ location: 'Byrådssalen', status: 'udsendt' });
    expect((await store.auditEntries()).at(-1)).toMatchObject({ action: 'status_aendret', details: { to: 'udsendt' } });
    await store.close();

    // The next open finds nothing changed outside, and the audit chain whole.
    const again = await Store.open(dir, { background: false });
    expect(again.notices()).toEqual([]);
    expect((await again.verifyAudit()).ok).toBe(true);
    expect(again.meeting(meeting.id)!.location).toBe('Byrådssalen');
    await again.close();
  });
});
