import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/referent.ts';
import { RESTORE_JOURNAL } from '../../../electron/core/store/store.ts';
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

  it('a restore cut short by a crash (its journal left, one file put back of several) is finished at the next open', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { background: false });
    const committee = await createCommittee(app.service);
    const meetings = [];
    for (const day of ['03', '04', '05']) meetings.push(await app.service['meetings.create']({ committeeId: committee.id, date: `2026-02-${day}`, location: 'Før' }));
    const [manual] = await app.service['backups.create']({});
    for (const m of meetings) await app.service['meetings.update']({ meetingId: m.id, location: 'Efter' });
    await app.close();
    // What restoreBackup had done when it was killed: the journal written, the first file put back, the others not yet.
    await writeFile(join(dir, RESTORE_JOURNAL), JSON.stringify({ backupId: manual!.id, createdAt: manual!.createdAt }));
    const first = `meetings/${meetings[0]!.id}.json`;
    await writeFile(join(dir, first), await readFile(join(dir, 'backups', manual!.id, first)));

    // The CLI, read-only, reports it instead of calling the mix sound.
    const lines: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n')).toContain('blev afbrudt, før alle filer var lagt tilbage');

    const reopened = await openApp(dir, { background: false });
    expect(reopened.store.notices().join(' ')).toContain('Den er gjort færdig nu');
    for (const m of meetings) expect(reopened.store.meeting(m.id)!.location).toBe('Før');
    await reopened.close();
    expect(existsSync(join(dir, RESTORE_JOURNAL))).toBe(false);
    const again = await openApp(dir, { background: false });
    expect(again.store.notices()).toEqual([]);
    await again.close();
  });

  it('a restore killed between its journal and its log entry is logged when the next open finishes it, and the meetings it took away stay away', async () => {
    const { dir, app, committee, meeting, manual } = await editedAfterBackup();
    const later = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-01' });
    const afterSeq = (await app.store.auditEntries()).at(-1)!.seq;
    await app.close();
    await writeFile(join(dir, RESTORE_JOURNAL), JSON.stringify({ backupId: manual!.id, createdAt: manual!.createdAt, afterSeq }));

    const reopened = await openApp(dir, { background: false });
    expect(reopened.store.meeting(meeting.id)!.location).toBe('Før');
    // Not "repaired" back from the backup taken before the restore: the log says the restore took it away.
    expect(reopened.store.meeting(later.id)).toBeUndefined();
    const entries = await reopened.store.auditEntries();
    const restores = entries.filter((e) => e.action === 'sikkerhedskopi_gendannet');
    expect(restores).toHaveLength(1);
    expect(restores[0]!.seq).toBe(afterSeq + 1);
    expect(restores[0]!.details).toMatchObject({ backupId: manual!.id, finishedAtOpen: true, removed: [later.id] });
    // The root file came back with the backup's head: the work since is what the restore undid, not a change cut short.
    expect(entries.filter((e) => e.action === 'afbrudt' || e.action === 'moede_mistet')).toEqual([]);
    expect(reopened.store.notices().join(' ')).not.toContain('stoppede midt i en ændring');
    expect((await reopened.store.verifyAudit()).ok).toBe(true);
    await reopened.close();
    const lines: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l) }), lines.join('\n')).toBe(0);
  });

  it('a journal whose restore is logged with nothing after it is finished without a second entry; one with work saved after it is left alone', async () => {
    for (const killed of ['restore done, journal left', 'work went on'] as const) {
      const { dir, app, meeting, manual } = await editedAfterBackup();
      await app.store.restoreBackup(manual!.id);
      const afterSeq = (await app.store.auditEntries()).find((e) => e.action === 'sikkerhedskopi_gendannet')!.seq - 1;
      // 'work went on': the journal could not be removed (an antivirus holding it, say) and the secretary kept working.
      if (killed === 'work went on') await app.service['meetings.update']({ meetingId: meeting.id, location: 'Efter igen' });
      await app.close();
      await writeFile(join(dir, RESTORE_JOURNAL), JSON.stringify({ backupId: manual!.id, createdAt: manual!.createdAt, afterSeq }));

      const reopened = await openApp(dir, { background: false });
      expect(reopened.store.meeting(meeting.id)!.location, killed).toBe(killed === 'work went on' ? 'Efter igen' : 'Før');
      const notices = reopened.store.notices().join(' ');
      if (killed === 'work went on') expect(notices).toContain('der er arbejdet videre i datamappen siden');
      expect((await reopened.store.auditEntries()).filter((e) => e.action === 'sikkerhedskopi_gendannet'), killed).toHaveLength(1);
      await reopened.close();
      expect(existsSync(join(dir, RESTORE_JOURNAL)), killed).toBe(false);
    }
  });

  it('backs up the bilag files too (linked, not copied, once a backup has them) and puts back those the folder lost', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: join(process.cwd(), 'seeds'), background: false });
    const meeting = app.store.meeting('kalundborg-direktionen-2026-03-16')!;
    const bytes = Buffer.from('%PDF-1.4 vigtigt bilag');
    await app.service['attachments.add']({ meetingId: meeting.id, itemId: meeting.items[0]!.id, name: 'bilag.pdf', mimeType: 'application/pdf', base64: bytes.toString('base64') });
    const first = await app.store.backup('manuel');
    const second = await app.store.backup('manuel');
    const sha = (await readdir(join(dir, 'bilag')))[0]!;
    expect((await stat(join(dir, 'backups', second.id, 'bilag', sha))).ino).toBe((await stat(join(dir, 'backups', first.id, 'bilag', sha))).ino);
    await app.close();
    await rm(join(dir, 'bilag'), { recursive: true });

    const reopened = await openApp(dir, { background: false });
    await reopened.store.restoreBackup(second.id);
    expect(await readFile(join(dir, 'bilag', sha))).toEqual(bytes);
    const attachment = reopened.store.meeting(meeting.id)!.items[0]!.attachments.at(-1)!;
    await expect(reopened.service['attachments.open']({ meetingId: meeting.id, itemId: meeting.items[0]!.id, attachmentId: attachment.id })).resolves.toBeDefined();
    await reopened.close();
  });

  it('tells the renderer what happened at open', async () => {
    const app = await openApp(await tempDir());
    expect(await app.service['store.info']({})).toMatchObject({ readOnly: false, notices: [], schemaVersion: SCHEMA_VERSION });
    await expect(app.service['backups.restore']({ backupId: 'findes-ikke' })).rejects.toThrow('Sikkerhedskopien findes ikke.');
    await app.close();
  });
});

/** A store with one meeting at 'Før', a manual backup of it, and then the meeting moved to 'Efter'; left open. */
async function editedAfterBackup() {
  const dir = await tempDir();
  const app = await openApp(dir, { background: false });
  const committee = await createCommittee(app.service);
  const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', location: 'Før' });
  const [manual] = await app.service['backups.create']({});
  await app.service['meetings.update']({ meetingId: meeting.id, location: 'Efter' });
  return { dir, app, committee, meeting, manual };
}
