import { test, expect } from './fixtures.ts';
import { arrangeMeeting, ANNE, BO, CHEFFORUM, HENRIK } from './arrange.ts';
import { AppShell } from './pages/AppShell.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

// After a command the keyboard user must not be dropped on the page body: focus lands where the result is.

test('fokus efter nyt møde: mødets overskrift på den nye side', async ({ page, host }) => {
  await arrangeMeeting(host);
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openCommittee(CHEFFORUM);
  await new CommitteePage(page).createMeeting({ date: '2026-04-20', time: '10:00' });

  const meeting = new MeetingPage(page);
  await expect(meeting.heading).toHaveText(CHEFFORUM);
  await expect(page.getByRole('textbox', { name: 'Mødedato' })).toHaveValue('20-04-2026');
  await expect(meeting.heading).toBeFocused();
});

test('fokus efter statusskift: forklaringen af den nye status, også når knappen forsvinder', async ({ page, host }) => {
  await arrangeMeeting(host);
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');

  await meeting.pressStatusStep('Markér dagsorden udsendt');
  await expect(meeting.status).toHaveText('Dagsorden udsendt');
  await expect(meeting.statusExplanation).toContainText('Dagsorden udsendt: medlemmerne har dagsordenen');
  await expect(meeting.statusExplanation).toBeFocused();

  await meeting.pressStatusStep('Markér mødet afholdt');
  await expect(meeting.status).toHaveText('Møde afholdt');
  await expect(meeting.statusExplanation).toContainText('Møde afholdt');
  await expect(meeting.statusExplanation).toBeFocused();
});

test('fokus efter "Send til godkendelse" og efter hver godkendelse: underskriftssiden, næste Godkend, og til sidst linjen om at alle har godkendt', async ({ page, host }) => {
  await arrangeMeeting(host);
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');

  await meeting.sendToApproval();
  const signatures = meeting.signatures;
  await expect(signatures.heading).toBeVisible();
  await expect(signatures.heading).toBeFocused();

  await signatures.approve(HENRIK);
  await expect(signatures.row(HENRIK)).toContainText('Godkendt');
  await expect(signatures.approveButton(ANNE)).toBeFocused();

  await signatures.approve(ANNE);
  await expect(signatures.approveButton(BO)).toBeFocused();

  await signatures.approve(BO);
  await expect(signatures.progress).toHaveText('Referatet er godkendt af alle tilstedeværende medlemmer.');
  await expect(meeting.status).toHaveText('Godkendt');
  await expect(signatures.progress).toBeFocused();
});
