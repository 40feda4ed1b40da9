import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs, docToPlainText } from '../../../shared/text/richText.ts';
import { decisionSection } from '../../../shared/domain/meeting.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const fixedNow = () => new Date('2026-02-03T15:42:00.000Z');

describe('ReferentService', () => {
  it('creates a meeting with every member present and the template’s sections on each new item', async () => {
    const app = await openApp(await tempDir(), { now: fixedNow });
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    expect(meeting.participants.map((p) => p.attendance)).toEqual(['til_stede', 'til_stede', 'til_stede']);
    expect(meeting.time).toBe(committee.template.defaultTime);
    const withItem = await app.service['items.add']({ meetingId: meeting.id, title: 'Kommissorier til budgetanalyser', caseNumber: '25/30730' });
    expect(withItem.items[0]!.sections.map((s) => s.title)).toEqual(['Sagsfremstilling', 'Indstilling', 'Beslutning']);
    expect(decisionSection(withItem.items[0]!)?.kind).toBe('beslutning');
  });

  it('moves, updates and removes items', async () => {
    const app = await openApp(await tempDir());
    const committee = await createCommittee(app.service);
    const { id } = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    for (const title of ['A', 'B', 'C']) await app.service['items.add']({ meetingId: id, title, caseNumber: '' });
    let m = app.store.meeting(id)!;
    m = await app.service['items.move']({ meetingId: id, itemId: m.items[2]!.id, toIndex: 0 });
    expect(m.items.map((i) => i.title)).toEqual(['C', 'A', 'B']);
    m = await app.service['items.update']({ meetingId: id, itemId: m.items[1]!.id, patch: { title: 'A2', closed: true, caseNumber: '00.22.00-G01-2-24' } });
    expect(m.items[1]).toMatchObject({ title: 'A2', closed: true, caseNumber: '00.22.00-G01-2-24' });
    m = await app.service['items.remove']({ meetingId: id, itemId: m.items[0]!.id });
    expect(m.items.map((i) => i.title)).toEqual(['A2', 'B']);
  });

  it('records approvals only from present members, once each, and marks the protocol approved when all have approved', async () => {
    const app = await openApp(await tempDir(), { now: fixedNow });
    const committee = await createCommittee(app.service);
    const [formand, naestformand, medlem] = committee.members;
    let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    m = await app.service['items.add']({ meetingId: m.id, title: 'Godkendelse af dagsorden', caseNumber: '' });
    m = await app.service['meetings.update']({
      meetingId: m.id,
      participants: [
        { memberId: formand!.id, attendance: 'til_stede' },
        { memberId: naestformand!.id, attendance: 'til_stede' },
        { memberId: medlem!.id, attendance: 'afbud' },
      ],
    });
    m = await app.service['approvals.send']({ meetingId: m.id });
    const fingerprint = m.approvalRound!.fingerprint;
    await expect(app.service['approvals.approve']({ meetingId: m.id, memberId: medlem!.id, code: 'kode-123456' })).rejects.toThrow(/til stede/);
    m = await app.service['approvals.approve']({ meetingId: m.id, memberId: formand!.id, code: 'kode-123456' });
    m = await app.service['approvals.approve']({ meetingId: m.id, memberId: formand!.id, code: 'kode-123456' });
    expect(m.approvals).toEqual([{ memberId: formand!.id, approvedAt: '2026-02-03T15:42:00.000Z', fingerprint, method: 'lokal', signature: expect.any(String), keyId: expect.stringMatching(/^[0-9a-f]{64}$/), auditHead: expect.objectContaining({ seq: expect.any(Number) }) }]);
    expect(m.status).toBe('til_godkendelse');
    m = await app.service['approvals.approve']({ meetingId: m.id, memberId: naestformand!.id, code: 'kode-123456' });
    expect(m.status).toBe('godkendt');
  });

  it('refuses unknown ids with a Danish message and changes nothing', async () => {
    const app = await openApp(await tempDir());
    const committee = await createCommittee(app.service);
    const m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    await expect(app.service['items.update']({ meetingId: m.id, itemId: 'nope', patch: { title: 'x' } })).rejects.toThrow('Dagsordenspunktet findes ikke.');
    await expect(app.service['meetings.get']({ meetingId: 'nope' })).rejects.toThrow('Mødet findes ikke.');
    expect(app.store.meeting(m.id)).toEqual(m);
  });

  it('stores rich text exactly as the editor sent it', async () => {
    const app = await openApp(await tempDir());
    const committee = await createCommittee(app.service);
    let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    m = await app.service['items.add']({ meetingId: m.id, title: 'Gensidig orientering', caseNumber: '' });
    const body = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Processen er, at', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kommunerne samarbejder' }] }] }] },
      ],
    };
    const item = m.items[0]!;
    m = await app.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: item.sections[0]!.id, body });
    expect(m.items[0]!.sections[0]!.body).toEqual(body);
    expect(docToPlainText(m.items[0]!.sections[0]!.body)).toBe('Processen er, at\nkommunerne samarbejder');
    expect(docToPlainText(docFromParagraphs('a', 'b'))).toBe('a\nb');
  });
});
