import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { useTestCouch } from '../helpers/couchServer.ts';
import { comparable, machine, text } from './syncHelpers.ts';
import { databaseName } from '../../../electron/core/sync/remote.ts';
import { readAttachmentFile } from '../../../electron/core/store/attachmentFiles.ts';
import { VALIDATE_DOC_UPDATE } from '../../../electron/core/sync/designDoc.ts';

const Http = PouchDB.plugin(httpAdapter);
const couch = useTestCouch();

describe('sync: approvals, bilag and what arrives', () => {
  it('a member approves on their own machine B; A sees it and it verifies; reopening and an edit void it on both', async () => {
    const a = await machine(await tempDir(), couch.url);
    const b = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      const member = committee.members[2]!;
      const memberFile = await b.app.service['identity.memberFile']({ name: member.name });
      await a.app.service['members.importKey']({ committeeId: committee.id, memberId: member.id, text: memberFile.text });
      const meeting = await a.app.service['meetings.create']({ committeeId: committee.id, date: '2026-06-01' });
      const m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Budgetopfølgning' });
      await a.app.service['items.setSection']({ meetingId: meeting.id, itemId: m.items[0]!.id, sectionId: m.items[0]!.sections[2]!.id, body: text('Godkendt.') });
      await a.app.service['approvals.send']({ meetingId: meeting.id });
      await a.sync([committee.id]);
      await b.sync([committee.id]);
      expect(b.app.store.meeting(meeting.id)!.status).toBe('til_godkendelse');

      // On B, the member's own Referent: the existing offline path, signed with B's key.
      const pkg = await b.app.service['approvals.exportPackage']({ meetingId: meeting.id });
      const answer = await b.app.service['review.answer']({ text: pkg.text, memberId: member.id, decision: 'godkendt' });
      await b.app.service['approvals.importAnswer']({ text: answer.text });
      await b.sync();
      await a.sync();
      const onA = a.app.store.meeting(meeting.id)!;
      expect(onA.approvals).toHaveLength(1);
      expect(onA.approvals[0]).toMatchObject({ memberId: member.id, method: 'fjern' });
      const status = await a.app.service['approvals.status']({ meetingId: meeting.id });
      expect(status.intact).toBe(true);
      expect(status.audit.some((e) => e.action === 'svar_importeret' && e.actor === member.id)).toBe(true);

      // Reopened and edited on A: the approval is void on A and on B.
      await a.app.service['approvals.reopen']({ meetingId: meeting.id, reason: 'Rettelse af beslutningen' });
      await a.app.service['items.update']({ meetingId: meeting.id, itemId: m.items[0]!.id, patch: { title: 'Budgetopfølgning (rettet)' } });
      await a.sync();
      await b.sync();
      for (const x of [a, b]) {
        const mm = x.app.store.meeting(meeting.id)!;
        expect(mm.approvals).toEqual([]);
        expect(mm.reopenings[0]!.voidedApprovals.map((v) => v.memberId)).toEqual([member.id]);
        expect(mm.items[0]!.title).toBe('Budgetopfølgning (rettet)');
      }
      expect(comparable(b.app.store.meeting(meeting.id))).toEqual(comparable(a.app.store.meeting(meeting.id)));
    } finally {
      await a.app.close();
      await b.app.close();
    }
  }, 120_000);

  it("in the member's own Referent, joined through sync, Godkend signs with that installation's key in one step and reaches the secretary", async () => {
    const a = await machine(await tempDir(), couch.url);
    const b = await machine(await tempDir(), couch.url);
    const c = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      const member = committee.members[2]!;
      const chair = committee.members[0]!;
      // The member registered B's key once (their member file); the chair keeps a personal code on the secretary's machine.
      const memberFile = await b.app.service['identity.memberFile']({ name: member.name });
      await a.app.service['members.importKey']({ committeeId: committee.id, memberId: member.id, text: memberFile.text });
      const meeting = await a.app.service['meetings.create']({ committeeId: committee.id, date: '2026-06-03' });
      const m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Budgetopfølgning' });
      await a.app.service['items.setSection']({ meetingId: meeting.id, itemId: m.items[0]!.id, sectionId: m.items[0]!.sections[2]!.id, body: text('Godkendt.') });
      await a.app.service['approvals.send']({ meetingId: meeting.id });
      await a.app.service['approvals.approve']({ meetingId: meeting.id, memberId: chair.id, code: 'formandens-kode', codeRepeat: 'formandens-kode' });
      await a.sync([committee.id]);
      await b.sync([committee.id]);
      await c.sync([committee.id]);

      // B knows the member's key is its own; C (another member's machine) and A do not.
      const keyOn = async (x: typeof a) => (await x.app.service['approvals.status']({ meetingId: meeting.id })).signers.find((s) => s.memberId === member.id)!.key;
      expect(await keyOn(b)).toBe('maskine');
      expect(await keyOn(a)).toBe('egen');
      expect(await keyOn(c)).toBe('egen');
      // Anywhere but the member's own Referent the answer is refused, code or no code.
      await expect(c.app.service['approvals.approve']({ meetingId: meeting.id, memberId: member.id, code: '' })).rejects.toThrow(/egen computer/);
      await expect(a.app.service['approvals.approve']({ meetingId: meeting.id, memberId: member.id, code: 'gæt' })).rejects.toThrow(/egen computer/);
      // A code-less answer for someone with a personal code is refused with the Danish message.
      await expect(b.app.service['approvals.approve']({ meetingId: meeting.id, memberId: chair.id, code: '' })).rejects.toThrow('Skriv din personlige kode.');

      // On B: one step, no file carried.
      const onB = await b.app.service['approvals.approve']({ meetingId: meeting.id, memberId: member.id, code: '' });
      expect(onB.approvals.find((x) => x.memberId === member.id)).toMatchObject({ method: 'fjern' });
      await b.sync();
      await a.sync();
      const statusA = await a.app.service['approvals.status']({ meetingId: meeting.id });
      expect(statusA.intact).toBe(true);
      const seat = statusA.signers.find((s) => s.memberId === member.id)!;
      expect(seat.approval).toMatchObject({ method: 'fjern', check: 'gyldig' });
      expect(statusA.signers.find((s) => s.memberId === chair.id)!.approval).toMatchObject({ method: 'lokal', check: 'gyldig' });

      // The chair's personal code travels sealed with the committee: on B the chair approves with it, and A verifies that too.
      const finn = await b.app.service['approvals.approve']({ meetingId: meeting.id, memberId: committee.members[1]!.id, code: 'naestformand-1', codeRepeat: 'naestformand-1' });
      expect(finn.status).toBe('godkendt');
      await b.sync();
      expect((await a.sync()).committees[0]!.quarantined).toBe(0);
      const done = await a.app.service['approvals.status']({ meetingId: meeting.id });
      expect(done.problems).toEqual([]);
      expect(done.intact).toBe(true);
      expect(done.signers.every((s) => s.approval?.check === 'gyldig')).toBe(true);
      expect(a.app.store.meeting(meeting.id)!.status).toBe('godkendt');
    } finally {
      await a.app.close();
      await b.app.close();
      await c.app.close();
    }
  }, 180_000);

  it('bilag replicate as content-addressed attachments', async () => {
    const a = await machine(await tempDir(), couch.url);
    const b = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      const meeting = await a.app.service['meetings.create']({ committeeId: committee.id, date: '2026-06-02' });
      const m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Med bilag' });
      const bytes = Buffer.from('%PDF-1.4\n' + 'bilagets indhold '.repeat(5000));
      const withFile = await a.app.service['attachments.add']({ meetingId: meeting.id, itemId: m.items[0]!.id, name: 'Bilag 1.pdf', mimeType: 'application/pdf', base64: bytes.toString('base64') });
      await a.sync([committee.id]);
      await b.sync([committee.id]);
      const file = withFile.items[0]!.attachments[0]!.file!;
      const read = await readAttachmentFile(b.dir, file);
      expect(read.check).toBe('ok');
      expect(read.bytes!.equals(bytes)).toBe(true);
      expect(b.app.store.meeting(meeting.id)!.items[0]!.attachments[0]!.name).toBe('Bilag 1.pdf');
    } finally {
      await a.app.close();
      await b.app.close();
    }
  }, 120_000);

  it('malformed, oversized, forged and misnamed documents from the server are quarantined, never applied', async () => {
    const a = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      const meeting = await a.app.service['meetings.create']({ committeeId: committee.id, date: '2026-06-03' });
      const m = await a.app.service['items.add']({ meetingId: meeting.id, title: 'Uberørt' });
      await a.sync([committee.id]);
      const before = a.app.store.meeting(meeting.id)!;
      const db = new Http(`${couch.url}/${databaseName(committee.id)}`);
      const item = m.items[0]!;
      const current = await db.get(`i:${meeting.id}:${item.id}`);
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 150; i++) deep = { x: deep };
      await db.bulkDocs([
        // An item whose title breaks the schema.
        { ...current, item: { ...item, title: '' } },
        // Oversized.
        { _id: `i:${meeting.id}:stor`, type: 'punkt', meetingId: meeting.id, order: 9, item: { ...item, id: 'stor', title: 'x'.repeat(3 * 1024 * 1024) } },
        // Nested past any valid document.
        { _id: `i:${meeting.id}:dyb`, type: 'punkt', meetingId: meeting.id, order: 9, item: { ...item, id: 'dyb' }, deep },
        // An id that does not match what it holds.
        { _id: `i:${meeting.id}:andet`, type: 'punkt', meetingId: meeting.id, order: 9, item: { ...item, id: 'noget-helt-andet' } },
        // An approval not signed with the member's key.
        { _id: `a:${meeting.id}:${committee.members[0]!.id}:2026-06-03T10:00:00.000Z`, type: 'godkendelse', meetingId: meeting.id, sentAt: 'x', approval: { memberId: committee.members[0]!.id, approvedAt: '2026-06-03T10:00:00.000Z', fingerprint: 'a'.repeat(64), method: 'fjern', signature: 'AAAA', publicKey: 'AAAA' } },
        // A header that names another committee.
        { _id: `m:fremmed-moede`, type: 'moede', meetingId: 'fremmed-moede', header: { ...before, id: 'fremmed-moede', committeeId: 'et-andet-udvalg', items: undefined, approvals: undefined, rejections: undefined, reopenings: undefined } },
      ]);
      const report = await a.sync();
      expect(report.committees[0]!.quarantined).toBe(6);
      expect((await readdir(join(a.dir, 'sync', 'karantaene'))).length).toBe(6);
      expect(comparable(a.app.store.meeting(meeting.id))).toEqual(comparable(before));
      expect(a.app.store.meeting('fremmed-moede')).toBeUndefined();
      // A later round neither retries them nor loses local work: an edit here overwrites the bad item on the server.
      await a.app.service['items.update']({ meetingId: meeting.id, itemId: item.id, patch: { title: 'Rettet lokalt' } });
      const again = await a.sync();
      expect(again.committees[0]!.quarantined).toBe(0);
      expect(((await db.get(`i:${meeting.id}:${item.id}`)).item as { title: string }).title).toBe('Rettet lokalt');
    } finally {
      await a.app.close();
    }
  }, 120_000);

  it('the shipped validate_doc_update: members write only their own answers, answers are immutable, the rest needs a secretary', async () => {
    const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as (n: object, o: object | null, u: object) => void;
    const approval = (memberId: string, couchUser: string) => ({ _id: `a:m:${memberId}:t`, type: 'godkendelse', couchUser, approval: { memberId } });
    const member = { name: 'holger', roles: ['medlem:m1'] };
    const secretary = { name: 'sekr', roles: ['sekretaer'] };
    expect(() => validate(approval('m1', 'holger'), null, member)).not.toThrow();
    expect(() => validate(approval('m2', 'holger'), null, member)).toThrow();
    expect(() => validate(approval('m1', 'someone'), null, member)).toThrow();
    expect(() => validate({ _id: 'i:m:1', type: 'punkt' }, null, member)).toThrow();
    expect(() => validate({ _id: 'i:m:1', type: 'punkt' }, null, secretary)).not.toThrow();
    expect(() => validate(approval('m1', 'sekr'), approval('m1', 'sekr'), secretary)).toThrow();
    expect(() => validate({ _id: 'x', type: 'noget' }, null, secretary)).toThrow();
    expect(() => validate({ _id: '_design/referent' }, null, secretary)).toThrow();
    expect(() => validate({ _id: '_design/referent' }, null, { name: null, roles: ['_admin'] })).not.toThrow();

    // And the development server runs it: an approval cannot be rewritten.
    const a = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      await a.sync([committee.id]);
      const db = new Http(`${couch.url}/${databaseName(committee.id)}`);
      const put = await db.put({ _id: 'a:m:x:t', type: 'godkendelse', approval: { memberId: 'x' } });
      await expect(db.put({ _id: 'a:m:x:t', _rev: put.rev, type: 'godkendelse', approval: { memberId: 'y' } })).rejects.toMatchObject({ status: 403 });
    } finally {
      await a.app.close();
    }
  }, 120_000);
});
