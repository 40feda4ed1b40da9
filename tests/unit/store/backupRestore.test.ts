import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

describe('backups through the API', () => {
  it('takes one daily backup after open, not one per start', async () => {
    const dir = await tempDir();
    const first = await openApp(dir);
    await first.store.flush();
    await first.close();
    const app = await openApp(dir);
    await app.store.flush();
    expect((await app.service['backups.list']({})).map((b) => b.reason)).toEqual(['daglig']);
    await app.close();
  });

  it('restores a backup, and the restore can be undone', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', location: 'Før' });
    const [manual] = await app.service['backups.create']({});
    expect(manual).toMatchObject({ reason: 'manuel', label: 'Manuel sikkerhedskopi', meetings: 1 });
    await app.service['meetings.update']({ meetingId: meeting.id, location: 'Efter' });
    const extra = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });

    const restored = await app.service['backups.restore']({ backupId: manual!.id });
    expect(restored.message).toContain('gendannet fra sikkerhedskopien');
    expect(app.store.meeting(meeting.id)!.location).toBe('Før');
    expect(app.store.meeting(extra.id)).toBeUndefined();

    const undo = restored.backups.find((b) => b.reason === 'foer-gendannelse')!;
    await app.service['backups.restore']({ backupId: undo.id });
    expect(app.store.meeting(meeting.id)!.location).toBe('Efter');
    expect(app.store.meeting(extra.id)).toBeDefined();
    await app.close();

    const reopened = await openApp(dir);
    expect(reopened.store.meeting(meeting.id)!.location).toBe('Efter');
    await reopened.close();
  });

  it('tells the renderer what happened at open', async () => {
    const app = await openApp(await tempDir());
    expect(await app.service['store.info']({})).toMatchObject({ readOnly: false, notices: [], schemaVersion: SCHEMA_VERSION });
    await expect(app.service['backups.restore']({ backupId: 'findes-ikke' })).rejects.toThrow('Sikkerhedskopien findes ikke.');
    await app.close();
  });
});
