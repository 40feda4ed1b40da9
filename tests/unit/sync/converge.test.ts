import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { useTestCouch } from '../helpers/couchServer.ts';
import { comparable, machine, plain, text } from './syncHelpers.ts';

const couch = useTestCouch();

describe('sync: machines converge through one CouchDB', () => {
  it('shares a committee, joins it, and edits on each side converge', async () => {
    const a = await machine(await tempDir(), couch.url);
    const b = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      const meeting = await a.app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-02' });
      let m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Budget 2027' });
      m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Skolestruktur' });
      await a.sync([committee.id]);
      await b.sync([committee.id]);
      expect(b.app.store.committee(committee.id)?.name).toBe(committee.name);
      expect(comparable(b.app.store.meeting(meeting.id))).toEqual(comparable(a.app.store.meeting(meeting.id)));

      // Different fields of one item, and different items, on each side.
      const [i1, i2] = m.items;
      await a.app.service['items.update']({ meetingId: meeting.id, itemId: i1!.id, patch: { title: 'Budget 2027 – 1. behandling' } });
      await b.app.service['items.setSection']({ meetingId: meeting.id, itemId: i1!.id, sectionId: i1!.sections[0]!.id, body: text('Fra B') });
      await b.app.service['items.update']({ meetingId: meeting.id, itemId: i2!.id, patch: { caseNumber: '26/123' } });
      await b.app.service['meetings.update']({ meetingId: meeting.id, location: 'Byrådssalen' });
      await a.sync();
      await b.sync();
      await a.sync();
      const ma = a.app.store.meeting(meeting.id)!;
      const mb = b.app.store.meeting(meeting.id)!;
      expect(ma.items[0]!.title).toBe('Budget 2027 – 1. behandling');
      expect(plain(ma, 0)).toBe('Fra B');
      expect(ma.items[1]!.caseNumber).toBe('26/123');
      expect(ma.location).toBe('Byrådssalen');
      expect(comparable(mb)).toEqual(comparable(ma));
      expect((await b.app.store.verifyAudit()).ok).toBe(true);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  }, 120_000);
});
