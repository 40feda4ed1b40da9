import { readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { Store, meetingPath } from '../../../electron/core/store/store.ts';
import { INDEX_FILE } from '../../../electron/core/store/meetingIndex.ts';
import { runCli } from '../../../electron/cli/referent.ts';
import type { StoreChange } from '../../../electron/core/store/store.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

/** A store of `n` meetings, closed cleanly (so its index is a current snapshot). */
async function storeOf(n: number) {
  const dir = await tempDir();
  const app = await openApp(dir);
  const committee = await createCommittee(app.service);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push((await app.service['meetings.create']({ committeeId: committee.id, date: `2026-03-${String(i + 1).padStart(2, '0')}`, location: `Lokale ${i}` })).id);
  await app.close();
  return { dir, ids };
}

/** What another program does to a meeting file: read it, change the location, write it back (atomically, or in place). */
async function changeOutside(dir: string, id: string, location: string, how: 'rename' | 'inPlace') {
  const path = meetingPath(dir, id);
  const file = JSON.parse(await readFile(path, 'utf8'));
  file.meeting.location = location;
  if (how === 'rename') {
    await writeFile(`${path}.sync`, JSON.stringify(file, null, 1));
    await rename(`${path}.sync`, path);
  } else {
    await writeFile(path, JSON.stringify(file, null, 1));
  }
}

const locationOf = (store: Store, id: string) => store.meetingSummaries().find((m) => m.id === id)?.location;

describe('the summary index (index.jsonl)', () => {
  it('a row whose id names a path outside the meetings folder makes the index unreadable: rebuilt, nothing outside touched', async () => {
    const { dir, ids } = await storeOf(2);
    const outside = join(dir, '..', `${dir.split('/').at(-1)}-offer.json`);
    await writeFile(outside, '{"mit":"eget"}');
    for (const id of ['x/../../' + outside.split('/').at(-1)!.slice(0, -5), `x/../${ids[0]}`, '../referent']) {
      const lines = (await readFile(join(dir, INDEX_FILE), 'utf8')).split('\n');
      const header = JSON.parse(lines[0]!);
      header.rows.push([id, ...header.rows[0].slice(1)]);
      header.dirMtimeMs = null;
      lines[0] = JSON.stringify(header);
      await writeFile(join(dir, INDEX_FILE), lines.join('\n'));
      const store = await Store.open(dir);
      await store.checked();
      expect(store.meetingSummaries().map((m) => m.id).sort()).toEqual([...ids].sort());
      expect(store.notices().join(' ')).not.toContain('karantæne');
      await store.close();
    }
    expect(await readFile(outside, 'utf8')).toBe('{"mit":"eget"}');
    await rm(outside);
    expect(JSON.parse(await readFile(meetingPath(dir, ids[0]!), 'utf8')).meeting.location).toBe('Lokale 0');
  });


  it('a row whose columns are of the wrong kind (a status Referent does not have, a count as text) makes the index unreadable: rebuilt from the files', async () => {
    const { dir, ids } = await storeOf(2);
    const column = { status: 6, itemCount: 5, location: 4, approvals: 7 } as const;
    for (const [name, value] of [['status', 'hacket'], ['itemCount', '12'], ['location', { html: '<img src=x>' }], ['approvals', -1]] as const) {
      const lines = (await readFile(join(dir, INDEX_FILE), 'utf8')).split('\n');
      const header = JSON.parse(lines[0]!);
      // The stamp left as it is: only the row's own values say it is not Referent's.
      header.rows[0][column[name]] = value;
      lines[0] = JSON.stringify(header);
      await writeFile(join(dir, INDEX_FILE), lines.join('\n'));
      const store = await Store.open(dir);
      const first = store.meetingSummaries().find((m) => m.id === ids[0]);
      expect(first, name).toMatchObject({ status: 'kladde', itemCount: 0, location: 'Lokale 0', approvals: 0 });
      await store.close();
    }
  });


  it('open answers the meeting list from the index without reading a single meeting file', async () => {
    const { dir, ids } = await storeOf(4);
    // Every meeting file replaced by garbage of the same size and mtime, in place: only reading it could tell.
    for (const id of ids) {
      const path = meetingPath(dir, id);
      const before = await stat(path);
      await writeFile(path, Buffer.alloc(before.size, 0x7b));
      await utimes(path, before.atime, before.mtime);
    }
    const store = await Store.open(dir, { readOnly: true });
    expect(store.meetingSummaries().map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(locationOf(store, ids[2]!)).toBe('Lokale 2');
    // A body is read (and validated) when the meeting is opened.
    expect(() => store.meeting(ids[0]!)).toThrow(/kan ikke læses lige nu/);
    // `referent list` reads the index too; `check` still reads and validates every file.
    const out: string[] = [];
    expect(await runCli(['list', '--data', dir, '--json'], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect((JSON.parse(out.join('\n')) as unknown[]).length).toBe(4);
    const err: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toContain(`meetings/${ids[0]}.json`);
  });

  it('the list and the numbering answered from the index are exactly what reading every file gives', async () => {
    const { dir, ids } = await storeOf(3);
    const fromIndex = await Store.open(dir, { readOnly: true });
    const listed = fromIndex.meetingSummaries();
    const numbering = ids.map((id) => fromIndex.summary(id));
    await fromIndex.close();
    await rename(join(dir, INDEX_FILE), join(dir, `${INDEX_FILE}.old`));
    const fromFiles = await Store.open(dir, { readOnly: true });
    // Strictly equal: the same plain objects' fields, nothing of the index's packed form leaks into an answer.
    expect(listed).toStrictEqual(fromFiles.meetingSummaries());
    expect(numbering).toStrictEqual(ids.map((id) => fromFiles.summary(id)));
    expect(Object.keys(listed[0]!)).toEqual(['id', 'committeeId', 'date', 'time', 'location', 'itemCount', 'status', 'approvals', 'updatedAt']);
    await fromFiles.close();
  });

  it('a crash between a meeting save and the index save: the meeting’s new stamp is found at the next open, without a notice', async () => {
    const { dir, ids } = await storeOf(3);
    // The state such a crash leaves: the meeting file saved (durably, by the store's own writer), the index as it
    // was before that save (its line never written), and the lock of a process that is gone.
    const indexBefore = await readFile(join(dir, INDEX_FILE));
    const app = await openApp(dir);
    await app.service['meetings.update']({ meetingId: ids[1]!, location: 'Gemt før nedbruddet' });
    const afterSave = await readFile(meetingPath(dir, ids[1]!));
    await app.close();
    await writeFile(join(dir, INDEX_FILE), indexBefore);
    await writeFile(join(dir, 'referent.lock.99'), JSON.stringify({ token: 'død', pid: 2 ** 22 + 99, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    expect(await readFile(meetingPath(dir, ids[1]!))).toEqual(afterSave);
    expect((await readFile(join(dir, INDEX_FILE), 'utf8')).includes('Gemt før nedbruddet')).toBe(false);

    const reopened = await Store.open(dir);
    expect(locationOf(reopened, ids[1]!)).toBe('Gemt før nedbruddet');
    expect(reopened.notices()).toEqual([]);
    await reopened.close();
    // The index was written again: the next open takes the fast path with the right summary.
    const again = await Store.open(dir, { readOnly: true });
    expect(locationOf(again, ids[1]!)).toBe('Gemt før nedbruddet');
  });

  it('a stale index (files replaced by another program while Referent was closed): found at open, with a notice', async () => {
    const { dir, ids } = await storeOf(3);
    await changeOutside(dir, ids[0]!, 'Ændret af synkronisering', 'rename');
    const store = await Store.open(dir);
    expect(locationOf(store, ids[0]!)).toBe('Ændret af synkronisering');
    expect(store.notices().join(' ')).toContain('En mødefil var ændret, tilføjet eller fjernet uden for Referent');
    await store.close();
  });

  it('a file edited in place while closed (the folder’s mtime does not move): found by the check right after open', async () => {
    const { dir, ids } = await storeOf(3);
    await changeOutside(dir, ids[2]!, 'Rettet i en editor', 'inPlace');
    const store = await Store.open(dir);
    const changes: StoreChange[] = [];
    store.onChange((c) => changes.push(c));
    await store.checked();
    expect(locationOf(store, ids[2]!)).toBe('Rettet i en editor');
    expect(changes).toEqual([{ type: 'meeting', meeting: expect.objectContaining({ id: ids[2], location: 'Rettet i en editor' }) }]);
    expect(store.notices().join(' ')).toContain('uden for Referent');
    await store.close();
  });

  for (const [name, damage, notice] of [
    ['missing', async (path: string) => writeFile(path, '').then(() => import('node:fs/promises')).then((fs) => fs.unlink(path)), 'manglede eller kunne ikke bruges'],
    ['garbled', async (path: string) => writeFile(path, '{"kind":"referent-oversigt","rows":[["halv'), 'manglede eller kunne ikke bruges'],
    ['from an older version', async (path: string) => {
      const [header, ...rest] = (await readFile(path, 'utf8')).split('\n');
      await writeFile(path, [JSON.stringify({ ...JSON.parse(header!), version: 0 }), ...rest].join('\n'));
    }, 'var fra en anden version af Referent'],
  ] as const) {
    it(`an index ${name}: rebuilt from the meeting files, with a notice`, async () => {
      const { dir, ids } = await storeOf(3);
      await damage(join(dir, INDEX_FILE));
      const store = await Store.open(dir);
      expect(store.meetingSummaries().map((m) => m.id).sort()).toEqual([...ids].sort());
      expect(store.notices().join(' ')).toContain(notice);
      await store.close();
      const again = await Store.open(dir);
      expect(again.notices()).toEqual([]);
      await again.close();
    });
  }

  it('a meeting file changed by another process while the store is open and the index current: read again, the index and the listeners follow', async () => {
    const { dir, ids } = await storeOf(3);
    const app = await openApp(dir);
    await app.store.checked();
    const changes: StoreChange[] = [];
    app.store.onChange((c) => changes.push(c));
    expect(app.store.meeting(ids[1]!)!.location).toBe('Lokale 1');
    for (const [how, location] of [['rename', 'Synkroniseret ind'], ['inPlace', 'Rettet på stedet i en editor']] as const) {
      await changeOutside(dir, ids[1]!, location, how);
      // The cached copy is not trusted: its file's stamp is checked on every read.
      expect((await app.service['meetings.get']({ meetingId: ids[1]! })).location).toBe(location);
      expect((await app.service['meetings.list']({})).find((m) => m.id === ids[1])!.location).toBe(location);
    }
    expect(changes.map((c) => (c.type === 'meeting' ? c.meeting.location : c.type))).toEqual(['Synkroniseret ind', 'Rettet på stedet i en editor']);
    // An edit now starts from what the other program wrote.
    const edited = await app.service['meetings.update']({ meetingId: ids[1]!, time: '09:00' });
    expect(edited).toMatchObject({ location: 'Rettet på stedet i en editor', time: '09:00' });
    await app.close();
    const again = await Store.open(dir, { readOnly: true });
    expect(locationOf(again, ids[1]!)).toBe('Rettet på stedet i en editor');
  });
  it('a meeting file added by another program while the store is open: found after open, and the snapshot at close does not vouch for the folder', async () => {
    const { dir, ids } = await storeOf(2);
    const app = await openApp(dir);
    await app.store.checked();
    // Another program adds a meeting (a copy of one under a new id) and replaces another, both by rename, while the window is open …
    const added = JSON.parse(await readFile(meetingPath(dir, ids[0]!), 'utf8'));
    added.meeting.id = 'tilfoejet-udefra';
    added.meeting.location = 'Tilføjet udefra';
    await writeFile(`${meetingPath(dir, 'tilfoejet-udefra')}.sync`, JSON.stringify(added));
    await rename(`${meetingPath(dir, 'tilfoejet-udefra')}.sync`, meetingPath(dir, 'tilfoejet-udefra'));
    await changeOutside(dir, ids[1]!, 'Erstattet udefra', 'rename');
    // … and the secretary saves something and closes: the snapshot is written with the folder's new mtime.
    await app.service['meetings.update']({ meetingId: ids[0]!, time: '10:00' });
    await app.close();

    // Every later open sees both, read-only or not, the CLI included.
    const ro = await Store.open(dir, { readOnly: true, background: false });
    expect(ro.meetingIds()).toContain('tilfoejet-udefra');
    expect(locationOf(ro, ids[1]!)).toBe('Erstattet udefra');
    await ro.close();
    const out: string[] = [];
    expect(await runCli(['list', '--data', dir, '--json'], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect((JSON.parse(out.join('\n')) as { id: string }[]).map((m) => m.id)).toContain('tilfoejet-udefra');
    const store = await Store.open(dir);
    expect(locationOf(store, 'tilfoejet-udefra')).toBe('Tilføjet udefra');
    await store.close();
  });

  it('a meeting file added beside an index that vouches for the folder (its mtime set back): found by the check after open', async () => {
    const { dir, ids } = await storeOf(2);
    const folder = join(dir, 'meetings');
    const before = await stat(folder);
    const added = JSON.parse(await readFile(meetingPath(dir, ids[0]!), 'utf8'));
    added.meeting.id = 'lagt-ind-i-smug';
    await writeFile(meetingPath(dir, 'lagt-ind-i-smug'), JSON.stringify(added));
    await utimes(folder, before.atime, before.mtime);
    const store = await Store.open(dir);
    await store.checked();
    expect(store.meetingIds()).toContain('lagt-ind-i-smug');
    expect(store.notices().join(' ')).toContain('uden for Referent');
    await store.close();
    // A read-only window checks too, and writes nothing.
    await utimes(folder, before.atime, before.mtime);
    const index = await readFile(join(dir, INDEX_FILE));
    await changeOutside(dir, ids[1]!, 'Rettet mens mappen kun blev læst', 'inPlace');
    const ro = await Store.open(dir, { readOnly: true });
    await ro.checked();
    expect(locationOf(ro, ids[1]!)).toBe('Rettet mens mappen kun blev læst');
    await ro.close();
    expect(await readFile(join(dir, INDEX_FILE))).toEqual(index);
  });

  it('a meeting deleted just before a crash that lost the index line: not brought back from a backup', async () => {
    const { dir, ids } = await storeOf(2);
    let store = await Store.open(dir, { background: false });
    await store.backup('manuel');
    await store.close();
    const indexBefore = await readFile(join(dir, INDEX_FILE));
    store = await Store.open(dir, { background: false });
    await store.deleteMeeting(ids[0]!);
    await store.close();
    // What a power cut leaves: the delete and its audit entry on disk (both fsynced), the index line not, the lock behind.
    await writeFile(join(dir, INDEX_FILE), indexBefore);
    await writeFile(join(dir, 'referent.lock.99'), JSON.stringify({ token: 'x', pid: 2 ** 22 + 99, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    store = await Store.open(dir, { background: false });
    expect(store.meetingIds()).toEqual([ids[1]]);
    expect((await store.auditEntries()).map((e) => e.action)).not.toContain('moede_mistet');
    await store.close();
    expect(await readFile(meetingPath(dir, ids[0]!)).catch(() => null)).toBeNull();
    // A meeting deleted by hand, which the log never saw deleted, is still put back.
    await import('node:fs/promises').then((fs) => fs.unlink(meetingPath(dir, ids[1]!)));
    store = await Store.open(dir, { background: false });
    expect(store.meetingIds()).toEqual([ids[1]]);
    expect(store.notices().join(' ')).toContain(`${ids[1]}.json`);
    await store.close();
  });

  it('check reads the meeting files the index does not list, and names an index row that disagrees with its unchanged file', async () => {
    const { dir, ids } = await storeOf(1);
    const st = await stat(meetingPath(dir, ids[0]!));
    const row = JSON.parse((await readFile(join(dir, INDEX_FILE), 'utf8')).split('\n')[0]!).rows[0] as unknown[];
    // A journal line written by hand, with the file's real stamp: the draft as approved three times.
    const forged = [...row.slice(0, 6), 'godkendt', 3, ...row.slice(8, 11), st.size, st.mtimeMs, st.ino];
    await writeFile(join(dir, INDEX_FILE), `${await readFile(join(dir, INDEX_FILE), 'utf8')}${JSON.stringify({ put: forged, auditHead: null })}\n`);
    const err: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: (l) => err.push(l), err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toContain(`siger noget andet om mødet ${ids[0]}`);
    // A file the index does not list (the folder's mtime set back) is read and checked all the same.
    const folder = join(dir, 'meetings');
    const before = await stat(folder);
    await writeFile(join(dir, INDEX_FILE), (await readFile(join(dir, INDEX_FILE), 'utf8')).split('\n')[0] + '\n');
    await writeFile(meetingPath(dir, 'uden-i-oversigten'), '{"schemaVersion": 1, "meeting": {"id": "uden-i-oversigten"}}');
    await utimes(folder, before.atime, before.mtime);
    const again: string[] = [];
    expect(await runCli(['check', '--data', dir], { out: (l) => again.push(l), err: (l) => again.push(l) })).toBe(1);
    expect(again.join('\n')).toContain('uden-i-oversigten.json');
    expect(again.join('\n')).toContain('står ikke i oversigten');
  });
});
