import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { backupFoldersNewestFirst, createBackup, dailyBackupDue } from '../../../electron/core/store/backups.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('a backup taken while the clock stood in the future', () => {
  it('does not stop the daily backups, and is tried after the others when a file is repaired', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { background: false });
    await app.close();
    const today = new Date('2026-12-04T09:00:00.000Z');
    // One start with the clock set five years ahead.
    const future = await createBackup(dir, 'daglig', SCHEMA_VERSION, new Date('2031-06-01T09:00:00.000Z'));
    expect(await dailyBackupDue(dir, today)).toBe(true);
    const manual = await createBackup(dir, 'manuel', SCHEMA_VERSION, new Date('2026-12-04T08:00:00.000Z'));
    expect(await backupFoldersNewestFirst(dir, today)).toEqual([manual.id, future.id]);
    // Once today's daily backup is taken, the next is due tomorrow as before.
    await createBackup(dir, 'daglig', SCHEMA_VERSION, today);
    expect(await dailyBackupDue(dir, new Date('2026-12-04T15:00:00.000Z'))).toBe(false);
    expect(await dailyBackupDue(dir, new Date('2026-12-05T10:00:00.000Z'))).toBe(true);
  });
});
