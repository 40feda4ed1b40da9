import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

async function meetingWith(...titles: string[]) {
  const app = await openApp(await tempDir());
  const committee = await createCommittee(app.service);
  let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  for (const title of titles) m = await app.service['items.add']({ meetingId: m.id, title });
  return { app, committee, meeting: m };
}

describe('agenda item operations', () => {
  it('duplicates an item right after it, with fresh ids', async () => {
    const { app, meeting } = await meetingWith('A', 'B');
    const m = await app.service['items.duplicate']({ meetingId: meeting.id, itemId: meeting.items[0]!.id });
    expect(m.items.map((i) => i.title)).toEqual(['A', 'A (kopi)', 'B']);
    expect(m.items[1]!.id).not.toBe(m.items[0]!.id);
    expect(m.items[1]!.sections.map((s) => s.id)).not.toEqual(m.items[0]!.sections.map((s) => s.id));
    await app.close();
  });

  it('puts a deleted item back in its place (undo)', async () => {
    const { app, meeting } = await meetingWith('A', 'B', 'C');
    const removed = meeting.items[1]!;
    await app.service['items.remove']({ meetingId: meeting.id, itemId: removed.id });
    const m = await app.service['items.restore']({ meetingId: meeting.id, item: removed, index: 1 });
    expect(m.items).toEqual(meeting.items);
    await expect(app.service['items.restore']({ meetingId: meeting.id, item: removed, index: 1 })).rejects.toThrow('findes allerede');
    await app.close();
  });

  it('adds sub-items and items of each kind, after a chosen item', async () => {
    const { app, meeting } = await meetingWith('A', 'B');
    const m = await app.service['items.add']({ meetingId: meeting.id, title: 'A1', subItem: true, kind: 'orientering', afterItemId: meeting.items[0]!.id });
    expect(m.items.map((i) => [i.title, i.subItem, i.kind])).toEqual([
      ['A', false, 'beslutning'],
      ['A1', true, 'orientering'],
      ['B', false, 'beslutning'],
    ]);
    await app.close();
  });

  it('postpones an item to a later meeting of the same body: marked here, copied there', async () => {
    const { app, committee, meeting } = await meetingWith('Kommissorier', 'Eventuelt');
    const later = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-03' });
    const source = await app.service['items.postpone']({ meetingId: meeting.id, itemId: meeting.items[0]!.id, toMeetingId: later.id });
    expect(source.items[0]!.postponedTo).toEqual({ meetingId: later.id, date: '2026-03-03' });
    const target = app.store.meeting(later.id)!;
    expect(target.items.map((i) => i.title)).toEqual(['Kommissorier']);
    expect(target.items[0]!.postponedFrom).toEqual({ meetingId: meeting.id, date: '2026-02-03' });
    await expect(app.service['items.postpone']({ meetingId: meeting.id, itemId: meeting.items[0]!.id, toMeetingId: later.id })).rejects.toThrow('allerede udsat');
    const other = await app.service['committees.create']({ name: 'Andet udvalg' });
    const elsewhere = await app.service['meetings.create']({ committeeId: other.id, date: '2026-03-03' });
    await expect(app.service['items.postpone']({ meetingId: meeting.id, itemId: meeting.items[1]!.id, toMeetingId: elsewhere.id })).rejects.toThrow('samme udvalg');
    await app.close();
  });

  it('records attendance per item, protokolbemærkninger, substitutes, the case flow and a public title', async () => {
    const { app, committee, meeting } = await meetingWith('Personalesag');
    const [a, b, c] = committee.members;
    let m = await app.service['items.update']({
      meetingId: meeting.id,
      itemId: meeting.items[0]!.id,
      patch: {
        closed: true,
        publicTitle: 'Lukket: Personalesag',
        absences: [{ memberId: a!.id, reason: 'inhabil', note: 'Deltog ikke i behandlingen af punktet.' }],
        remarks: [{ memberId: b!.id, text: 'Venstre kan ikke støtte indstillingen.' }],
        caseFlow: { bodies: ['BSU', 'ØU', 'KB'], steps: [{ step: 'Indstilling', bodies: ['BSU'] }, { step: 'Beslutning', bodies: ['KB'] }], asTable: true },
      },
    });
    expect(m.items[0]).toMatchObject({ closed: true, publicTitle: 'Lukket: Personalesag', absences: [{ reason: 'inhabil' }], remarks: [{ memberId: b!.id }] });
    m = await app.service['meetings.update']({
      meetingId: meeting.id,
      participants: m.participants.map((p) => (p.memberId === c!.id ? { ...p, attendance: 'afbud', substitute: { name: 'Karen Stedfortræder', label: 'O' } } : p)),
    });
    expect(m.participants.find((p) => p.memberId === c!.id)).toMatchObject({ attendance: 'afbud', substitute: { name: 'Karen Stedfortræder' } });
    await app.close();
  });

  it('moves through the statuses a secretary sets, and refuses the others', async () => {
    const { app, meeting } = await meetingWith('A');
    let m = await app.service['meetings.setStatus']({ meetingId: meeting.id, status: 'udsendt' });
    expect(m.status).toBe('udsendt');
    m = await app.service['meetings.setStatus']({ meetingId: meeting.id, status: 'afholdt' });
    expect(m.status).toBe('afholdt');
    await expect(app.service['meetings.setStatus']({ meetingId: meeting.id, status: 'kladde' })).rejects.toThrow('kan ikke gå fra status');
    await app.service['approvals.send']({ meetingId: meeting.id });
    await expect(app.service['meetings.setStatus']({ meetingId: meeting.id, status: 'afholdt' })).rejects.toThrow();
    await app.close();
  });
});
