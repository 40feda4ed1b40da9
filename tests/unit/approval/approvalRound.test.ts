import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

async function heldMeeting() {
  const app = await openApp(await tempDir());
  const committee = await createCommittee(app.service);
  let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', time: '14:30', location: 'Lokale Hammelev' });
  for (const title of ['Godkendelse af dagsorden', 'Kommissorier til budgetanalyser', 'Gensidig orientering']) {
    m = await app.service['items.add']({ meetingId: m.id, title, caseNumber: '25/30730' });
  }
  for (const item of m.items) {
    const decision = item.sections.find((s) => s.kind === 'beslutning')!;
    m = await app.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: decision.id, body: docFromParagraphs('Godkendt') });
  }
  return { app, committee, meeting: m };
}

describe('approval round', () => {
  it('cannot be approved before it is sent', async () => {
    const { app, committee, meeting } = await heldMeeting();
    await expect(app.service['approvals.approve']({ meetingId: meeting.id, memberId: committee.members[0]!.id, code: 'kode-123456' })).rejects.toThrow('ikke sendt til godkendelse');
  });

  it('locks the content once sent: edits are refused, the stored protocol is unchanged', async () => {
    const { app, meeting } = await heldMeeting();
    const sent = await app.service['approvals.send']({ meetingId: meeting.id });
    expect(sent.status).toBe('til_godkendelse');
    expect(sent.approvalRound?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const item = sent.items[1]!;
    await expect(app.service['items.update']({ meetingId: meeting.id, itemId: item.id, patch: { title: 'Ny titel' } })).rejects.toThrow(/kan ikke ændres/);
    await expect(app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs('x') })).rejects.toThrow(/kan ikke ændres/);
    await expect(app.service['meetings.update']({ meetingId: meeting.id, location: 'Et andet sted' })).rejects.toThrow(/kan ikke ændres/);
    await expect(app.service['items.add']({ meetingId: meeting.id, title: 'Eventuelt', caseNumber: '' })).rejects.toThrow(/kan ikke ændres/);
    expect(app.store.meeting(meeting.id)).toEqual(sent);
  });

  it('records each approval with the fingerprint, then Godkendt; a rejection carries its comment', async () => {
    const { app, committee, meeting } = await heldMeeting();
    const sent = await app.service['approvals.send']({ meetingId: meeting.id });
    const [a, b, c] = committee.members;
    await app.service['approvals.approve']({ meetingId: meeting.id, memberId: a!.id, code: 'kode-123456' });
    let m = await app.service['approvals.reject']({ meetingId: meeting.id, memberId: b!.id, comment: 'Punkt 2 mangler økonomien.', code: 'kode-123456' });
    expect(m.rejections).toEqual([expect.objectContaining({ memberId: b!.id, comment: 'Punkt 2 mangler økonomien.', fingerprint: sent.approvalRound!.fingerprint })]);
    m = await app.service['approvals.approve']({ meetingId: meeting.id, memberId: b!.id, code: 'kode-123456' });
    expect(m.rejections).toEqual([]);
    expect(m.status).toBe('til_godkendelse');
    m = await app.service['approvals.approve']({ meetingId: meeting.id, memberId: c!.id, code: 'kode-123456' });
    expect(m.status).toBe('godkendt');
    expect(m.approvals.every((x) => x.fingerprint === sent.approvalRound!.fingerprint && x.method === 'lokal')).toBe(true);
    const status = await app.service['approvals.status']({ meetingId: meeting.id });
    expect(status).toMatchObject({ intact: true, problems: [], auditIntact: true });
    expect(status.audit.map((x) => x.action)).toEqual(['sendt_til_godkendelse', 'godkendt', 'afvist', 'godkendt', 'godkendt']);
  });

  it('reopening voids every approval, logs the reason, and shows re-approvers what changed, item by item', async () => {
    const { app, committee, meeting } = await heldMeeting();
    await app.service['approvals.send']({ meetingId: meeting.id });
    for (const member of committee.members) await app.service['approvals.approve']({ meetingId: meeting.id, memberId: member.id, code: 'kode-123456' });
    await expect(app.service['approvals.reopen']({ meetingId: meeting.id, reason: ' ' })).rejects.toThrow();
    let m = await app.service['approvals.reopen']({ meetingId: meeting.id, reason: 'Beslutningen i punkt 2 var skrevet forkert.' });
    expect(m).toMatchObject({ status: 'afholdt', approvals: [], approvalRound: null });
    expect(m.reopenings[0]).toMatchObject({ reason: 'Beslutningen i punkt 2 var skrevet forkert.', voidedApprovals: expect.any(Array) });
    expect(m.reopenings[0]!.voidedApprovals).toHaveLength(3);

    const item = m.items[1]!;
    const decision = item.sections.find((s) => s.kind === 'beslutning')!;
    m = await app.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: decision.id, body: docFromParagraphs('Taget til efterretning') });
    m = await app.service['meetings.update']({ meetingId: m.id, location: 'Byrådssalen' });
    m = await app.service['approvals.send']({ meetingId: m.id });
    const status = await app.service['approvals.status']({ meetingId: m.id });
    expect(status.lastReopening).toMatchObject({ reason: 'Beslutningen i punkt 2 var skrevet forkert.', voidedApprovals: 3 });
    expect(status.changesSinceReopening).toEqual([
      { label: 'Mødet', changes: ['Mødested er ændret'] },
      { label: 'Punkt 2: Kommissorier til budgetanalyser', changes: ['Beslutning er ændret'] },
    ]);
    expect(status.audit.map((x) => x.action)).toContain('genaabnet');
  });

  it('a committee edited after sending does not alter the protocol being approved', async () => {
    const { app, committee, meeting } = await heldMeeting();
    const sent = await app.service['approvals.send']({ meetingId: meeting.id });
    await app.service['committees.update']({ committeeId: committee.id, name: 'Økonomiudvalget' });
    const status = await app.service['approvals.status']({ meetingId: meeting.id });
    expect(status.intact).toBe(true);
    expect(status.fingerprint).toBe(sent.approvalRound!.fingerprint);
  });
});
