import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { MemberApprovalPage } from './pages/MemberApprovalPage.ts';
import { ANNE, BO, CHEFFORUM, HENRIK, arrangeMeeting } from './arrange.ts';

const REMOTE_APPROVED = /Godkendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2} · signeret på eget udstyr/;

test('godkendelse på eget udstyr: nøglefil, godkendelsespakke, svar og import mellem to datamapper', async ({ page, host, memberPage, memberHost }) => {
  await arrangeMeeting(host);
  const shell = new AppShell(page);
  const committeePage = new CommitteePage(page);
  const meeting = new MeetingPage(page);
  const signatures = meeting.signatures;
  const member = new MemberApprovalPage(memberPage);

  // On the member's machine: an empty Referent that points the way, and the key file.
  await new AppShell(memberPage).open(memberHost.url);
  await memberPage.getByRole('main').getByRole('link', { name: 'Godkend et referat' }).click();
  await expect(member.heading).toBeVisible();
  await memberPage.getByRole('button', { name: 'Gem min nøglefil' }).click();
  await expect(memberPage.getByText('Skriv dit navn.')).toBeVisible();
  const annesKey = await member.saveKeyFile('Anne Andersen');
  expect(annesKey.suggestedFilename()).toBe('Anne Andersen.referent-medlem.json');
  await expect(memberPage.getByText(/Nøglefilen er gemt som »Anne Andersen\.referent-medlem\.json«/)).toBeVisible();
  const bosKey = await member.saveKeyFile('Bo Berg');

  // The secretary registers each key once, on the committee page; saving the committee keeps them.
  await shell.open(host.url);
  await shell.openCommittee(CHEFFORUM);
  await expect(committeePage.keyRow(ANNE)).toContainText('Ingen nøgle');
  await committeePage.importKey(ANNE, await annesKey.path());
  await expect(committeePage.keyRow(ANNE)).toContainText('Nøglefilen fra »Anne Andersen« er registreret for Anne Andersen (A).');
  await committeePage.importKey(BO, await bosKey.path());
  await expect(committeePage.keyRow(HENRIK)).toContainText('Ingen nøgle');
  await page.getByRole('button', { name: 'Gem udvalget' }).click();
  await expect(page.getByText('Udvalget er gemt.')).toBeVisible();
  await page.reload();
  await expect(committeePage.keyRow(ANNE)).toContainText('Nøgle fra medlemmets egen computer');
  await expect(committeePage.keyRow(BO)).toContainText('Nøgle fra medlemmets egen computer');

  // The secretary sends the protocol and exports the package.
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  await meeting.sendToApproval();
  const fingerprint = (await signatures.fingerprint.textContent())?.trim() ?? '';
  await expect(page.getByText(/Ingen registreret nøgle for: Henrik Harder \(Kommunaldirektør\)\./)).toBeVisible();
  const pkg = await signatures.exportPackage();
  expect(pkg.suggestedFilename()).toBe('Godkendelse Chefforum 16-03-2026.referent-godkendelse.json');
  await expect(page.getByText(/Godkendelsespakken er hentet som/)).toBeVisible();

  // The member opens it and reviews read-only: decisions highlighted, Indstilling beside Beslutning, differences flagged.
  await member.openPackage(await pkg.path());
  await expect(memberPage.getByRole('heading', { name: 'Referat: Chefforum, 16. marts 2026' })).toBeVisible();
  await expect(memberPage.getByText(fingerprint, { exact: true })).toBeVisible();
  await expect(memberPage.getByRole('region', { name: 'Referat: Chefforum, 16. marts 2026' }).getByRole('textbox')).toHaveCount(0);
  const item2 = member.reviewItem(2);
  await expect(item2.getByRole('region', { name: 'Indstilling' })).toContainText('Direktøren indstiller, at budgetopfølgningen godkendes.');
  await expect(item2.getByRole('region', { name: 'Beslutning' })).toContainText('Godkendt med den ændring');
  await expect(item2.getByRole('list', { name: 'Bemærk' })).toHaveText('⚠ Beslutningen afviger fra indstillingen. Læs den nøje.');
  await expect(member.reviewItem(3).getByRole('list', { name: 'Bemærk' })).toContainText('ingen beslutning');
  await expect(member.reviewItem(1).getByRole('list', { name: 'Bemærk' })).toHaveCount(0);
  await item2.getByText(/Vis øvrige afsnit/).click();
  await expect(item2.getByRole('region', { name: 'Sagsfremstilling' })).toContainText('merforbrug på anlæg');

  // Answering needs a name; Anne approves, Bo rejects with a comment.
  await member.answer.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(member.answer.getByText('Vælg dit navn.').first()).toBeVisible();
  const annesAnswer = await member.approveAs(ANNE);
  expect(annesAnswer.suggestedFilename()).toBe('Svar Anne Andersen 16-03-2026.referent-svar.json');
  await expect(member.answer.getByRole('status')).toContainText('Send filen til sekretæren');
  const bosAnswer = await member.rejectAs(BO, 'Anlægsrammen blev nedsat med 3 mio. kr., ikke 2.');

  // A wrong file is refused with a Danish message, and nothing is registered.
  await signatures.importAnswer(await pkg.path());
  await expect(page.getByRole('alert')).toHaveText('Svaret blev ikke importeret: Filen er ikke et godkendelsessvar fra Referent, eller den er beskadiget.');

  // A tampered answer is refused too: the signature no longer matches.
  const tampered = JSON.parse(await readFile(await bosAnswer.path(), 'utf8')) as Record<string, unknown>;
  tampered.decision = 'godkendt';
  tampered.comment = '';
  await page.getByLabel('Importér svar', { exact: true }).setInputFiles({ name: 'svar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
  await expect(page.getByRole('alert')).toContainText('Signaturen passer ikke');
  await expect(signatures.row(BO)).toContainText('Afventer');

  await signatures.importAnswer(await annesAnswer.path());
  await expect(page.getByText('Svaret fra Anne Andersen (A) er registreret: godkendt.')).toBeVisible();
  await expect(signatures.row(ANNE)).toContainText(REMOTE_APPROVED);
  await signatures.importAnswer(await bosAnswer.path());
  await expect(signatures.row(BO)).toContainText(/Afvist \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2} · signeret på eget udstyr/);
  await expect(signatures.row(BO)).toContainText('Anlægsrammen blev nedsat med 3 mio. kr., ikke 2.');
  await expect(signatures.progress).toHaveText('1 af 3 har godkendt');

  // The chair signs here, at the end of the meeting.
  await signatures.approve(HENRIK);
  await expect(signatures.row(HENRIK)).not.toContainText('eget udstyr');
  await expect(signatures.auditActions()).toHaveText([
    'Sendt til godkendelse',
    'Godkendelsespakke eksporteret',
    'Svar importeret (godkendt)',
    'Svar importeret (afvist). Kommentar: Anlægsrammen blev nedsat med 3 mio. kr., ikke 2.',
    'Godkendt',
  ]);
  await expect(meeting.integrityBanner).toHaveCount(0);
});
