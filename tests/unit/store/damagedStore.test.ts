import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { runCli } from '../../../electron/cli/referent.ts';
import { Store, ROOT_FILE, QUARANTINE_DIR, meetingPath } from '../../../electron/core/store/store.ts';
import { createBackup } from '../../../electron/core/store/backups.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

/** A store with one committee and two meetings, a good backup of it, and then one more edit after the backup. */
async function storeWithBackup() {
  const dir = await tempDir();
  // No daily backup in the fixture (it starts a moment after open, and could otherwise be taken after the last edit): the manual one is the newest good copy.
  const app = await openApp(dir, { background: false });
  const committee = await createCommittee(app.service);
  const a = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', location: 'Lokale Hammelev' });
  const b = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  await createBackup(dir, 'manuel', SCHEMA_VERSION);
  await app.service['meetings.update']({ meetingId: a.id, location: 'Efter kopien' });
  await app.close();
  return { dir, committee, a, b };
}

const damages: Record<string, (bytes: Buffer) => Buffer> = {
  tom: () => Buffer.alloc(0),
  afkortet: (b) => b.subarray(0, Math.floor(b.length / 2)),
  'NUL-fyldt': (b) => Buffer.alloc(b.length),
  'forkert skema': () => Buffer.from(JSON.stringify({ schemaVersion: SCHEMA_VERSION, meeting: { id: 42, date: 'i går' } })),
  // Saved again by an editor as Windows-1252: read as UTF-8 the ø would become U+FFFD, and the next save would keep that.
  'Windows-1252': (b) => Buffer.from(b.toString('utf8').replace(/"(location|name)":\s*"/, '"$1": "Mødested '), 'latin1'),
};

describe('a damaged store', () => {
  for (const [name, damage] of Object.entries(damages)) {
    it(`${name} meeting file: quarantined byte for byte, restored from the newest good backup, and the user is told`, async () => {
      const { dir, a, b } = await storeWithBackup();
      const path = meetingPath(dir, a.id);
      const bad = damage(await readFile(path));
      // Written in place, as a crash or a sync tool might: the meetings folder's mtime does not move, only the file's stamp.
      await writeFile(path, bad);
      const store = await Store.open(dir);
      // Open lists from the index; the check of every file's stamp right after open finds the damage.
      await store.checked();
      expect(store.meetings().map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
      expect(store.meeting(a.id)!.location).toBe('Lokale Hammelev');
      const notices = store.notices().join(' ');
      expect(notices).toContain('er flyttet uændret til karantæne');
      expect(notices).toContain('gendannet fra sikkerhedskopien');
      const [quarantined] = await readdir(join(dir, QUARANTINE_DIR));
      expect(await readFile(join(dir, QUARANTINE_DIR, quarantined!))).toEqual(bad);
      await store.close();
      // The restored file is back on disk: the next start is clean.
      const again = await Store.open(dir);
      expect(again.notices()).toEqual([]);
      await again.close();
    });

    it(`${name} root file: never starts empty, restores committees from the backup`, async () => {
      const { dir, committee } = await storeWithBackup();
      const bad = damage(await readFile(join(dir, ROOT_FILE)));
      await writeFile(join(dir, ROOT_FILE), bad);
      const store = await Store.open(dir);
      await store.checked();
      expect(store.committees().map((c) => c.id)).toEqual([committee.id]);
      expect(store.meetings()).toHaveLength(2);
      expect(store.notices().join(' ')).toContain('referent.json');
      await store.close();
    });
  }

  it('a meeting file a newer Referent wrote reads here, and is never saved here (its new fields would be lost)', async () => {
    const { dir, a } = await storeWithBackup();
    const path = meetingPath(dir, a.id);
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, schemaVersion: SCHEMA_VERSION + 1, meeting: { ...file.meeting, nytFelt: 'fra version 6' } }));
    const newer = await readFile(path);
    const app = await openApp(dir, { background: false });
    expect(app.store.meeting(a.id)!.location).toBe('Efter kopien');
    await expect(app.service['meetings.update']({ meetingId: a.id, location: 'Her' })).rejects.toThrow(/gemt af en nyere version af Referent .* kan læses her, men ikke ændres/);
    await app.close();
    expect(await readFile(path)).toEqual(newer);
  });

  it('a file where the meetings folder belongs: refused in Danish, naming it; a folder named referent.json is put aside', async () => {
    const { dir } = await storeWithBackup();
    await rm(join(dir, 'meetings'), { recursive: true });
    await writeFile(join(dir, 'meetings'), 'x');
    for (const readOnly of [false, true]) {
      await expect(Store.open(dir, { readOnly })).rejects.toThrow(/^Datamappen .* kan ikke åbnes: meetings er en fil, hvor der skulle være en mappe\./);
    }
    const other = await storeWithBackup();
    await rm(join(other.dir, ROOT_FILE));
    await mkdir(join(other.dir, ROOT_FILE));
    const store = await Store.open(other.dir);
    expect(store.notices().join(' ')).toContain('ikke en almindelig fil');
    expect(store.committees().map((c) => c.name)).toEqual([other.committee.name]);
    await store.close();
  });

  it('a byte order mark an editor added is no damage: the file reads as it was, nothing is put aside', async () => {
    const { dir, a } = await storeWithBackup();
    for (const path of [meetingPath(dir, a.id), join(dir, ROOT_FILE)]) await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(path)]));
    const store = await Store.open(dir);
    await store.checked();
    expect(store.meeting(a.id)!.location).toBe('Efter kopien');
    expect(store.notices().join(' ')).not.toContain('karantæne');
    await store.close();
  });

  it('a FIFO where a meeting file belongs is put aside as not a regular file; open and check do not hang on it', async () => {
    const { dir, a, b } = await storeWithBackup();
    execFileSync('mkfifo', [meetingPath(dir, 'roer-ikke')]);
    const store = await Store.open(dir);
    await store.checked();
    expect(store.meetings().map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(store.notices().join(' ')).toContain('ikke en almindelig fil');
    await store.close();
    expect(await readdir(join(dir, QUARANTINE_DIR))).toHaveLength(1);
    const lines: string[] = [];
    // check answers (the file it stood for had no backup to come back from, which it reports) instead of hanging.
    expect(await runCli(['check', '--data', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n')).toContain('Mødet roer-ikke gik tabt');
  });

  it('a link in a ring named like a meeting file: check names it in Danish; open puts the link aside and goes on', async () => {
    const { dir, a, b } = await storeWithBackup();
    await symlink('ring.json', meetingPath(dir, 'ring'));
    const lines: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n')).toContain('meetings/ring.json: et symbolsk link, der går i ring');
    const store = await Store.open(dir);
    await store.checked();
    expect(store.meetings().map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(store.notices().join(' ')).toContain('Filen meetings/ring.json var beskadiget (et symbolsk link, der går i ring)');
    await store.close();
    const [quarantined] = await readdir(join(dir, QUARANTINE_DIR));
    expect(await readlink(join(dir, QUARANTINE_DIR, quarantined!))).toBe('ring.json');
  });

  it('a file named backups: check reports it in Danish instead of failing', async () => {
    const { dir } = await storeWithBackup();
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'ikke en mappe');
    const lines: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n')).toContain('Sikkerhedskopierne kan ikke læses: backups er en fil, hvor der skulle være en mappe');
  });

  it('refuses to start empty when the root file is damaged and there is no backup, and keeps the file', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    await createCommittee(app.service);
    await app.close();
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, ROOT_FILE), '{"schemaVersion": 2, "committ');
    await expect(Store.open(dir)).rejects.toThrow(/starter ikke med en tom mappe/);
    const [quarantined] = await readdir(join(dir, QUARANTINE_DIR));
    expect(await readFile(join(dir, QUARANTINE_DIR, quarantined!), 'utf8')).toBe('{"schemaVersion": 2, "committ');
  });

  it('a meeting with no backup stays in quarantine and the others open, with a notice', async () => {
    const { dir, b } = await storeWithBackup();
    const c = JSON.parse(await readFile(meetingPath(dir, b.id), 'utf8'));
    c.meeting.id = 'ny-efter-kopien';
    await writeFile(meetingPath(dir, 'ny-efter-kopien'), JSON.stringify(c).slice(0, 100));
    const store = await Store.open(dir);
    await store.checked();
    expect(store.meetings()).toHaveLength(2);
    expect(store.notices().join(' ')).toContain('fandtes ikke i nogen sikkerhedskopi');
    await store.close();
  });

  it('written by a newer version: opens read-only, says so, and refuses writes', async () => {
    const { dir } = await storeWithBackup();
    const root = JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8'));
    await writeFile(join(dir, ROOT_FILE), JSON.stringify({ ...root, schemaVersion: SCHEMA_VERSION + 1, somethingNew: true }));
    const before = await readFile(join(dir, ROOT_FILE));
    const app = await openApp(dir);
    expect(app.store.readOnly).toBe(true);
    expect(app.store.notices().join(' ')).toContain('nyere version af Referent');
    expect(app.store.committees()).toHaveLength(1);
    await expect(app.service['committees.create']({ name: 'Nyt udvalg', members: [] })).rejects.toThrow(/skrivebeskyttet/);
    expect(await readFile(join(dir, ROOT_FILE))).toEqual(before);
    await app.close();
  });
});

describe('one writer', () => {
  it('a second writer is refused in Danish while the first holds the store', async () => {
    const dir = await tempDir();
    const first = await openApp(dir);
    await expect(openApp(dir)).rejects.toThrow(/i brug af et andet Referent-vindue/);
    await first.close();
    const second = await openApp(dir);
    await second.close();
  });

  it('a lock held on another computer (a shared folder) is not taken over; the refusal names that computer and the file to delete', async () => {
    const dir = await tempDir();
    const lock = JSON.stringify({ token: 'fjern', pid: 4242, host: 'SEKR-PC-07\u001b[2J<b>', since: '2026-12-01T08:15:00Z' });
    await writeFile(join(dir, 'referent.lock.3'), lock);
    const refusal = await openApp(dir).catch((error: unknown) => error as Error);
    expect(refusal).toBeInstanceOf(Error);
    const message = (refusal as Error).message;
    expect(message).toContain('i brug af Referent på en anden computer, SEKR-PC-072Jb (siden 01-12-2026 kl.');
    expect(message).toContain('slet filen referent.lock.3 i datamappen');
    expect(await readFile(join(dir, 'referent.lock.3'), 'utf8')).toBe(lock);
  });

  it('a stray file named like a lock generation that Referent never writes (a leading zero, a huge number) does not jam the lock', async () => {
    const { dir } = await storeWithBackup();
    for (const name of ['referent.lock.007', 'referent.lock.99999999999999999999']) await writeFile(join(dir, name), '{}');
    const store = await Store.open(dir);
    await store.close();
  });

  it('a stale lock from a process that died is taken over: the next generation, at once', async () => {
    const dir = await tempDir();
    const { hostname } = await import('node:os');
    await writeFile(join(dir, 'referent.lock.7'), JSON.stringify({ token: 'gammel', pid: 2 ** 22 + 12345, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const app = await openApp(dir);
    expect(JSON.parse(await readFile(join(dir, 'referent.lock.8'), 'utf8')).pid).toBe(process.pid);
    expect((await readdir(dir)).filter((n) => n.startsWith('referent.lock'))).toEqual(['referent.lock.8']);
    await app.close();
    // Released, not deleted: generations only grow, so no later start can race for a number already used.
    expect(JSON.parse(await readFile(join(dir, 'referent.lock.8'), 'utf8')).released).toBe(true);
    const again = await openApp(dir);
    expect((await readdir(dir)).filter((n) => n.startsWith('referent.lock'))).toEqual(['referent.lock.9']);
    await again.close();
  });

  it('a lock file left by an older Referent (referent.lock) is honoured while its process lives, and taken over when it is gone', async () => {
    const dir = await tempDir();
    const { hostname } = await import('node:os');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(join(dir, 'referent.lock'), JSON.stringify({ token: 'gammel', pid: child.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
      await expect(openApp(dir)).rejects.toThrow(/i brug af et andet Referent-vindue/);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const app = await openApp(dir);
    expect(await readdir(dir)).not.toContain('referent.lock');
    await app.close();
  });

  it('reading (the CLI) needs no lock and takes none', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const reader = await Store.open(dir, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    await app.close();
  });
});
