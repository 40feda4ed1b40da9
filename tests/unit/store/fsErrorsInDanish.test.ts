import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { requestErrorInDanish } from '../../../electron/core/store/fsErrorInDanish.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

/** A store with one meeting, closed, and then `backups` made a plain file by hand (a sync tool's conflict copy, a slip in Explorer). */
async function storeWithBackupsAsFile() {
  const dir = await tempDir();
  const app = await openApp(dir, { background: false });
  const committee = await createCommittee(app.service);
  const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  await app.close();
  await rm(join(dir, 'backups'), { recursive: true, force: true });
  await writeFile(join(dir, 'backups'), 'ikke en mappe');
  return { dir, meeting };
}

describe('a file-system problem met after open is told in Danish, naming the file', () => {
  it('a file named backups: the daily backup fails with a notice, and the Sikkerhedskopier view says what to move', async () => {
    const { dir, meeting } = await storeWithBackupsAsFile();
    const app = await openApp(dir);
    // As the window asks, once, at start: the answer waits for the daily backup, so its failure is among the notices.
    const info = await dispatch(app.service, 'store.info', {});
    expect(info.ok && (info.value as { notices: string[] }).notices.join(' ')).toContain('Dagens sikkerhedskopi kunne ikke laves: backups er en fil, hvor der skulle være en mappe');
    for (const channel of ['backups.list', 'backups.create'] as const) {
      const result = await dispatch(app.service, channel, {});
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.message).toContain(`${join(dir, 'backups')} er en fil, hvor der skulle være en mappe`);
    }
    // The rest of the store goes on working: the meeting is listed and can be saved.
    const saved = await dispatch(app.service, 'meetings.update', { meetingId: meeting.id, location: 'Byrådssalen' });
    expect(saved.ok).toBe(true);
    await app.close();
  });

  it('no permission, a read-only drive, a link in a ring: each named with its file; EEXIST only from mkdir', () => {
    const fsError = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: ${syscall} ${path}`), { code, syscall, path });
    expect(requestErrorInDanish(fsError('EACCES', 'open', '/data/meetings/m1.json.tmp'), '/data')?.message).toContain(
      'meetings/m1.json.tmp må Referent ikke læse eller skrive (adgangsrettigheder)',
    );
    expect(requestErrorInDanish(fsError('EROFS', 'open', '/mnt/usb/referent.json'))?.message).toContain('/mnt/usb/referent.json ligger på et drev, der kun kan læses');
    expect(requestErrorInDanish(fsError('ELOOP', 'stat', '/data/bilag/x'), '/data')?.message).toContain('bilag/x er et symbolsk link, der går i ring');
    // A file outside the data folder keeps its whole path.
    expect(requestErrorInDanish(fsError('EISDIR', 'open', '/home/sekr/referat.docx'), '/data')?.message).toContain('/home/sekr/referat.docx er en mappe');
    expect(requestErrorInDanish(fsError('EEXIST', 'link', '/data/backups/x'), '/data')).toBeNull();
    expect(requestErrorInDanish(new Error('noget andet'))).toBeNull();
    // A full disk asks for space, not for something to be moved; Node's own limits are not blamed on a file.
    const full = requestErrorInDanish(fsError('ENOSPC', 'write', '/data/meetings/m1.json.tmp'), '/data');
    expect(full?.code).toBe('disk_fuld');
    expect(full?.message).toContain('Frigør plads på disken');
    expect(requestErrorInDanish(Object.assign(new Error('too long'), { code: 'ERR_STRING_TOO_LONG' }))).toBeNull();
  });

  it('a file standing where a folder on the way belongs is the one named, not the path below it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'backups'), 'ikke en mappe');
    const error = await readFile(join(dir, 'backups', '2026-12-01-manuel', 'manifest.json')).catch((e: unknown) => e);
    expect(requestErrorInDanish(error, dir)?.message).toContain('Handlingen kunne ikke gennemføres: backups er en fil, hvor der skulle være en mappe.');
  });
});
