import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store, ROOT_FILE, MEETINGS_DIR, meetingPath } from '../../../electron/core/store/store.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { defaultTemplate } from '../../../shared/domain/committee.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

describe('Store', () => {
  it('starts empty in a new data directory and writes its versioned root file', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    expect(store.committees()).toEqual([]);
    expect(store.meetings()).toEqual([]);
    const root = JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8'));
    expect(root).toEqual({ schemaVersion: SCHEMA_VERSION, committees: [], auditHead: null });
    await store.close();
  });

  it('keeps everything across a restart', async () => {
    const dir = await tempDir();
    const first = await openApp(dir);
    const committee = await createCommittee(first.service);
    const meeting = await first.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', time: '14:30', location: 'Lokale Hammelev' });
    let m = await first.service['items.add']({ meetingId: meeting.id, title: 'Godkendelse af dagsorden', caseNumber: '25/30730' });
    const item = m.items[0]!;
    const decision = item.sections.find((s) => s.kind === 'beslutning')!;
    m = await first.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: decision.id, body: docFromParagraphs('Godkendt') });
    await first.close();

    const second = await openApp(dir);
    expect(second.store.committees()).toEqual([committee]);
    expect(second.store.meeting(meeting.id)).toEqual(m);
    expect(second.store.meetingSummaries()).toHaveLength(1);
  });

  it('rewrites only the edited meeting’s file, whatever the number of meetings', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await createCommittee(app.service);
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const m = await app.service['meetings.create']({ committeeId: committee.id, date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}` });
      ids.push(m.id);
    }
    const snapshot = async () => {
      const files = [ROOT_FILE, ...(await readdir(join(dir, MEETINGS_DIR))).map((n) => join(MEETINGS_DIR, n))];
      return new Map(
        await Promise.all(
          files.map(async (f) => {
            const s = await stat(join(dir, f), { bigint: true });
            return [f, `${s.ino}:${s.mtimeNs}`] as const;
          }),
        ),
      );
    };
    const before = await snapshot();
    await new Promise((r) => setTimeout(r, 20));
    await app.service['meetings.update']({ meetingId: ids[17]!, location: 'Mødelokale 8' });
    const after = await snapshot();
    const changed = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
    expect(changed).toEqual([join(MEETINGS_DIR, `${ids[17]}.json`)]);
    expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes durably: the file on disk is complete JSON after every save, with no temp files left', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => app.service['items.add']({ meetingId: meeting.id, title: `Punkt ${i}`, caseNumber: '' })),
    );
    const onDisk = JSON.parse(await readFile(meetingPath(dir, meeting.id), 'utf8'));
    expect(onDisk.meeting.items).toHaveLength(25);
    expect((await readdir(join(dir, MEETINGS_DIR))).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('tells its listeners about every meeting that landed, also when a later one in the same transaction failed', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { background: false });
    const committee = await createCommittee(app.service);
    const [a, b] = [await app.service['meetings.create']({ committeeId: committee.id, date: '2026-06-01' }), await app.service['meetings.create']({ committeeId: committee.id, date: '2026-06-02' })];
    await app.close();
    const store = await Store.open(dir, { background: false });
    const heard: string[] = [];
    store.onChange((change) => heard.push(change.type === 'meeting' ? `${change.meeting.id} ${change.meeting.location}` : change.type));
    const second = store.meeting(b.id)!;
    // The second file cannot be replaced: a folder has taken its name.
    await rm(meetingPath(dir, b.id));
    await mkdir(meetingPath(dir, b.id));
    await expect(
      store.transaction((tx) => {
        tx.putMeeting({ ...tx.meeting(a.id)!, location: 'Byrådssalen', status: 'udsendt' });
        tx.putMeeting({ ...second, location: 'Mødelokale 2', status: 'udsendt' });
      }),
    ).rejects.toThrow();
    expect(heard).toEqual([`${a.id} Byrådssalen`]);
    await store.close();
  });

  it('serializes concurrent writes in the order they were asked for', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    await Promise.all(Array.from({ length: 10 }, (_, i) => app.service['items.add']({ meetingId: meeting.id, title: `P${i}`, caseNumber: '' })));
    expect(app.store.meeting(meeting.id)!.items.map((i) => i.title)).toEqual(Array.from({ length: 10 }, (_, i) => `P${i}`));
  });

  it('opens read-only without creating or writing anything', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir, { readOnly: true });
    expect(await readdir(dir)).toEqual([]);
    await expect(store.putCommittee({ id: 'x', name: 'X', members: [], template: defaultTemplate(), createdAt: '' })).rejects.toThrow(/skrivebeskyttet/);
  });

});
