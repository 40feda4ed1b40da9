import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

/** The secretary's data directory and two members' own, on "other machines". */
async function setup() {
  const secretary = await openApp(await tempDir());
  const formand = await openApp(await tempDir());
  const medlem = await openApp(await tempDir());
  const committee = await createCommittee(secretary.service);
  const [f, n] = committee.members;
  for (const [member, app] of [[f!, formand], [n!, medlem]] as const) {
    const file = await app.service['identity.memberFile']({ name: member.name });
    await secretary.service['members.importKey']({ committeeId: committee.id, memberId: member.id, text: file.text });
  }
  let m = await secretary.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  m = await secretary.service['items.add']({ meetingId: m.id, title: 'Etablering af tværkommunalt IT-samarbejde', caseNumber: '26/777' });
  const item = m.items[0]!;
  m = await secretary.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: item.sections[2]!.id, body: docFromParagraphs('Taget til efterretning') });
  m = await secretary.service['meetings.update']({
    meetingId: m.id,
    participants: committee.members.map((x, i) => ({ memberId: x.id, attendance: i < 2 ? 'til_stede' : 'afbud' })),
  });
  await secretary.service['approvals.send']({ meetingId: m.id });
  const pkg = await secretary.service['approvals.exportPackage']({ meetingId: m.id });
  return { secretary, formand, medlem, committee, f: f!, n: n!, meetingId: m.id, pkg };
}

describe('remote approval between data directories', () => {
  it('round trip: review read-only, approve and reject on the members’ machines, import the answers', async () => {
    const { secretary, formand, medlem, f, n, meetingId, pkg } = await setup();
    const review = await formand.service['review.open']({ text: pkg.text });
    expect(review.meeting.items[0]!.title).toBe('Etablering af tværkommunalt IT-samarbejde');
    expect(formand.store.meetings()).toEqual([]);

    const yes = await formand.service['review.answer']({ text: pkg.text, memberId: f.id, decision: 'godkendt', comment: '' });
    const no = await medlem.service['review.answer']({ text: pkg.text, memberId: n.id, decision: 'afvist', comment: 'Beslutningen er ikke korrekt gengivet.' });
    let m = await secretary.service['approvals.importAnswer']({ text: no.text });
    expect(m.rejections).toEqual([expect.objectContaining({ memberId: n.id, comment: 'Beslutningen er ikke korrekt gengivet.', method: 'fjern' })]);
    m = await secretary.service['approvals.importAnswer']({ text: yes.text });
    expect(m.approvals).toEqual([expect.objectContaining({ memberId: f.id, method: 'fjern', signature: expect.any(String), keyId: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(m.approvals[0]).not.toHaveProperty('publicKey');
    const status = await secretary.service['approvals.status']({ meetingId });
    expect(status.intact).toBe(true);
    expect(status.audit.map((a) => a.action)).toEqual(['sendt_til_godkendelse', 'godkendelsespakke_eksporteret', 'svar_importeret', 'svar_importeret']);
  });

  it('refuses a forged or altered answer, an answer signed with another key, and a tampered package', async () => {
    const { secretary, formand, medlem, f, meetingId, pkg } = await setup();
    const answer = JSON.parse((await formand.service['review.answer']({ text: pkg.text, memberId: f.id, decision: 'afvist', comment: 'Nej' })).text);
    await expect(secretary.service['approvals.importAnswer']({ text: JSON.stringify({ ...answer, decision: 'godkendt', comment: '' }) })).rejects.toThrow(/Signaturen passer ikke/);
    const impostor = JSON.parse((await medlem.service['review.answer']({ text: pkg.text, memberId: f.id, decision: 'godkendt', comment: '' })).text);
    await expect(secretary.service['approvals.importAnswer']({ text: JSON.stringify(impostor) })).rejects.toThrow(/Signaturen passer ikke/);
    await expect(secretary.service['approvals.importAnswer']({ text: '{"kind":"noget andet"}' })).rejects.toThrow(/ikke et godkendelsessvar/);
    const tampered = JSON.parse(pkg.text);
    tampered.meeting.items[0].title = 'Noget andet';
    await expect(formand.service['review.open']({ text: JSON.stringify(tampered) })).rejects.toThrow(/fingeraftrykket passer ikke/);
    expect(secretary.store.meeting(meetingId)!.approvals).toEqual([]);
  });

  it('refuses an answer to a round that has since been reopened', async () => {
    const { secretary, formand, f, meetingId, pkg } = await setup();
    const yes = await formand.service['review.answer']({ text: pkg.text, memberId: f.id, decision: 'godkendt', comment: '' });
    await secretary.service['approvals.reopen']({ meetingId, reason: 'Rettelse af stavefejl' });
    await secretary.service['approvals.send']({ meetingId });
    await expect(secretary.service['approvals.importAnswer']({ text: yes.text })).rejects.toThrow(/anden udgave af referatet/);
  });
});
