import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { useTestCouch } from '../helpers/couchServer.ts';
import { comparable, machine, plain, text, type Machine } from './syncHelpers.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';

const couch = useTestCouch();

async function pair(): Promise<{ a: Machine; b: Machine; committeeId: string; meetingId: string; itemId: string; sectionId: string }> {
  const a = await machine(await tempDir(), couch.url);
  const b = await machine(await tempDir(), couch.url);
  const committee = await createCommittee(a.app.service);
  const meeting = await a.app.service['meetings.create']({ committeeId: committee.id, date: '2026-04-01' });
  const m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Lokalplan 12' });
  await a.app.service['items.add']({ meetingId: meeting.id, title: 'Eventuelt' });
  await a.sync([committee.id]);
  await b.sync([committee.id]);
  return { a, b, committeeId: committee.id, meetingId: meeting.id, itemId: m.items[0]!.id, sectionId: m.items[0]!.sections[0]!.id };
}

async function settle(...machines: Machine[]) {
  for (let i = 0; i < 2; i++) for (const x of machines) await x.sync();
}

describe('sync: conflicts lose nothing', () => {
  it('the same text edited offline on both machines becomes a conflict with both versions, resolved by keeping theirs or a merge', async () => {
    const { a, b, meetingId, itemId, sectionId } = await pair();
    try {
      await a.app.service['items.setSection']({ meetingId, itemId, sectionId, body: text('Version fra A') });
      await b.app.service['items.setSection']({ meetingId, itemId, sectionId, body: text('Version fra B') });
      await a.app.service['items.update']({ meetingId, itemId, patch: { title: 'Titel fra A' } });
      await b.app.service['items.update']({ meetingId, itemId, patch: { title: 'Titel fra B' } });
      await a.sync();
      const report = await b.sync();
      expect(report.openConflicts).toBe(2);
      await settle(a, b);

      // Both machines agree on the stored meeting, and both show the two conflicts with both versions.
      const ma = a.app.store.meeting(meetingId)!;
      expect(comparable(ma)).toEqual(comparable(b.app.store.meeting(meetingId)));
      const seenOnA = await a.app.service['sync.conflicts']({});
      const seenOnB = await b.app.service['sync.conflicts']({});
      expect(seenOnA.map((c) => c.id).sort()).toEqual(seenOnB.map((c) => c.id).sort());
      const section = seenOnB.find((c) => c.path === `section:${sectionId}`)!;
      expect(section.kind).toBe('tekst');
      expect(section.mineIsHere).toBe(true);
      expect(seenOnA.find((c) => c.id === section.id)!.mineIsHere).toBe(false);
      const versions = [docToPlainText(section.mine as RichDoc), docToPlainText(section.theirs as RichDoc)].sort();
      expect(versions).toEqual(['Version fra A', 'Version fra B']);
      expect(plain(ma, 0)).toBe('Version fra B');

      // Resolved on A: the text keeps theirs (B's, as recorded on B) ... and the title gets a merge written by hand.
      await a.app.service['sync.resolve']({ conflictId: section.id, choice: 'theirs' });
      const title = seenOnA.find((c) => c.path === 'title')!;
      await a.app.service['sync.resolve']({ conflictId: title.id, choice: 'merged', value: 'Titel fra A og B' });
      await settle(a, b);
      for (const x of [a, b]) {
        const m = x.app.store.meeting(meetingId)!;
        expect(plain(m, 0)).toBe('Version fra A');
        expect(m.items[0]!.title).toBe('Titel fra A og B');
        expect(await x.app.service['sync.conflicts']({})).toEqual([]);
      }
      expect(await b.app.service['sync.status']({})).toMatchObject({ conflicts: 0 });
    } finally {
      await a.app.close();
      await b.app.close();
    }
  }, 120_000);

  it('a protocol sent to approval beats a draft edit made offline elsewhere, which goes to the conflict tray', async () => {
    const { a, b, meetingId, itemId, sectionId } = await pair();
    try {
      await a.app.service['items.setSection']({ meetingId, itemId, sectionId, body: text('Indstillingen som sendt') });
      await a.app.service['approvals.send']({ meetingId });
      await b.app.service['items.update']({ meetingId, itemId, patch: { title: 'Ændret på B imens' } });
      await a.sync();
      await b.sync();
      await settle(a, b);
      for (const x of [a, b]) {
        const m = x.app.store.meeting(meetingId)!;
        expect(m.status).toBe('til_godkendelse');
        expect(m.items[0]!.title).toBe('Lokalplan 12');
        const status = await x.app.service['approvals.status']({ meetingId });
        expect(status.intact).toBe(true);
      }
      const tray = await b.app.service['sync.conflicts']({});
      expect(tray).toHaveLength(1);
      expect(tray[0]!.kind).toBe('laast');
      expect(JSON.stringify(tray[0]!.mineIsHere ? tray[0]!.mine : tray[0]!.theirs)).toContain('Ændret på B imens');
      // Using the losing edit needs a reopening; refused while the protocol is out for approval.
      await expect(b.app.service['sync.resolve']({ conflictId: tray[0]!.id, choice: tray[0]!.mineIsHere ? 'mine' : 'theirs' })).rejects.toThrow();
    } finally {
      await a.app.close();
      await b.app.close();
    }
  }, 120_000);

  it('offline edits on both sides converge after reconnecting, three machines, items added, moved and deleted', async () => {
    const { a, b, committeeId, meetingId, itemId } = await pair();
    const c = await machine(await tempDir(), couch.url);
    try {
      await c.sync([committeeId]);
      // All three offline: each works on its own.
      await a.app.service['items.add']({ meetingId, title: 'Nyt fra A' });
      await b.app.service['items.add']({ meetingId, title: 'Nyt fra B' });
      const mc = c.app.store.meeting(meetingId)!;
      await c.app.service['items.move']({ meetingId, itemId: mc.items[1]!.id, toIndex: 0 });
      await c.app.service['items.update']({ meetingId, itemId, patch: { caseNumber: '26/777' } });
      await b.app.service['meetings.update']({ meetingId, location: 'Mødelokale 2' });
      const extra = await a.app.service['meetings.create']({ committeeId, date: '2026-05-06' });
      // Back online, in any order.
      await settle(c, b, a);
      await settle(a, b, c);
      const ma = a.app.store.meeting(meetingId)!;
      for (const x of [b, c]) {
        expect(comparable(x.app.store.meeting(meetingId))).toEqual(comparable(ma));
        expect(x.app.store.meeting(extra.id)).toBeTruthy();
      }
      expect(ma.items.map((i) => i.title).sort()).toEqual(['Eventuelt', 'Lokalplan 12', 'Nyt fra A', 'Nyt fra B']);
      expect(ma.items[0]!.title).toBe('Eventuelt');
      expect(ma.items.find((i) => i.id === itemId)!.caseNumber).toBe('26/777');
      expect(ma.location).toBe('Mødelokale 2');
      expect(await a.app.service['sync.conflicts']({})).toEqual([]);

      // A deletion travels too.
      const toGo = ma.items.find((i) => i.title === 'Nyt fra B')!;
      await c.app.service['items.remove']({ meetingId, itemId: toGo.id });
      await settle(c, a, b);
      expect(a.app.store.meeting(meetingId)!.items.some((i) => i.id === toGo.id)).toBe(false);
      expect(comparable(b.app.store.meeting(meetingId))).toEqual(comparable(c.app.store.meeting(meetingId)));
    } finally {
      await a.app.close();
      await b.app.close();
      await c.app.close();
    }
  }, 180_000);
});
