import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { Store, meetingPath } from '../../../electron/core/store/store.ts';
import { listBackups } from '../../../electron/core/store/backups.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

async function storeOf(n: number) {
  const dir = await tempDir();
  const app = await openApp(dir);
  const committee = await createCommittee(app.service);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push((await app.service['meetings.create']({ committeeId: committee.id, date: `2026-04-${String(i + 1).padStart(2, '0')}` })).id);
  await app.close();
  return { dir, ids };
}

const ino = async (path: string) => (await stat(path)).ino;

describe('backups', () => {
  it('cost what changed: unchanged files are hard links to the previous backup’s copies, never to the live files', async () => {
    const { dir, ids } = await storeOf(6);
    const app = await openApp(dir);
    const [first] = await app.service['backups.create']({});
    await app.service['meetings.update']({ meetingId: ids[2]!, location: 'Ændret efter første kopi' });
    const [second] = await app.service['backups.create']({});
    await app.close();
    const copy = (backup: string, id: string) => join(dir, 'backups', backup, 'meetings', `${id}.json`);
    for (const id of ids) {
      const a = await ino(copy(first!.id, id));
      const b = await ino(copy(second!.id, id));
      if (id === ids[2]) expect(b).not.toBe(a);
      else expect(b).toBe(a);
      // A backup shares no file with the data directory: an edit in place of a live file cannot reach it.
      expect(b).not.toBe(await ino(meetingPath(dir, id)));
    }
    expect(JSON.parse(await readFile(copy(second!.id, ids[2]!), 'utf8')).meeting.location).toBe('Ændret efter første kopi');
    expect(JSON.parse(await readFile(copy(first!.id, ids[2]!), 'utf8')).meeting.location).toBe('');
  });

  it('an edit in place that puts size and mtime back is still taken by the next backup, and undone by a restore', async () => {
    const { dir, ids } = await storeOf(2);
    const app = await openApp(dir);
    const [first] = await app.service['backups.create']({});
    await app.close();
    // Same length, the same inode, the mtime set back (as `cp -p`, `touch -r` or `rsync -t` leave a file): only its change time moved.
    const path = meetingPath(dir, ids[0]!);
    const before = await stat(path);
    const original = await readFile(path, 'utf8');
    const tampered = original.replace('"2026-04-01"', '"2026-04-09"');
    expect(tampered).not.toBe(original);
    expect(Buffer.byteLength(tampered)).toBe(before.size);
    // `touch -r` copies the mtime to the nanosecond, as `cp -p` does; fs.utimes would round it and so change the stamp.
    await writeFile(`${path}.ref`, '');
    execFileSync('touch', ['-r', path, `${path}.ref`]);
    await writeFile(path, tampered);
    execFileSync('touch', ['-r', `${path}.ref`, path]);
    await unlink(`${path}.ref`);
    const after = await stat(path);
    expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    const again = await openApp(dir, { background: false });
    const [second] = await again.service['backups.create']({});
    const copy = (backup: string, id: string) => join(dir, 'backups', backup, 'meetings', `${id}.json`);
    expect(await readFile(copy(second!.id, ids[0]!), 'utf8')).toBe(tampered);
    expect(await ino(copy(second!.id, ids[1]!))).toBe(await ino(copy(first!.id, ids[1]!)));
    // Restoring the first backup puts the file back as it was, though its stamp without the change time matched.
    await again.service['backups.restore']({ backupId: first!.id });
    await again.close();
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('never hold up the start: open returns first, the day’s backup follows in the background', async () => {
    const { dir } = await storeOf(3);
    const before = (await readdir(join(dir, 'backups'))).length;
    const store = await Store.open(dir, { now: () => new Date(Date.now() + 2 * 24 * 3600 * 1000) });
    expect(store.meetingSummaries()).toHaveLength(3);
    expect((await readdir(join(dir, 'backups'))).length).toBe(before);
    await store.flush();
    expect((await listBackups(dir)).filter((b) => b.reason === 'daglig')).toHaveLength(2);
    await store.close();
  });

  it('keeps ten daily backups', async () => {
    const { dir } = await storeOf(2);
    const day = 24 * 3600 * 1000;
    for (let d = 1; d <= 12; d += 1) {
      const store = await Store.open(dir, { now: () => new Date(Date.now() + d * day) });
      await store.flush();
      await store.close();
    }
    expect((await listBackups(dir)).filter((b) => b.reason === 'daglig')).toHaveLength(10);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });

  it('a backup made while a save goes on is one consistent moment: a file written meanwhile is taken again', async () => {
    const { dir, ids } = await storeOf(20);
    const app = await openApp(dir);
    await app.store.flush();
    const target = [...ids].sort()[0]!;
    // The save is queued while the backup's first phase copies every file; the second phase runs after it in the queue.
    const backing = app.store.backup('manuel');
    const saved = app.service['meetings.update']({ meetingId: target, location: 'Gemt under kopieringen' });
    const [backup] = await Promise.all([backing, saved]);
    const copied = JSON.parse(await readFile(join(dir, 'backups', backup.id, 'meetings', `${target}.json`), 'utf8')).meeting;
    expect(copied.location).toBe('Gemt under kopieringen');
    expect(backup.meetings).toBe(20);
    await app.close();
  });
});
